package educheck.web;

import educheck.store.ArchiveException;
import educheck.store.SignInFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down whoever guesses passwords, counted per account and per client address in the archive (so every server
 * counts the same): a few failures are free, then each further one makes the next try wait twice as long (1 s, 2 s,
 * 4 s … at most {@link #LONGEST}); a try while waiting is answered 429 with Retry-After and costs no password hash.
 * The owner is never locked out for good: the wait is bounded, a success clears the account's count, and failures
 * older than {@link #FORGET} are forgotten. Every sign-in, right or wrong, is an audit line.
 */
final class SignInThrottle {

    /** An account's free failures: its owner mistyping. */
    static final int ACCOUNT_FREE = 5;
    /** An address's free failures: an office behind one address has many people. */
    static final int ADDRESS_FREE = 20;
    static final Duration LONGEST = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofHours(1);

    static final Logger AUDIT = LoggerFactory.getLogger("educheck.web.signin");

    private final SignInFailures failures;
    private final Clock clock;

    SignInThrottle(SignInFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** Seconds to wait before a try for {@code account} (null: no account named) from {@code address} is heard; 0: now. */
    long waitSeconds(String account, String address) throws ArchiveException {
        Instant now = clock.instant();
        long wait = 0;
        for (String key : keys(account, address)) {
            Optional<SignInFailures.Count> c = failures.of(key);
            if (c.isPresent() && c.get().blockedUntil() != null && c.get().blockedUntil().isAfter(now)) {
                wait = Math.max(wait, (Duration.between(now, c.get().blockedUntil()).toMillis() + 999) / 1000);
            }
        }
        return wait;
    }

    void failed(String account, String address, String via) throws ArchiveException {
        Instant now = clock.instant();
        int ofAccount = account == null ? 0
                : failures.add(accountKey(account), now, FORGET, n -> wait(n, ACCOUNT_FREE)).failures();
        int ofAddress = failures.add(addressKey(address), now, FORGET, n -> wait(n, ADDRESS_FREE)).failures();
        AUDIT.warn("sign-in failed: account={} address={} via={} (failures: {} of the account, {} of the address)",
                RequestLog.printable(account), address, via, ofAccount, ofAddress);
    }

    void succeeded(String account, String address, String via) throws ArchiveException {
        // Only the account's count: clearing the address's would let a guesser with an account of their own start
        // again between guesses at others.
        failures.clear(accountKey(account));
        AUDIT.info("sign-in: account={} address={} via={}", RequestLog.printable(account), address, via);
    }

    /** A refused try, as 429 with when to try again (JSON under /api/, the seconds on the page elsewhere). */
    static Refusal tooMany(io.javalin.http.Context ctx, long seconds) {
        ctx.header("Retry-After", String.valueOf(seconds));
        return ctx.path().startsWith("/api/") ? new Refusal(429, "error.tooManyTries")
                : new Refusal(429, "error.tooManyTries", java.util.List.of(String.valueOf(seconds)));
    }

    /** The wait after {@code n} failures: none while free, then 1 s doubling up to {@link #LONGEST}. */
    static Duration wait(int n, int free) {
        if (n <= free) {
            return null;
        }
        int doublings = Math.min(30, n - free - 1);
        return Duration.ofSeconds(Math.min(LONGEST.toSeconds(), 1L << doublings));
    }

    private static java.util.List<String> keys(String account, String address) {
        return account == null ? java.util.List.of(addressKey(address)) : java.util.List.of(accountKey(account), addressKey(address));
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
