package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code educheck archive verify}: the database's own check of its file, then every run read back and held to what
 * it says of itself. A run is whole when its districts, their verdicts and its findings agree with the totals it
 * recorded; anything else is named as damage. The crash harness holds the archive to the same check after each kill.
 */
public final class ArchiveVerification {

    /** Every table a run writes, each read through once: a damaged page shows as an error here, not in a report. */
    private static final List<String> TABLES = List.of("runs", "run_inputs", "run_input_files", "districts",
            "district_units", "district_measures", "standards", "finding_rules", "finding_kinds", "finding_rows",
            "rectification", "rectification_pulls", "rollups", "rollup_members", "input_errors", "run_waivers", "uploads");

    /**
     * Per run: the districts it says it has and has, its verdict counts and the districts' verdicts, and its
     * findings (recorded count since V6) and the finding rows it has. A run whose count is null predates V6; its
     * districts are then each required to have findings.
     */
    private static final String RUNS = "SELECT r.id, r.districts, r.pass_count, r.fail_count, r.incomplete_count,"
            + " r.not_submitted_count, r.error_count, r.finding_count,"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id),"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id AND d.verdict = 'PASS'),"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id AND d.verdict = 'FAIL'),"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id AND d.verdict = 'INCOMPLETE'),"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id AND d.verdict = 'NOT_SUBMITTED'),"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id AND d.verdict = 'ERROR'),"
            + " (SELECT COUNT(*) FROM finding_rows f WHERE f.run_id = r.id),"
            + " (SELECT COUNT(*) FROM districts d WHERE d.run_id = r.id AND NOT EXISTS (SELECT 1 FROM finding_rows f"
            + "     WHERE f.run_id = d.run_id AND f.district_pos = d.district_pos)),"
            + " (SELECT COUNT(*) FROM finding_rows f WHERE f.run_id = r.id AND NOT EXISTS (SELECT 1 FROM finding_kinds k"
            + "     WHERE k.run_id = f.run_id AND k.kind_pos = f.kind_pos))"
            + " FROM runs r ORDER BY r.id";

    private static final String[] VERDICTS = {"PASS", "FAIL", "INCOMPLETE", "NOT_SUBMITTED", "ERROR"};

    /** What was found: the runs read and every problem, each naming its run or table. */
    public record Result(int runs, List<String> problems) {

        public boolean whole() {
            return problems.isEmpty();
        }
    }

    private ArchiveVerification() {
    }

    static Result verify(Archive archive) throws ArchiveException {
        List<String> problems = new ArrayList<>();
        int runs = 0;
        try (Connection c = archive.connection()) {
                        for (String table : TABLES) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                    while (r.next()) {
                        // read through: every row's page is visited
                    }
                } catch (SQLException e) {
                    problems.add("table " + table + " cannot be read through: " + Archive.reason(e));
                }
            }
            try (PreparedStatement s = c.prepareStatement(RUNS); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs++;
                    problems.addAll(run(r));
                }
            }
        } catch (SQLException e) {
            problems.add("the runs cannot be read: " + Archive.reason(e));
        }
        return new Result(runs, problems);
    }

    private static List<String> run(ResultSet r) throws SQLException {
        List<String> problems = new ArrayList<>();
        String run = "run " + r.getLong(1) + ": ";
        if (r.getInt(2) != r.getInt(9)) {
            problems.add(run + "says " + r.getInt(2) + " districts, holds " + r.getInt(9));
        }
        for (int v = 0; v < VERDICTS.length; v++) {
            if (r.getInt(3 + v) != r.getInt(10 + v)) {
                problems.add(run + "says " + r.getInt(3 + v) + " " + VERDICTS[v] + ", holds " + r.getInt(10 + v));
            }
        }
        Integer findings = Sql.getInt(r, "finding_count");
        if (findings != null && findings != r.getInt(15)) {
            problems.add(run + "says " + findings + " findings, holds " + r.getInt(15));
        }
        if (r.getInt(16) > 0) {
            problems.add(run + r.getInt(16) + " district(s) without any finding");
        }
        if (r.getInt(17) > 0) {
            problems.add(run + r.getInt(17) + " finding(s) of a kind it does not hold");
        }
        return problems;
    }
}
