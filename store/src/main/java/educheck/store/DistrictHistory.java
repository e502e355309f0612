package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One district year by year: for each year the latest run that checked it (re-checking a year adds a run; history
 * shows the newest), the verdict of each standard, and every finding's status and value.
 *
 * @param indicator the indicator asked for, or null for all
 */
public record DistrictHistory(String code, String indicator, List<Year> years) {

    /** The district's name as most recently recorded. */
    public String name() {
        return years.isEmpty() ? null : years.get(years.size() - 1).name();
    }

    /**
     * One year: its latest run and what it found.
     *
     * @param rules the rules that judged the run: two years judged by different rules may differ for that alone
     */
    public record Year(int year, long runId, Instant recorded, String name, String verdict, List<Standard> standards,
                       List<Row> findings, RunRules rules) {
    }

    /** Whether year {@code i} was judged by other rules than the year shown before it (false for the first). */
    public boolean rulesChangedAt(int i) {
        return i > 0 && !years.get(i).rules().sameAs(years.get(i - 1).rules());
    }

    public record Standard(String standard, String title, String verdict) {
    }

    /** One finding: actual and required are a Double, a Boolean or null. */
    public record Row(String indicator, String subject, String status, Object actual, Object required, String comparator,
                      String name, String nameEn) {
    }

    static DistrictHistory read(Archive archive, String code, String indicator) throws ArchiveException {
        try (Connection c = archive.connection()) {
            List<Year> years = new ArrayList<>();
            List<long[]> latest = new ArrayList<>();
            List<Object[]> heads = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT d.district_year, d.run_id, d.district_pos, r.finished_at, d.name,"
                    + " d.verdict, r.rule_version, r.rule_sha256 FROM districts d JOIN runs r ON r.id = d.run_id WHERE d.code = ?"
                    + " ORDER BY d.district_year, d.run_id DESC")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    Integer last = null;
                    while (r.next()) {
                        int year = r.getInt(1);
                        if (last != null && last == year) {
                            continue;
                        }
                        last = year;
                        latest.add(new long[] {year, r.getLong(2), r.getInt(3)});
                        heads.add(new Object[] {r.getTimestamp(4).toInstant(), r.getString(5), r.getString(6),
                                new RunRules(Sql.getInt(r, "rule_version"), r.getString("rule_sha256"))});
                    }
                }
            }
            for (int i = 0; i < latest.size(); i++) {
                long[] k = latest.get(i);
                Object[] h = heads.get(i);
                years.add(new Year((int) k[0], k[1], (Instant) h[0], (String) h[1], (String) h[2],
                        standards(c, k[1], (int) k[2]), rows(c, k[1], (int) k[2], indicator), (RunRules) h[3]));
            }
            return new DistrictHistory(code, indicator, years);
        } catch (SQLException e) {
            throw archive.failure("the history of " + code + " cannot be read", e);
        }
    }

    private static List<Standard> standards(Connection c, long run, int pos) throws SQLException {
        List<Standard> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT standard, title, verdict FROM standards"
                + " WHERE run_id = ? AND district_pos = ? ORDER BY position")) {
            s.setLong(1, run);
            s.setInt(2, pos);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Standard(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
        }
        return list;
    }

    private static List<Row> rows(Connection c, long run, int pos, String indicator) throws SQLException {
        List<Row> list = new ArrayList<>();
        String sql = "SELECT fr.indicator, f.subject, f.status, f.actual_num, f.actual_flag, f.required_num, f.required_flag,"
                + " k.comparator, fr.name_zh, fr.name_en FROM finding_rows f"
                + " JOIN finding_kinds k ON k.run_id = f.run_id AND k.kind_pos = f.kind_pos"
                + " JOIN finding_rules fr ON fr.run_id = k.run_id AND fr.rule_pos = k.rule_pos"
                + " WHERE f.run_id = ? AND f.district_pos = ?"
                + (indicator == null ? "" : " AND fr.indicator = ?") + " ORDER BY f.position";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, run);
            s.setInt(2, pos);
            if (indicator != null) {
                s.setString(3, indicator);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Row(r.getString("indicator"), r.getString("subject"), FindingRows.status(r.getInt("status")).name(),
                            Sql.value(r, "actual"), Sql.value(r, "required"), r.getString("comparator"),
                            r.getString("name_zh"), r.getString("name_en")));
                }
            }
        }
        return list;
    }
}
