package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runs table read as summaries, newest first. */
final class RunList {

    private static final String SELECT = "SELECT id, started_at, finished_at, report_year, rule_sha256, rule_count,"
            + " jurisdictions, districts, pass_count, fail_count, incomplete_count, exit_code FROM runs";

    private RunList() {
    }

    static List<RunSummary> all(Archive archive) throws ArchiveException {
        return read(archive, SELECT + " ORDER BY id DESC", null);
    }

    static Optional<RunSummary> one(Archive archive, long id) throws ArchiveException {
        return read(archive, SELECT + " WHERE id = ?", id).stream().findFirst();
    }

    private static List<RunSummary> read(Archive archive, String sql, Long id) throws ArchiveException {
        try (Connection c = archive.connection()) {
            Map<Long, List<String>> inputs = inputs(c, id);
            List<RunSummary> runs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (id != null) {
                    s.setLong(1, id);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long run = r.getLong("id");
                        runs.add(new RunSummary(run, r.getTimestamp("started_at").toInstant(),
                                r.getTimestamp("finished_at").toInstant(), Sql.getInt(r, "report_year"),
                                r.getString("rule_sha256"), r.getInt("rule_count"), StoredRun.words(r.getString("jurisdictions")),
                                r.getInt("districts"), r.getInt("pass_count"), r.getInt("fail_count"),
                                r.getInt("incomplete_count"), r.getInt("exit_code"), inputs.getOrDefault(run, List.of())));
                    }
                }
            }
            return runs;
        } catch (SQLException e) {
            throw archive.failure("the runs cannot be read", e);
        }
    }

    private static Map<Long, List<String>> inputs(Connection c, Long id) throws SQLException {
        Map<Long, List<String>> inputs = new LinkedHashMap<>();
        String sql = "SELECT run_id, name FROM run_inputs" + (id == null ? "" : " WHERE run_id = ?") + " ORDER BY run_id, position";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    inputs.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return inputs;
    }
}
