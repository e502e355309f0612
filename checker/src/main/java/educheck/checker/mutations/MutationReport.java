package educheck.checker.mutations;

import educheck.checker.fixtures.FixtureResult;
import java.util.List;

/**
 * What {@code rules test --mutations} found: each mutant killed (by which fixture) or survived, and the totals.
 *
 * @param outcomes       every mutant's outcome, in the order the rules are written
 * @param failing        fixtures that fail with the rules as written; when any does, no mutant was run
 * @param made           mutants made
 * @param fixtures       fixtures in the rule set
 * @param nanos          how long the whole took (wall clock)
 */
public record MutationReport(List<Outcome> outcomes, List<FixtureResult> failing, int made, int fixtures, long nanos) {

    /**
     * One mutant's fate.
     *
     * @param killedBy the fixture that noticed it, or null when it survived
     * @param failure  that fixture's first disagreement (expected … got …), or null
     * @param ran      how many fixtures it was run against (those its rule makes findings in)
     */
    public record Outcome(RuleMutant mutant, String killedBy, String failure, int ran) {

        public boolean survived() {
            return killedBy == null;
        }
    }

    static MutationReport of(List<Outcome> outcomes, int fixtures, long nanos) {
        return new MutationReport(List.copyOf(outcomes), List.of(), outcomes.size(), fixtures, nanos);
    }

    static MutationReport notRun(List<FixtureResult> failing, int made, long nanos) {
        return new MutationReport(List.of(), List.copyOf(failing), made, 0, nanos);
    }

    /** Whether the mutants were run (every fixture passes with the rules as written). */
    public boolean ran() {
        return failing.isEmpty();
    }

    public List<Outcome> survivors() {
        return outcomes.stream().filter(Outcome::survived).toList();
    }

    public long killed() {
        return outcomes.stream().filter(o -> !o.survived()).count();
    }

    /** The seconds taken, for the summary line. */
    public double seconds() {
        return nanos / 1e9;
    }
}
