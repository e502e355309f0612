package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rules a stored run was judged by, as history and diffs show them: its published version, or the first
 * characters of its sha256 when its rules were never published (a folder given with --rules).
 *
 * @param version the rule set version in the archive, or null
 */
public record RunRules(Integer version, String sha256) {

    /** Whether the two runs were judged by the same rule files. */
    public boolean sameAs(RunRules other) {
        return sha256.equals(other.sha256);
    }

    /** "v2", or "sha256 1a2b3c4d5e6f" for rules never published. */
    public String shown() {
        return version != null ? "v" + version : "sha256 " + sha256.substring(0, Math.min(12, sha256.length()));
    }

    /** The rules of run {@code id}, which exists. */
    static RunRules of(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rule_version, rule_sha256 FROM runs WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new RunRules(Sql.getInt(r, "rule_version"), r.getString("rule_sha256"));
            }
        }
    }
}
