package educheck.store;

import educheck.model.Waivers;
import educheck.model.io.InputError;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The rows of a run's closing part that are not findings: the input errors and what became of each waiver. */
final class RunClosing {

    private RunClosing() {
    }

    static void inputErrors(Connection connection, long runId, List<InputError> errors) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO input_errors (run_id, position, file, line,"
                + " col, field, message, message_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < errors.size(); i++) {
                InputError e = errors.get(i);
                s.setLong(1, runId);
                s.setInt(2, i);
                s.setString(3, e.file() == null ? null : e.file().toString());
                s.setInt(4, e.line());
                s.setInt(5, e.column());
                s.setString(6, e.field());
                s.setString(7, e.message());
                s.setString(8, e.messageZh());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void waivers(Connection connection, long runId, Waivers waivers) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO run_waivers (run_id, position, line, district,"
                + " indicator, subject, reason, approved_by, expires, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Waivers.Use u : waivers.uses()) {
                s.setLong(1, runId);
                s.setInt(2, i++);
                s.setInt(3, u.waiver().line());
                s.setString(4, u.waiver().district());
                s.setString(5, u.waiver().id());
                s.setString(6, u.waiver().subject());
                s.setString(7, u.waiver().reason());
                s.setString(8, u.waiver().approvedBy());
                s.setDate(9, Date.valueOf(u.waiver().expires()));
                s.setInt(10, u.findings());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
