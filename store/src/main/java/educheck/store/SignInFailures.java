package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Wrong passwords counted by key (an account, a client address), in the archive so every server on it counts the
 * same (table signin_failures, V11). The web decides what a count means; this only counts, atomically.
 */
public final class SignInFailures {

    /** A key's count: how many failures since it last started again, and until when the next try is not heard. */
    public record Count(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    private final Archive archive;

    public SignInFailures(Archive archive) {
        this.archive = archive;
    }

    public Optional<Count> of(String key) throws ArchiveException {
        try (Connection c = archive.connection()) {
            return read(c, key);
        } catch (SQLException e) {
            throw archive.failure("the sign-in failures cannot be read", e);
        }
    }

    /**
     * Counts one more failure of {@code key} at {@code now}, starting again from one when the last was longer than
     * {@code forgetAfter} ago, and blocks the key until {@code now} plus {@code block} of the new count (null: not
     * blocked). Two servers counting the same key at once both count.
     */
    public Count add(String key, Instant now, Duration forgetAfter, IntFunction<Duration> block) throws ArchiveException {
        try (Connection c = archive.connection()) {
            return Sql.transaction(c, t -> {
                if (increment(t, key, now, forgetAfter) == 0) {
                    try (PreparedStatement s = t.prepareStatement("INSERT INTO signin_failures (throttle_key, failures, last_failure_at)"
                            + " VALUES (?, 1, ?)")) {
                        s.setString(1, key);
                        s.setTimestamp(2, Timestamp.from(now));
                        s.executeUpdate();
                    } catch (SQLException raced) {
                        // Another server inserted the key first: count on its row.
                        t.rollback();
                        increment(t, key, now, forgetAfter);
                    }
                }
                Count count = read(t, key).orElseThrow();
                Duration wait = block.apply(count.failures());
                Instant until = wait == null ? null : now.plus(wait);
                try (PreparedStatement s = t.prepareStatement("UPDATE signin_failures SET blocked_until = ? WHERE throttle_key = ?")) {
                    s.setTimestamp(1, until == null ? null : Timestamp.from(until));
                    s.setString(2, key);
                    s.executeUpdate();
                }
                return new Count(count.failures(), now, until);
            });
        } catch (SQLException e) {
            throw archive.failure("a sign-in failure cannot be counted", e);
        }
    }

    /** Forgets the failures of {@code key} (its owner signed in). */
    public void clear(String key) throws ArchiveException {
        try (Connection c = archive.connection(); PreparedStatement s = c.prepareStatement("DELETE FROM signin_failures WHERE throttle_key = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw archive.failure("the sign-in failures cannot be cleared", e);
        }
    }

    private static int increment(Connection c, String key, Instant now, Duration forgetAfter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE signin_failures SET failures = CASE WHEN last_failure_at < ? THEN 1"
                + " ELSE failures + 1 END, last_failure_at = ? WHERE throttle_key = ?")) {
            s.setTimestamp(1, Timestamp.from(now.minus(forgetAfter)));
            s.setTimestamp(2, Timestamp.from(now));
            s.setString(3, key);
            return s.executeUpdate();
        }
    }

    private static Optional<Count> read(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT failures, last_failure_at, blocked_until FROM signin_failures WHERE throttle_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp until = r.getTimestamp(3);
                return Optional.of(new Count(r.getInt(1), r.getTimestamp(2).toInstant(), until == null ? null : until.toInstant()));
            }
        }
    }
}
