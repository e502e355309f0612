package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs made from uploads to the web application, with who uploaded them (table uploads, V2__accounts.sql). */
public final class Uploads {

    /** One district of a run, as the runs list shows it. */
    public record District(String code, String name, int year, String verdict) {
    }

    /**
     * One run as the web lists it; {@code user} and {@code fileName} are null for a run made by the command line.
     *
     * @param rules the rules that judged it
     */
    public record Upload(long runId, Instant at, String user, String fileName, String sha256, int exitCode, List<District> districts,
                         RunRules rules) {
    }

    /**
     * One finding of a district in a run: actual and required are a Double, a Boolean or null; comparator ">=", … or
     * null; the indicator's name in Chinese and English as its rule gives them (null when it gives none).
     */
    public record Finding(String indicator, String subject, String status, Object actual, Object required, String comparator,
                          String nameZh, String nameEn) {
    }

    private final Archive archive;

    public Uploads(Archive archive) {
        this.archive = archive;
    }

    /** Records who uploaded run {@code runId}, in the run's own transaction ({@link RunRecorder#uploadedBy}). */
    static void insert(Connection c, long runId, String user, String fileName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO uploads (run_id, user_name, file_name, uploaded_at) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, runId);
            // Nobody's (an open server's upload) is '', which no account can be named (V10).
            s.setString(2, user == null ? "" : user);
            s.setString(3, fileName);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /** The latest {@code limit} runs, newest first, uploaded or not. */
    public List<Upload> latest(int limit) throws ArchiveException {
        return read("SELECT id FROM runs ORDER BY id DESC LIMIT " + Math.max(1, limit), null);
    }

    /** The latest {@code limit} runs uploaded by {@code user}, newest first. */
    public List<Upload> uploadedBy(String user, int limit) throws ArchiveException {
        return read("SELECT run_id FROM uploads WHERE user_name = ? ORDER BY run_id DESC LIMIT " + Math.max(1, limit), user);
    }

    public Optional<Upload> one(long runId) throws ArchiveException {
        return read("SELECT id FROM runs WHERE id = ?", runId).stream().findFirst();
    }

    /**
     * The ids of the runs that checked district {@code code}, the latest year first and, within a year, the latest
     * upload first (an upload of an older year never comes before a newer year's); {@code offset} of them skipped.
     */
    public List<Long> runIdsOfDistrict(String code, int offset, int limit) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("SELECT run_id, MAX(district_year) y"
                + " FROM districts WHERE code = ? GROUP BY run_id ORDER BY y DESC, run_id DESC LIMIT " + Math.max(1, limit)
                + " OFFSET " + Math.max(0, offset))) {
            s.setString(1, code);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw archive.failure("the runs of " + code + " cannot be read", e);
        }
    }

    /** How many runs checked district {@code code}. */
    public int countRunsOfDistrict(String code) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(DISTINCT run_id) FROM districts WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw archive.failure("the runs of " + code + " cannot be read", e);
        }
    }

    /** A district as its latest run holds it: the latest year first, the latest upload within it. */
    public record Latest(String code, String name, int year, long runId) {
    }

    /**
     * Each district's latest run, by code (sorted); {@code codes} null for every district in the archive. Reads the
     * districts' own rows only, never a run's findings.
     */
    public Map<String, Latest> latestOfDistricts(java.util.Collection<String> codes) throws ArchiveException {
        if (codes != null && codes.isEmpty()) {
            return Map.of();
        }
        String where = codes == null ? "" : " WHERE code IN (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")";
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("SELECT code, name, district_year, run_id"
                + " FROM districts" + where + " ORDER BY code, district_year DESC, run_id DESC")) {
            int i = 1;
            for (String code : codes == null ? List.<String>of() : codes) {
                s.setString(i++, code);
            }
            Map<String, Latest> out = new java.util.TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.putIfAbsent(r.getString(1), new Latest(r.getString(1), r.getString(2), r.getInt(3), r.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw archive.failure("the districts cannot be read", e);
        }
    }

    /** For each year district {@code code} was checked, oldest first: {year, the id of its latest run that year}. */
    public List<long[]> latestRunPerYear(String code) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT district_year, MAX(run_id) FROM districts WHERE code = ? GROUP BY district_year ORDER BY district_year")) {
            s.setString(1, code);
            List<long[]> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new long[] {r.getInt(1), r.getLong(2)});
                }
            }
            return out;
        } catch (SQLException e) {
            throw archive.failure("the years of " + code + " cannot be read", e);
        }
    }

    /** The runs that checked district {@code code}, newest first. */
    public List<Upload> ofDistrict(String code, int limit) throws ArchiveException {
        return read("SELECT DISTINCT run_id FROM districts WHERE code = ? ORDER BY run_id DESC LIMIT " + Math.max(1, limit), code);
    }

    /**
     * Every finding of district {@code code} in run {@code runId}, in report order: one indexed read, for a page that
     * compares two runs of one district in memory.
     */
    public List<Finding> findings(long runId, String code) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("SELECT fr.indicator, f.subject, f.status,"
                + " f.actual_num, f.actual_flag, f.required_num, f.required_flag, k.comparator, fr.name_zh, fr.name_en FROM districts d JOIN finding_rows f ON f.run_id = d.run_id AND f.district_pos = d.district_pos"
                + " JOIN finding_kinds k ON k.run_id = f.run_id AND k.kind_pos = f.kind_pos"
                + " JOIN finding_rules fr ON fr.run_id = k.run_id AND fr.rule_pos = k.rule_pos"
                + " WHERE d.run_id = ? AND d.code = ? ORDER BY f.position")) {
            s.setLong(1, runId);
            s.setString(2, code);
            List<Finding> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Finding(r.getString(1), r.getString(2), FindingRows.status(r.getInt(3)).name(), Sql.value(r, "actual"),
                            Sql.value(r, "required"), r.getString("comparator"), r.getString("name_zh"), r.getString("name_en")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw archive.failure("the findings of run " + runId + " cannot be read", e);
        }
    }

    private List<Upload> read(String idsSql, Object key) throws ArchiveException {
        try (Connection c = archive.connection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(idsSql)) {
                if (key instanceof Long l) {
                    s.setLong(1, l);
                } else if (key instanceof String code) {
                    s.setString(1, code);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            List<Upload> out = new ArrayList<>();
            for (long id : ids) {
                upload(c, id).ifPresent(out::add);
            }
            return out;
        } catch (SQLException e) {
            throw archive.failure("the runs cannot be read", e);
        }
    }

    private static Optional<Upload> upload(Connection c, long id) throws SQLException {
        Map<String, Object> head = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT r.finished_at, r.exit_code, u.user_name, u.file_name,"
                + " (SELECT MIN(i.sha256) FROM run_inputs i WHERE i.run_id = r.id), (SELECT MIN(i.name) FROM run_inputs i WHERE i.run_id = r.id),"
                + " r.rule_version, r.rule_sha256 FROM runs r LEFT JOIN uploads u ON u.run_id = r.id WHERE r.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                head.put("at", r.getTimestamp(1).toInstant());
                head.put("exit", r.getInt(2));
                // '' is nobody: a run uploaded while the server had no accounts (V10).
                head.put("user", "".equals(r.getString(3)) ? null : r.getString(3));
                head.put("file", r.getString(4) != null ? r.getString(4) : r.getString(6));
                head.put("sha", r.getString(5));
                head.put("rules", new RunRules(Sql.getInt(r, "rule_version"), r.getString("rule_sha256")));
            }
        }
        List<District> districts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, district_year, verdict FROM districts WHERE run_id = ? ORDER BY district_pos")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    districts.add(new District(r.getString(1), r.getString(2), r.getInt(3), r.getString(4)));
                }
            }
        }
        return Optional.of(new Upload(id, (Instant) head.get("at"), (String) head.get("user"), (String) head.get("file"),
                (String) head.get("sha"), (Integer) head.get("exit"), districts, (RunRules) head.get("rules")));
    }
}
