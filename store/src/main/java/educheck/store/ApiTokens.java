package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** API tokens (table api_tokens, V12): kept by their sha256 only; the web makes them and says what they are worth. */
public final class ApiTokens {

    /** A token as listed: never the token itself, which is not kept. */
    public record Token(long id, String user, String label, String issuedBy, Instant issuedAt, Instant revokedAt) {
    }

    /** Whom a live token signs in: the account's name and its role now. */
    public record Holder(String user, String role) {
    }

    private final Archive archive;

    public ApiTokens(Archive archive) {
        this.archive = archive;
    }

    /** Records a token for {@code user} by its sha256; returns its id. */
    public long issue(String user, String label, String sha256, String issuedBy, Instant at) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("INSERT INTO api_tokens (user_name, label,"
                + " token_sha256, issued_by, issued_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, user);
            s.setString(2, label);
            s.setString(3, sha256);
            s.setString(4, issuedBy);
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        } catch (SQLException e) {
            throw archive.failure("a token for " + user + " cannot be saved", e);
        }
    }

    /** The account a live (not revoked) token with this sha256 signs in. */
    public Optional<Holder> holder(String sha256) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("SELECT u.name, u.role FROM api_tokens t"
                + " JOIN users u ON u.name = t.user_name WHERE t.token_sha256 = ? AND t.revoked_at IS NULL")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Holder(r.getString(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw archive.failure("the tokens cannot be read", e);
        }
    }

    /** Every token, newest first. */
    public List<Token> all() throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("SELECT id, user_name, label, issued_by,"
                + " issued_at, revoked_at FROM api_tokens ORDER BY id DESC")) {
            List<Token> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp revoked = r.getTimestamp(6);
                    out.add(new Token(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant(),
                            revoked == null ? null : revoked.toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw archive.failure("the tokens cannot be read", e);
        }
    }

    /** Revokes token {@code id}; false when there is no live token with that id. */
    public boolean revoke(long id, Instant at) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("UPDATE api_tokens SET revoked_at = ?"
                + " WHERE id = ? AND revoked_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setLong(2, id);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw archive.failure("token " + id + " cannot be revoked", e);
        }
    }
}
