package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A district's open measures of one year as the archive last recorded them, and the run that recorded them: what
 * next year's year-over-year rules read as last year's figures when the submission carries no {@code <previous>}.
 */
public record RecordedYear(String code, int year, long runId, Instant recorded, Map<String, String> measures) {

    /** "archive run 12 of 2026-12-04", as a finding names where a figure came from. */
    public String origin() {
        return "archive run " + runId + " of " + recorded.toString().substring(0, 10);
    }

    static Optional<RecordedYear> latest(Archive archive, String code, int year) throws ArchiveException {
        try (Connection c = archive.connection();
             PreparedStatement s = c.prepareStatement("SELECT d.run_id, d.district_pos, r.finished_at FROM districts d"
                     + " JOIN runs r ON r.id = d.run_id WHERE d.code = ? AND d.district_year = ? ORDER BY d.run_id DESC")) {
            s.setString(1, code);
            s.setInt(2, year);
            s.setMaxRows(1);
            long run;
            int pos;
            Instant recorded;
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                run = r.getLong(1);
                pos = r.getInt(2);
                recorded = r.getTimestamp(3).toInstant();
            }
            Map<String, String> measures = new LinkedHashMap<>();
            try (PreparedStatement m = c.prepareStatement("SELECT measure_key, measure_value FROM district_measures"
                    + " WHERE run_id = ? AND district_pos = ? ORDER BY measure_key")) {
                m.setLong(1, run);
                m.setInt(2, pos);
                try (ResultSet r = m.executeQuery()) {
                    while (r.next()) {
                        measures.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return Optional.of(new RecordedYear(code, year, run, recorded, measures));
        } catch (SQLException e) {
            throw archive.failure("last year's figures cannot be read", e);
        }
    }
}
