package educheck.web;

import educheck.store.ArchiveException;
import educheck.store.WebSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Browser sessions: a random token in an HttpOnly cookie names one, and each carries its own CSRF token for the
 * forms. A visitor (not signed in) needs no row anywhere: its CSRF token is the HMAC of its cookie under a key every
 * server shares, so a sign-in form served by one server is accepted by another. A signed-in session is kept in the
 * archive (by its cookie's sha256), so every server behind the proxy knows it and signing out ends it everywhere;
 * signing in replaces the visitor's token, so one planted before sign-in is worth nothing after.
 */
final class Sessions {

    /** A session; {@code user} and {@code role} are null until signed in, {@code role} is the account's role now. */
    record Session(String token, String csrf, String user, Role role, Instant expires) {
        boolean signedIn() {
            return user != null;
        }
    }

    static final Duration SIGNED_IN = Duration.ofHours(8);
    private static final String VISITOR = "v.";
    private static final String SIGNED = "s.";

    private final WebSessions store;
    private final Clock clock;
    private volatile String visitorKey;

    Sessions(WebSessions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Optional<Session> find(String token) throws ArchiveException {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        if (token.startsWith(VISITOR)) {
            return Optional.of(new Session(token, Secrets.hmac(visitorKey(), token), null, null, null));
        }
        if (!token.startsWith(SIGNED)) {
            return Optional.empty();
        }
        Optional<WebSessions.Session> stored = store.find(Secrets.sha256(token));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        WebSessions.Session s = stored.get();
        Optional<Role> role = Role.parse(s.role());
        if (s.expires().isBefore(clock.instant()) || role.isEmpty()) {
            store.delete(Secrets.sha256(token));
            return Optional.empty();
        }
        return Optional.of(new Session(token, s.csrf(), s.user(), role.get(), s.expires()));
    }

    Session visitor() throws ArchiveException {
        String token = VISITOR + Secrets.random();
        return new Session(token, Secrets.hmac(visitorKey(), token), null, null, null);
    }

    Session signIn(Session old, String user, Role role) throws ArchiveException {
        if (old != null) {
            end(old);
        }
        Instant now = clock.instant();
        Session s = new Session(SIGNED + Secrets.random(), Secrets.random(), user, role, now.plus(SIGNED_IN));
        store.insert(Secrets.sha256(s.token()), user, s.csrf(), now, s.expires());
        return s;
    }

    void end(Session s) throws ArchiveException {
        if (s.signedIn()) {
            store.delete(Secrets.sha256(s.token()));
        }
    }

    /** Ends every session of a user whose account was removed or changed. */
    void endAllOf(String user) throws ArchiveException {
        store.deleteAllOf(user);
    }

    private String visitorKey() throws ArchiveException {
        String key = visitorKey;
        if (key == null) {
            key = store.siteKey("visitor");
            visitorKey = key;
        }
        return key;
    }
}
