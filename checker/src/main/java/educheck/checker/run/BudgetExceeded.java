package educheck.checker.run;

import educheck.checker.load.SessionStop;
import java.util.Locale;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * A session ran out of its {@link RuleBudget}: the rule to blame (the one firing, or for {@link Kind#TIME_MATCHING}
 * the last one that fired, possibly none) and how long it had run.
 */
final class BudgetExceeded extends SessionStop {

    enum Kind {
        /** The time ran out while a rule's consequence was running. */
        TIME,
        /** The time ran out between firings: in the conditions (a function called from one, say). */
        TIME_MATCHING,
        /** Too many firings: a rule that re-activates itself. */
        FIRINGS
    }

    private final Kind kind;
    private final transient Rule rule;
    private final transient Match match;
    private final long sessionNanos;
    private final RuleBudget budget;

    BudgetExceeded(Kind kind, Rule rule, Match match, long sessionNanos, RuleBudget budget) {
        super(kind.name());
        this.kind = kind;
        this.rule = rule;
        this.match = match;
        this.sessionNanos = sessionNanos;
        this.budget = budget;
    }

    Kind kind() {
        return kind;
    }

    /** The rule to blame, or null when none had fired. */
    Rule rule() {
        return rule;
    }

    /** The match firing when the budget ran out, or null. */
    Match match() {
        return match;
    }

    /**
     * The plain explanation, for {@code what} (a district's code, or a roll-up's jurisdiction and year), without the
     * rule's name in front when it is null.
     */
    String explain(String what) {
        String budgetTime = budget.describeTime();
        return switch (kind) {
            case FIRINGS -> "rule \"" + rule.getName() + "\" was about to fire after " + String.format(Locale.ROOT, "%,d",
                    budget.firings()) + " rule firings in the check of " + what + ", the most one check may make, so the"
                    + " check was stopped: a rule that changes or inserts the facts it matches re-activates itself without"
                    + " end; add a condition that its own change makes false";
            case TIME -> "rule \"" + rule.getName() + "\" was still running when the check of " + what + " reached its time"
                    + " budget of " + budgetTime + " (it had run " + RuleBudget.formatSeconds(sessionNanos) + "), so the"
                    + " check was stopped: look for a loop in its consequence that never ends";
            case TIME_MATCHING -> "the check of " + what + " reached its time budget of " + budgetTime + " while the rules'"
                    + " conditions were being matched" + (rule == null ? ", before any rule fired" : " (the last rule to fire was \""
                    + rule.getName() + "\")") + ", so the check was stopped: look for a function called from a condition"
                    + " that never returns";
        };
    }

    /** Seconds the session had run, for tests and messages. */
    long sessionNanos() {
        return sessionNanos;
    }

    /** The budget that ran out. */
    RuleBudget budget() {
        return budget;
    }

    /** The exception itself or the first of its causes that is a {@code BudgetExceeded}, or null. */
    static BudgetExceeded in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BudgetExceeded b) {
                return b;
            }
        }
        return null;
    }
}
