package educheck.checker;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.kie.api.runtime.StatelessKieSession;

/**
 * How long one session (a district's, a roll-up's, a fixture district's) may run, and how many rule firings it may
 * make, before it is given up with an ERROR finding naming the rule. Rule files are untrusted input: a consequence
 * that loops for ever must cost a district, not the run.
 *
 * <p>A {@code while (true) { }} cannot be interrupted, so every session runs on a thread of its own that the caller
 * waits for, up to the budget, and walks away from when it is spent. The abandoned thread is a daemon (it does not
 * keep the process alive) and the next session gets a fresh one, so the callers' pool keeps its size.
 *
 * @param time    the longest a session may run
 * @param firings the most rule firings in one session: a rule that re-activates itself through {@code update} or
 *                {@code insert} for ever is stopped here, before it fills the heap
 */
public record RuleBudget(Duration time, int firings) {

    /** Ten seconds and half a million firings: a large real district takes some milliseconds and a few thousand. */
    public static final RuleBudget DEFAULT = new RuleBudget(Duration.ofSeconds(10), 500_000);

    /** Session threads: made on demand, a daemon each, idle ones ended after a while; a stuck one is left behind. */
    private static final ExecutorService SESSIONS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), daemons());

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
        long start = System.nanoTime();
        RuleWatch watch = new RuleWatch(this, start);
        session.addEventListener(watch);
        Future<T> future = SESSIONS.submit(work::get);
        try {
            return future.get(time.toNanos() - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Interrupting does not stop a busy loop, but lets a session that waits or sleeps end.
            future.cancel(true);
            throw watch.timedOut();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
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

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "educheck-session-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
