package educheck.checker;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Follows one session's firings through the engine's own match events: which rule is firing now and since when
 * (read by the waiting thread when the time runs out), and how many have fired. A session that goes over its
 * firings, or over its time while still firing, is stopped from here at the next firing, which frees its thread.
 */
final class RuleWatch extends DefaultAgendaEventListener {

    private final RuleBudget budget;
    /** When the session started on its thread; written there before any rule fires, read when the time runs out. */
    private volatile long start;
    private long deadline;
    private int firings;
    /** The match firing now, null between firings; written by the session thread, read by the waiting one. */
    private volatile Match current;
    private volatile long currentSince;
    private volatile Rule lastFired;

    RuleWatch(RuleBudget budget) {
        this.budget = budget;
    }

    /** The session starts now ({@link System#nanoTime}), on the thread it runs on. */
    void begin(long now) {
        start = now;
        deadline = now + budget.time().toNanos();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        long now = System.nanoTime();
        if (++firings > budget.firings()) {
            throw new BudgetExceeded(BudgetExceeded.Kind.FIRINGS, match.getRule(), match, now - start, 0, budget);
        }
        if (now - deadline > 0) {
            throw new BudgetExceeded(BudgetExceeded.Kind.TIME, match.getRule(), match, now - start, 0, budget);
        }
        currentSince = now;
        current = match;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
        lastFired = event.getMatch().getRule();
    }

    /** What the waiting thread reports when the time ran out: the rule firing then, or the last one to fire. */
    BudgetExceeded timedOut() {
        long now = System.nanoTime();
        Match match = current;
        if (match != null) {
            return new BudgetExceeded(BudgetExceeded.Kind.TIME, match.getRule(), match, now - start, now - currentSince, budget);
        }
        return new BudgetExceeded(BudgetExceeded.Kind.TIME_MATCHING, lastFired, null, now - start, 0, budget);
    }
}
