package educheck.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions, held in memory: a random token in an HttpOnly cookie names one, and each carries its own CSRF
 * token for the forms. A visitor gets a session before signing in (the sign-in form needs a CSRF token too); signing
 * in replaces it with a new one, so a token planted before sign-in is worth nothing after.
 */
final class Sessions {

    /** A visitor's session; {@code user} is null until signed in. */
    record Session(String token, String csrf, String user, Role role, Instant expires) {
        boolean signedIn() {
            return user != null;
        }
    }

    static final Duration SIGNED_IN = Duration.ofHours(8);
    static final Duration VISITOR = Duration.ofMinutes(30);
    /** Past this many sessions the oldest go first: a flood of cookie-less requests cannot fill the heap. */
    private static final int MAX = 20_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();

    Optional<Session> find(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Session s = byToken.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (s.expires().isBefore(Instant.now())) {
            byToken.remove(token);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    Session visitor() {
        return add(new Session(random(), random(), null, null, Instant.now().plus(VISITOR)));
    }

    Session signIn(Session old, String user, Role role) {
        if (old != null) {
            byToken.remove(old.token());
        }
        return add(new Session(random(), random(), user, role, Instant.now().plus(SIGNED_IN)));
    }

    void end(Session s) {
        byToken.remove(s.token());
    }

    /** Ends every session of a user whose account was removed or changed. */
    void endAllOf(String user) {
        byToken.values().removeIf(s -> user.equals(s.user()));
    }

    private Session add(Session s) {
        if (byToken.size() >= MAX) {
            Instant now = Instant.now();
            byToken.values().removeIf(x -> x.expires().isBefore(now));
            if (byToken.size() >= MAX) {
                byToken.values().stream().filter(x -> !x.signedIn()).min(Comparator.comparing(Session::expires))
                        .ifPresent(x -> byToken.remove(x.token()));
            }
        }
        byToken.put(s.token(), s);
        return s;
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
