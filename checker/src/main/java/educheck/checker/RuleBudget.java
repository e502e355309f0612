package educheck.checker;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.kie.api.runtime.StatelessKieSession;

/**
 * How long one session (a district's, a roll-up's, a fixture district's) may run, and how many rule firings it may
 * make, before it is given up with an ERROR finding naming the rule. Rule files are untrusted input: a consequence
 * that loops for ever must cost a district, not the run.
 *
 * <p>A {@code while (true) { }} cannot be interrupted, so every session runs on a session thread ({@link
 * SessionThreads}, one per core) that the caller waits for, up to the budget, and walks away from when it is spent.
 * The abandoned thread is a daemon (it does not keep the process alive) and the pool gets another in its place, so it
 * keeps its size.
 *
 * @param time    the longest a session may run
 * @param firings the most rule firings in one session: a rule that re-activates itself through {@code update} or
 *                {@code insert} for ever is stopped here, before it fills the heap
 */
public record RuleBudget(Duration time, int firings) {

    /** Ten seconds and half a million firings: a large real district takes some milliseconds and a few thousand. */
    public static final RuleBudget DEFAULT = new RuleBudget(Duration.ofSeconds(10), 500_000);

    /** The threads sessions run on: one per core, so a check's session finds a warm thread waiting. */
    private static final SessionThreads SESSIONS = new SessionThreads(Runtime.getRuntime().availableProcessors());

    public RuleBudget {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the time budget must be more than 0 seconds");
        }
        if (firings < 1) {
            throw new IllegalArgumentException("the firing budget must be 1 or more");
        }
    }

    /** The default budget with {@code seconds} of time (the {@code --rule-timeout} option). */
    public static RuleBudget seconds(double seconds) {
        if (!(seconds > 0) || seconds > 86_400) {
            throw new IllegalArgumentException("give a number of seconds above 0 and at most 86400, such as 10 or 0.5");
        }
        return DEFAULT.withTime(Duration.ofNanos((long) (seconds * 1e9)));
    }

    public RuleBudget withTime(Duration time) {
        return new RuleBudget(time, firings);
    }

    public RuleBudget withFirings(int firings) {
        return new RuleBudget(time, firings);
    }

    /** The time budget as people read it: {@code 10 s}, {@code 0.5 s}. */
    public String describeTime() {
        return formatSeconds(time.toNanos());
    }

    static String formatSeconds(long nanos) {
        double s = nanos / 1e9;
        return (s == Math.rint(s) ? String.format(Locale.ROOT, "%.0f", s) : String.format(Locale.ROOT, "%.1f", s)) + " s";
    }

    /**
     * Runs {@code work}, which executes {@code session}, on a session thread within this budget.
     *
     * @throws BudgetExceeded when the time or the firings run out, naming the rule that was firing
     */
    <T> T run(StatelessKieSession session, Supplier<T> work) {
        // The watch is on the session before it runs; it learns its start on the session's own thread.
        RuleWatch watch = new RuleWatch(this);
        session.addEventListener(watch);
        SessionThreads.Session<T> running = SESSIONS.submit(watch::begin, work);
        long start;
        try {
            // Waiting for a free session thread is not charged to the district: its budget starts when it runs.
            start = running.started();
        } catch (InterruptedException e) {
            running.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        }
        try {
            return running.result(time.toNanos() - (System.nanoTime() - start));
        } catch (TimeoutException e) {
            // Interrupting does not stop a busy loop; the thread is left to it, and the pool gets another in its place.
            SESSIONS.abandon(running);
            throw watch.timedOut();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            running.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    /**
     * The CPU time the live session threads have used, in nanoseconds. Sessions run there, not on the caller's
     * thread, so a benchmark that times a check by its own thread's CPU clock adds this.
     */
    public static long sessionCpuNanos() {
        return SESSIONS.cpuNanos();
    }
}
