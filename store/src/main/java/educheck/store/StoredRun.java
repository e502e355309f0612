package educheck.store;

import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RuleBasis;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.CountyStatus;
import educheck.model.Finding;
import educheck.model.RollupGroup;
import educheck.model.StandardVerdict;
import educheck.model.Verdict;
import educheck.model.Waiver;
import educheck.model.Waivers;
import educheck.model.io.InputError;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored run read back into the checker's report objects and written to any {@link ReportStream}, one district
 * at a time, so a national run renders again in bounded memory and in the order it was first reported.
 */
final class StoredRun {

    private StoredRun() {
    }

    static RunInfo info(Archive archive, long id) throws ArchiveException {
        try (Connection c = archive.connection()) {
            return info(c, id, archive);
        } catch (SQLException e) {
            throw archive.failure("run " + id + " cannot be read", e);
        }
    }

    private static RunInfo info(Connection c, long id, Archive archive) throws SQLException, ArchiveException {
        try (PreparedStatement s = c.prepareStatement("SELECT rule_origin, rule_sha256, rule_count, jurisdictions,"
                + " waivers_file, waivers_sha256, waivers_as_of, rule_version, rule_basis FROM runs WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new ArchiveException("archive " + archive.shown() + ": has no run " + id
                            + "; `educheck archive runs` lists the runs it holds");
                }
                Waivers waivers = Waivers.NONE;
                String file = r.getString("waivers_file");
                if (file != null) {
                    waivers = waivers(c, id, Path.of(file), r.getString("waivers_sha256"), r.getDate("waivers_as_of"));
                }
                String origin = r.getString("rule_origin");
                return new RunInfo(origin, r.getString("rule_sha256"), r.getInt("rule_count"), words(r.getString("jurisdictions")),
                        waivers, Sql.getInt(r, "rule_version"), basis(r.getString("rule_basis"), origin));
            }
        }
    }

    /**
     * Why the run used its rules; a run recorded before the archive kept it (schema V15) took the bundled rules, a
     * published version chosen with --rules-version (origin "archive") or a folder.
     */
    private static RuleBasis basis(String recorded, String origin) {
        if (recorded != null) {
            return RuleBasis.of(recorded);
        }
        return origin.equals("bundled") ? RuleBasis.BUNDLED : origin.equals("archive") ? RuleBasis.VERSION : RuleBasis.FOLDER;
    }

    /** The run's waivers, each matched as many times as it was in the run, so {@code uses()} says what it said. */
    private static Waivers waivers(Connection c, long id, Path file, String sha256, Date asOf) throws SQLException {
        List<Waiver> list = new ArrayList<>();
        List<Integer> matched = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT line, district, indicator, subject, reason, approved_by,"
                + " expires, findings FROM run_waivers WHERE run_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Waiver(r.getInt("line"), r.getString("district"), r.getString("indicator"),
                            r.getString("subject"), r.getString("reason"), r.getString("approved_by"),
                            r.getDate("expires").toLocalDate()));
                    matched.add(r.getInt("findings"));
                }
            }
        }
        Waivers waivers = new Waivers(file, sha256, asOf.toLocalDate(), list);
        for (int i = 0; i < list.size(); i++) {
            Waiver w = list.get(i);
            for (int n = 0; n < matched.get(i); n++) {
                waivers.match(w.district(), w.id(), w.subject());
            }
        }
        return waivers;
    }

    static void replay(Archive archive, long id, ReportStream out) throws IOException {
        replay(archive, id, null, out);
    }

    /** As {@link #replay(Archive, long, ReportStream)}, reading only the districts whose codes are given (null: all). */
    static void replay(Archive archive, long id, java.util.Set<String> codes, ReportStream out) throws IOException {
        try (Connection c = archive.connection()) {
            info(c, id, archive);
            List<Integer> positions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT district_pos, code FROM districts WHERE run_id = ? ORDER BY district_pos")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (codes == null || codes.contains(r.getString(2))) {
                            positions.add(r.getInt(1));
                        }
                    }
                }
            }
            Map<Integer, FindingRows.Kind> kinds = FindingRows.kinds(c, id);
            for (int pos : positions) {
                out.district(district(c, id, pos, kinds));
            }
            out.finish(outcome(c, id, kinds));
        } catch (SQLException e) {
            throw archive.failure("run " + id + " cannot be read", e);
        }
    }

    static DistrictReport district(Connection c, long id, int pos, Map<Integer, FindingRows.Kind> kinds) throws SQLException {
        String code;
        String name;
        int year;
        String file;
        Verdict verdict;
        List<String> jurisdictions;
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, district_year, file, verdict, jurisdictions FROM districts"
                + " WHERE run_id = ? AND district_pos = ?")) {
            bind(s, id, pos);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                code = r.getString("code");
                name = r.getString("name");
                year = r.getInt("district_year");
                file = r.getString("file");
                verdict = Verdict.valueOf(r.getString("verdict"));
                jurisdictions = words(r.getString("jurisdictions"));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<String> decides = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + FindingRows.COLUMNS + " FROM finding_rows"
                + " WHERE run_id = ? AND district_pos = ? ORDER BY position")) {
            bind(s, id, pos);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    findings.add(FindingRows.read(r, kinds, code, true));
                    decides.add(r.getString("decides"));
                }
            }
        }
        List<StandardVerdict> standards = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT standard, title, rule_package, rule_name, draft_text, decides"
                + " FROM standards WHERE run_id = ? AND district_pos = ? ORDER BY position")) {
            bind(s, id, pos);
            List<String[]> rows = new ArrayList<>();
            List<boolean[]> flags = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                    // Before V20 every standard was an adopted text's and decided the district's verdict.
                    flags.add(new boolean[] {Boolean.TRUE.equals(Sql.getBoolean(r, "draft_text")),
                            !Boolean.FALSE.equals(Sql.getBoolean(r, "decides"))});
                }
            }
            List<List<Finding>> deciding = FindingRows.decidingByStandard(findings, decides, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                String[] row = rows.get(i);
                standards.add(new StandardVerdict(row[0], row[1], deciding.get(i), row[2], row[3], flags.get(i)[0],
                        flags.get(i)[1]));
            }
        }
        return new DistrictReport(file == null ? null : Path.of(file), code, name, year, jurisdictions, verdict,
                standards, findings, rectification(c, id, pos), pairs(c, "SELECT unit_id, unit_name FROM district_units"
                + " WHERE run_id = ? AND district_pos = ? ORDER BY position", id, pos),
                pairs(c, "SELECT measure_key, measure_value FROM district_measures WHERE run_id = ? AND district_pos = ?"
                        + " ORDER BY measure_key", id, pos));
    }

    private static List<RectificationItem> rectification(Connection c, long id, int pos) throws SQLException {
        Map<Integer, List<RectificationItem.Pull>> pulls = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT item_pos, subject, pull_value, share FROM rectification_pulls"
                + " WHERE run_id = ? AND district_pos = ? ORDER BY item_pos, position")) {
            bind(s, id, pos);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pulls.computeIfAbsent(r.getInt(1), k -> new ArrayList<>())
                            .add(new RectificationItem.Pull(r.getString(2), r.getDouble(3), r.getDouble(4)));
                }
            }
        }
        List<RectificationItem> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM rectification WHERE run_id = ? AND district_pos = ?"
                + " ORDER BY position")) {
            bind(s, id, pos);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    RectificationItem.CoefficientPlan plan = null;
                    if (r.getString("plan_indicator") != null) {
                        plan = new RectificationItem.CoefficientPlan(r.getString("plan_indicator"), r.getString("plan_level"),
                                r.getDouble("plan_before"), r.getDouble("plan_after"), r.getDouble("plan_limit"),
                                r.getDouble("plan_mean"), r.getDouble("plan_floor"),
                                pulls.getOrDefault(r.getInt("position"), List.of()), r.getInt("plan_schools"),
                                r.getDouble("plan_total"), r.getString("plan_unit"));
                    }
                    items.add(new RectificationItem(r.getString("indicator"), r.getString("subject"), r.getString("action"),
                            r.getDouble("shortfall"), r.getString("unit"), r.getString("field"), r.getString("target"),
                            r.getDouble("gap"), plan));
                }
            }
        }
        return items;
    }

    private static RunOutcome outcome(Connection c, long id, Map<Integer, FindingRows.Kind> kinds) throws SQLException {
        Map<Verdict, Integer> verdicts = RunOutcome.emptyCounts();
        int ruleFaults;
        try (PreparedStatement s = c.prepareStatement("SELECT pass_count, fail_count, incomplete_count, not_submitted_count,"
                + " error_count, rule_faults FROM runs WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                verdicts.put(Verdict.PASS, r.getInt(1));
                verdicts.put(Verdict.FAIL, r.getInt(2));
                verdicts.put(Verdict.INCOMPLETE, r.getInt(3));
                verdicts.put(Verdict.NOT_SUBMITTED, r.getInt(4));
                verdicts.put(Verdict.ERROR, r.getInt(5));
                ruleFaults = r.getInt(6);
            }
        }
        List<InputError> errors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT file, line, col, field, message, message_zh FROM input_errors"
                + " WHERE run_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String file = r.getString(1);
                    errors.add(new InputError(file == null ? null : Path.of(file), r.getInt(2), r.getInt(3), r.getString(4),
                            r.getString(5), r.getString(6)));
                }
            }
        }
        return new RunOutcome(verdicts, errors, rollups(c, id, kinds), ruleFaults);
    }

    private static List<RollupReport> rollups(Connection c, long id, Map<Integer, FindingRows.Kind> kinds) throws SQLException {
        Map<Integer, List<CountyStatus>> members = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rollup_pos, code, name, in_run, moe2017, declared_year"
                + " FROM rollup_members WHERE run_id = ? ORDER BY rollup_pos, position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String moe = r.getString("moe2017");
                    members.computeIfAbsent(r.getInt(1), k -> new ArrayList<>()).add(new CountyStatus(r.getString("code"),
                            r.getString("name"), r.getBoolean("in_run"), moe == null ? null : Verdict.valueOf(moe),
                            Sql.getInt(r, "declared_year"), Map.of()));
                }
            }
        }
        List<RollupReport> rollups = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT g.position, g.jurisdiction, g.group_code, g.rollup_year, "
                + FindingRows.columns("f.") + " FROM rollups g JOIN finding_rows f ON f.run_id = g.run_id AND f.district_pos = -1 - g.position"
                + " WHERE g.run_id = ? ORDER BY g.position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int pos = r.getInt(1);
                    RollupGroup group = new RollupGroup(r.getString(2), r.getString(3), r.getInt(4),
                            members.getOrDefault(pos, List.of()));
                    rollups.add(new RollupReport(FindingRows.read(r, kinds, r.getString(3)), group));
                }
            }
        }
        return rollups;
    }

    private static Map<String, String> pairs(Connection c, String sql, long id, int pos) throws SQLException {
        Map<String, String> map = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, id, pos);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    map.put(r.getString(1), r.getString(2));
                }
            }
        }
        return map;
    }

    private static void bind(PreparedStatement s, long id, int pos) throws SQLException {
        s.setLong(1, id);
        s.setInt(2, pos);
    }

    static List<String> words(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }
}
