package educheck.store;

import educheck.checker.load.RuleFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The archive's published rule sets (table {@code rule_versions}, V3): the bundled rules are version 1, registered
 * the first time a run uses them, and each rule set published since is the next number. A version keeps every file,
 * so a run can be made again with exactly the rules that judged it. Versions are only added, never changed.
 */
public final class RuleVersions {

    /** Who stands behind the bundled rules when they are registered on first use. */
    public static final String BUNDLED_AUTHOR = "educheck";

    /**
     * One published rule set.
     *
     * @param author   who proposed it (for a reviewed draft) or published it
     * @param document the policy document the change follows, or null when none was named
     * @param approver the second person who approved it (schema V5), or null when nobody reviewed it
     */
    public record Version(int number, String sha256, int ruleCount, String author, Instant publishedAt, String reason,
                          String document, String approver) {
    }

    private final Archive archive;

    RuleVersions(Archive archive) {
        this.archive = archive;
    }

    /** Every version, oldest first: the audit trail of the rules. */
    public List<Version> all() throws ArchiveException {
        return query("SELECT * FROM rule_versions ORDER BY version", null);
    }

    public Optional<Version> number(int n) throws ArchiveException {
        return query("SELECT * FROM rule_versions WHERE version = ?", n).stream().findFirst();
    }

    /** The version whose files hash to {@code sha256}, if they were ever published. */
    public Optional<Version> bySha256(String sha256) throws ArchiveException {
        return query("SELECT * FROM rule_versions WHERE sha256 = ?", sha256).stream().findFirst();
    }

    /**
     * The newest version: the rules in force, for every check recorded in this archive. Empty before any run or
     * publication. One small indexed read: the web looks it up before every check.
     */
    public Optional<Version> latest() throws ArchiveException {
        return query("SELECT * FROM rule_versions ORDER BY version DESC LIMIT 1", null).stream().findFirst();
    }

    /** The files of version {@code n}, by path, as {@link RuleFiles#all()} holds them. */
    public SortedMap<String, byte[]> files(int n) throws ArchiveException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Connection c = archive.connection();
             PreparedStatement s = c.prepareStatement("SELECT path, content FROM rule_version_files WHERE version = ?")) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    files.put(r.getString("path"), r.getBytes("content"));
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the files of rule set version " + n + " cannot be read", e);
        }
        return files;
    }

    /**
     * The version of {@code files}: the published version with the same sha256; in an archive with no version yet,
     * the bundled rules registered now as version 1. Null for rules never published, the bundled rules of a newer
     * educheck included: those never become a version on their own, they are offered for review
     * ({@link ArchiveRules#offerBundled}).
     */
    public Integer versionOf(RuleFiles files, int ruleCount) throws ArchiveException {
        String sha = files.sha256();
        Optional<Version> known = bySha256(sha);
        if (known.isPresent()) {
            return known.get().number();
        }
        if (!files.isBundled() || latest().isPresent()) {
            return null;
        }
        return publish(files, ruleCount, BUNDLED_AUTHOR, "the rules bundled with educheck", null).number();
    }

    /**
     * Adds {@code files} as the next version, files and all, in one transaction; when the same files are already a
     * version (published meanwhile by another process, say) that version is returned and nothing is added.
     */
    public Version publish(RuleFiles files, int ruleCount, String author, String reason, String document) throws ArchiveException {
        String sha = files.sha256();
        for (int attempt = 0; ; attempt++) {
            Optional<Version> known = bySha256(sha);
            if (known.isPresent()) {
                return known.get();
            }
            try {
                return insert(files, sha, ruleCount, author, reason, document);
            } catch (SQLException e) {
                // Two publishers took the same number, or published the same files: look again, once.
                if (attempt > 0) {
                    throw archive.failure("rule set version cannot be recorded", e);
                }
            }
        }
    }

    private Version insert(RuleFiles files, String sha, int ruleCount, String author, String reason, String document)
            throws SQLException, ArchiveException {
        try (Connection c = archive.connection()) {
            return Sql.transaction(c, tx -> insert(tx, files, sha, ruleCount, author, reason, document, null));
        }
    }

    /**
     * Adds the next version with its files on {@code c}, inside the caller's transaction (a draft's publication marks
     * the draft in the same one).
     */
    static Version insert(Connection c, RuleFiles files, String sha, int ruleCount, String author, String reason,
                          String document, String approver) throws SQLException {
        Instant now = Instant.now();
        int next;
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_versions");
             ResultSet r = s.executeQuery()) {
            r.next();
            next = r.getInt(1);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rule_versions (version, sha256, rule_count,"
                + " author, published_at, reason, document, approver) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setInt(1, next);
            s.setString(2, sha);
            s.setInt(3, ruleCount);
            s.setString(4, author);
            s.setTimestamp(5, Timestamp.from(now));
            s.setString(6, reason);
            s.setString(7, document);
            s.setString(8, approver);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rule_version_files (version, path, content)"
                + " VALUES (?, ?, ?)")) {
            for (Map.Entry<String, byte[]> f : files.all().entrySet()) {
                s.setInt(1, next);
                s.setString(2, f.getKey());
                s.setBytes(3, f.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        return new Version(next, sha, ruleCount, author, now, reason, document, approver);
    }

    private List<Version> query(String sql, Object key) throws ArchiveException {
        List<Version> found = new ArrayList<>();
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (key != null) {
                s.setObject(1, key);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Version(r.getInt("version"), r.getString("sha256"), r.getInt("rule_count"),
                            r.getString("author"), r.getTimestamp("published_at").toInstant(), r.getString("reason"),
                            r.getString("document"), r.getString("approver")));
                }
            }
        } catch (SQLException e) {
            throw archive.failure("the rule set versions cannot be read", e);
        }
        return found;
    }
}
