package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two stored runs, district by district (matched by code): findings that became FAIL, that
 * became PASS, whose status changed otherwise, and whose value moved; districts only one run checked; and the rules
 * each run was judged by, since a status that changed under other rules may say nothing of the district. Districts
 * are matched by the database and findings one district at a time in memory (on indicator and subject), so two
 * national runs are compared without loading either.
 */
public record RunDiff(long before, long after, List<Change> changes, List<String> onlyBefore, List<String> onlyAfter,
                      RunRules rulesBefore, RunRules rulesAfter) {

    /**
     * One finding that changed.
     *
     * @param kind FAIL (became FAIL), PASS (became PASS), STATUS (another status change) or VALUE (same status, the
     *             value moved)
     */
    public record Change(String district, String name, String kind, String indicator, String subject,
                         String statusBefore, String statusAfter, Object actualBefore, Object actualAfter) {

        /** Whether the measured value is the same in both runs: a status that changed anyway changed by the rules. */
        public boolean sameValue() {
            return Objects.equals(actualBefore, actualAfter);
        }

        /** How far a number moved (after − before), or null when either is not a number. */
        public Double delta() {
            return actualBefore instanceof Double a && actualAfter instanceof Double b ? b - a : null;
        }
    }

    /** Whether the two runs were judged by different rules (another version, or unpublished rules). */
    public boolean rulesDiffer() {
        return !rulesBefore.sameAs(rulesAfter);
    }

    public long becameFail() {
        return changes.stream().filter(c -> c.kind().equals("FAIL")).count();
    }

    public long becamePass() {
        return changes.stream().filter(c -> c.kind().equals("PASS")).count();
    }

    static RunDiff between(Archive archive, long before, long after) throws ArchiveException {
        for (long id : new long[] {before, after}) {
            if (archive.run(id).isEmpty()) {
                throw new ArchiveException("archive " + archive.shown() + ": has no run " + id
                        + "; `educheck archive runs` lists the runs it holds");
            }
        }
        try (Connection c = archive.connection()) {
            List<Change> changes = new ArrayList<>();
            // District by district, matched in memory: the join of findings with themselves on indicator and subject
            // found no index (the key leads with position), so H2 compared every pair of a district's findings:
            // about 1 s for a 165-school district, over 10 minutes for two 100-district runs. An index on
            // (indicator, subject) would make every archived finding dearer to write; this holds one district.
            try (PreparedStatement pairs = c.prepareStatement("SELECT da.code, db.name, da.district_pos AS pos_a,"
                    + " db.district_pos AS pos_b FROM districts da JOIN districts db ON db.run_id = ? AND db.code = da.code"
                    + " WHERE da.run_id = ? ORDER BY da.code");
                 PreparedStatement findings = c.prepareStatement("SELECT fr.indicator, f.subject, f.status, f.actual_num,"
                         + " f.actual_flag FROM finding_rows f JOIN finding_kinds k ON k.run_id = f.run_id AND k.kind_pos = f.kind_pos"
                         + " JOIN finding_rules fr ON fr.run_id = k.run_id AND fr.rule_pos = k.rule_pos"
                         + " WHERE f.run_id = ? AND f.district_pos = ?")) {
                pairs.setLong(1, after);
                pairs.setLong(2, before);
                try (ResultSet r = pairs.executeQuery()) {
                    while (r.next()) {
                        changes.addAll(district(findings, r.getString(1), r.getString(2), before, r.getInt("pos_a"), after,
                                r.getInt("pos_b")));
                    }
                }
            }
            return new RunDiff(before, after, changes, onlyIn(c, before, after), onlyIn(c, after, before),
                    RunRules.of(c, before), RunRules.of(c, after));
        } catch (SQLException e) {
            throw archive.failure("runs " + before + " and " + after + " cannot be compared", e);
        }
    }

    private record Row(String indicator, String subject, String status, Double num, Boolean flag) {

        Object actual() {
            return num != null ? num : flag;
        }
    }

    /** One district's changed findings, matched on indicator and subject, ordered by them. */
    private static List<Change> district(PreparedStatement findings, String code, String name, long before, int posBefore,
                                         long after, int posAfter) throws SQLException {
        Map<List<String>, List<Row>> was = new HashMap<>();
        for (Row row : rows(findings, before, posBefore)) {
            was.computeIfAbsent(List.of(row.indicator(), row.subject()), k -> new ArrayList<>()).add(row);
        }
        List<Change> changes = new ArrayList<>();
        for (Row b : rows(findings, after, posAfter)) {
            for (Row a : was.getOrDefault(List.of(b.indicator(), b.subject()), List.of())) {
                if (a.status().equals(b.status()) && Objects.equals(a.num(), b.num()) && Objects.equals(a.flag(), b.flag())) {
                    continue;
                }
                String kind = a.status().equals(b.status()) ? "VALUE"
                        : b.status().equals("FAIL") ? "FAIL" : b.status().equals("PASS") ? "PASS" : "STATUS";
                changes.add(new Change(code, name, kind, a.indicator(), a.subject(), a.status(), b.status(), a.actual(),
                        b.actual()));
            }
        }
        changes.sort(Comparator.comparing(Change::indicator).thenComparing(Change::subject));
        return changes;
    }

    private static List<Row> rows(PreparedStatement findings, long run, int pos) throws SQLException {
        findings.setLong(1, run);
        findings.setInt(2, pos);
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = findings.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), FindingRows.status(r.getInt(3)).name(), Sql.getDouble(r, "actual_num"),
                        Sql.getBoolean(r, "actual_flag")));
            }
        }
        return rows;
    }

    private static List<String> onlyIn(Connection c, long run, long other) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM districts d WHERE run_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM districts o WHERE o.run_id = ? AND o.code = d.code) ORDER BY code")) {
            s.setLong(1, run);
            s.setLong(2, other);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
        }
        return codes;
    }
}
