package educheck.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed-in browser sessions (table web_sessions, V13), by the sha256 of their cookie, and the secrets every server
 * of the archive shares (site_keys). Read on every request of a signed-in browser: one lookup by primary key.
 */
public final class WebSessions {

    /** A live session: whose it is, the account's role now, the form token, and when it ends. */
    public record Session(String user, String role, String csrf, Instant expires) {
    }

    private final Archive archive;

    public WebSessions(Archive archive) {
        this.archive = archive;
    }

    public void insert(String sha256, String user, String csrf, Instant created, Instant expires) throws ArchiveException {
        try (Connection c = archive.connection()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_sessions WHERE expires_at < ?")) {
                s.setTimestamp(1, Timestamp.from(created));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO web_sessions (token_sha256, user_name, csrf, created_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, sha256);
                s.setString(2, user);
                s.setString(3, csrf);
                s.setTimestamp(4, Timestamp.from(created));
                s.setTimestamp(5, Timestamp.from(expires));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw archive.failure("a session of " + user + " cannot be saved", e);
        }
    }

    /** The session whose cookie has this sha256, with its account's role now; empty when none, or its account is gone. */
    public Optional<Session> find(String sha256) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("SELECT w.user_name, u.role, w.csrf, w.expires_at"
                + " FROM web_sessions w JOIN users u ON u.name = w.user_name WHERE w.token_sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Session(r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant()))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw archive.failure("the sessions cannot be read", e);
        }
    }

    public void delete(String sha256) throws ArchiveException {
        update("DELETE FROM web_sessions WHERE token_sha256 = ?", sha256);
    }

    /** Ends every session of {@code user} (the account changed or went). */
    public void deleteAllOf(String user) throws ArchiveException {
        update("DELETE FROM web_sessions WHERE user_name = ?", user);
    }

    private void update(String sql, String key) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw archive.failure("the sessions cannot be changed", e);
        }
    }

    /**
     * The shared secret called {@code name}, made (256 random bits) by the first server to ask; every server then
     * reads the same one. Never printed or logged.
     */
    public String siteKey(String name) throws ArchiveException {
        try (Connection c = archive.connection()) {
            Optional<String> known = key(c, name);
            if (known.isPresent()) {
                return known.get();
            }
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO site_keys (name, secret) VALUES (?, ?)")) {
                s.setString(1, name);
                s.setString(2, Base64.getUrlEncoder().withoutPadding().encodeToString(b));
                s.executeUpdate();
            } catch (SQLException raced) {
                // Another server made it first: its key is the one.
            }
            return key(c, name).orElseThrow(() -> archive.failure("the site key cannot be made", new SQLException(name)));
        } catch (SQLException e) {
            throw archive.failure("the site key cannot be read", e);
        }
    }

    private static Optional<String> key(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT secret FROM site_keys WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
