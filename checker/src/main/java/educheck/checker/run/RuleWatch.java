package educheck.checker.run;


import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.drools.core.common.ReteEvaluator;
import org.kie.api.command.ExecutableCommand;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.command.RegistryContext;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * Follows one session's firings through the engine's own match-fire events: which rule is firing now (read by the
 * watchdog when the time runs out) and how many have fired. A session that goes over its firings, or over its time
 * while still firing, is stopped from here at the next firing, which frees its thread.
 *
 * <p>It listens as a {@link RuleEventListener}, called straight before and after each consequence, rather than as an
 * agenda listener: with an agenda listener the engine makes an event object for every match created, cancelled and
 * fired, which cost about 14 % of a district's session (docs/benchmarks.md, Rule safety). For the same reason the
 * clock is read once in {@value #CLOCK_EVERY} firings, not at each: a district makes about 1,600.
 */
final class RuleWatch implements RuleEventListener {

    /** Firings between looks at the clock. */
    private static final int CLOCK_EVERY = 256;

    private static final VarHandle CURRENT;
    private static final VarHandle FIRING;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CURRENT = lookup.findVarHandle(RuleWatch.class, "current", Match.class);
            FIRING = lookup.findVarHandle(RuleWatch.class, "firing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RuleBudget budget;
    private final long start;
    private final long deadline;
    private int firings;
    /**
     * The match firing now or last, and whether its consequence is running. Written by the session's thread with
     * opaque stores (plain stores on this hardware, but never hidden from the watchdog, which reads them the same way).
     */
    @SuppressWarnings("unused")
    private Match current;
    @SuppressWarnings("unused")
    private boolean firing;

    /** A watch on a session starting now. */
    RuleWatch(RuleBudget budget) {
        this.budget = budget;
        this.start = System.nanoTime();
        this.deadline = start + budget.time().toNanos();
    }

    /** The command that puts this watch on the session it runs in; the first of the session's batch. */
    ExecutableCommand<Void> command() {
        return context -> {
            KieSession session = ((RegistryContext) context).lookup(KieSession.class);
            ((ReteEvaluator) session).getRuleEventSupport().addEventListener(this);
            return null;
        };
    }

    @Override
    public void onBeforeMatchFire(Match match) {
        if (++firings > budget.firings()) {
            throw new BudgetExceeded(BudgetExceeded.Kind.FIRINGS, match.getRule(), match, System.nanoTime() - start, budget);
        }
        if (firings % CLOCK_EVERY == 0 && pastDeadline(System.nanoTime())) {
            throw new BudgetExceeded(BudgetExceeded.Kind.TIME, match.getRule(), match, System.nanoTime() - start, budget);
        }
        CURRENT.setOpaque(this, match);
        FIRING.setOpaque(this, true);
    }

    @Override
    public void onAfterMatchFire(Match match) {
        FIRING.setOpaque(this, false);
    }

    boolean pastDeadline(long now) {
        return now - deadline > 0;
    }

    /** What the watchdog reports when the time ran out: the rule firing then, or the last one to fire. */
    BudgetExceeded timedOut() {
        long spent = System.nanoTime() - start;
        Match match = (Match) CURRENT.getOpaque(this);
        if (match != null && (boolean) FIRING.getOpaque(this)) {
            return new BudgetExceeded(BudgetExceeded.Kind.TIME, match.getRule(), match, spent, budget);
        }
        Rule last = match == null ? null : match.getRule();
        return new BudgetExceeded(BudgetExceeded.Kind.TIME_MATCHING, last, null, spent, budget);
    }
}
