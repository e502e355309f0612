package educheck.checker.run;


import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kie.api.command.BatchExecutionCommand;
import org.kie.api.command.Command;
import org.kie.internal.command.CommandFactory;

/**
 * How long one session (a district's, a roll-up's, a fixture district's) may run, and how many rule firings it may
 * make, before it is given up with an ERROR finding naming the rule. Rule files are untrusted input: a consequence
 * that loops for ever must cost a district, not the run.
 *
 * <p>A {@code while (true) { }} cannot be interrupted, so every session runs on a session thread ({@link
 * SessionThreads}): a check's workers are such threads, and any other caller hands its session to one and waits. A
 * watchdog answers for a session past its time and leaves its thread to it; the thread is a daemon (it does not keep
 * the process alive) and its pool gets another in its place, so it keeps its size.
 *
 * @param time    the longest a session may run
 * @param firings the most rule firings in one session: a rule that re-activates itself through {@code update} or
 *                {@code insert} for ever is stopped here, before it fills the heap
 */
public record RuleBudget(Duration time, int firings) {

    /** Ten seconds and half a million firings: a large real district takes some milliseconds and a few thousand. */
    public static final RuleBudget DEFAULT = new RuleBudget(Duration.ofSeconds(10), 500_000);

    /** Where a session is run for a caller that is not on a session thread itself: one thread per core. */
    private static final SessionThreads SHARED = new SessionThreads(Runtime.getRuntime().availableProcessors(), "educheck-session");

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
     * Runs {@code commands} as one batch through {@code work} (which executes it on a session, within whatever set-up
     * the session needs) under this budget. On one of the {@link SessionThreads} it runs right here, watched from
     * outside; on any other thread, which could not be left to a session that never ends, it is handed to one of
     * the shared session threads and waited for.
     *
     * @throws BudgetExceeded when the time or the firings run out, naming the rule that was firing
     */
    <T> T run(List<Command<?>> commands, Function<BatchExecutionCommand, T> work) {
        SessionThreads.Job<?> job = SessionThreads.current();
        if (job == null) {
            return handedOff(() -> run(commands, work));
        }
        RuleWatch watch = new RuleWatch(this);
        List<Command<?>> batch = new ArrayList<>(commands.size() + 1);
        batch.add(watch.command());
        batch.addAll(commands);
        job.running(watch);
        try {
            return work.apply(CommandFactory.newBatchExecution(batch));
        } finally {
            job.running(null);
            if (job.abandoned()) {
                // The watchdog has answered for this job; whatever it goes on to do is not wanted.
                throw watch.timedOut();
            }
        }
    }

    private static <T> T handedOff(Supplier<T> work) {
        try {
            return SHARED.submit(work).get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
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
}
