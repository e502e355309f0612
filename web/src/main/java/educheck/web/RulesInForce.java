package educheck.web;

import educheck.checker.DistrictChecker;
import educheck.checker.RuleBudget;
import educheck.checker.RuleCompiler;
import educheck.checker.RuleFiles;
import educheck.checker.RuleListing;
import educheck.checker.RuleSet;
import educheck.checker.RuleSetException;
import educheck.checker.report.RunInfo;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set the server judges uploads by and shows in its catalogue. A newly published version is compiled on a
 * thread of its own, then swapped in at once for both: a check already under way finishes with the rules it started
 * with, the next upload is judged by the new version.
 */
final class RulesInForce implements AutoCloseable {

    /**
     * One rule set in force.
     *
     * @param version its published version in the archive, or null when it has none (a folder given with --rules)
     */
    record State(RuleSet rules, Integer version, RunInfo info, DistrictChecker checker, List<RuleListing.Row> rows) {
    }

    private final AtomicReference<State> current = new AtomicReference<>();
    private final RuleBudget budget;
    private final ExecutorService compiler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "educheck-web-rules");
        t.setDaemon(true);
        return t;
    });

    RulesInForce(RuleSet rules, Integer version, RuleBudget budget) {
        this.budget = budget;
        current.set(state(rules, version));
    }

    State current() {
        return current.get();
    }

    private State state(RuleSet rules, Integer version) {
        return new State(rules, version, RunInfo.of(rules).withVersion(version), new DistrictChecker(rules).withBudget(budget),
                RuleListing.of(rules, null));
    }

    /**
     * Compiles {@code files}, published as {@code version}, off the request thread (they were compiled for the review,
     * so this is usually the cache), and puts them in force. The future fails when they no longer compile.
     */
    Future<?> publish(RuleFiles files, int version) {
        return compiler.submit(() -> {
            try {
                // Reports name a published version's origin "archive", as `check --rules-version N` does.
                RuleSet rules = RuleSet.load(RuleFiles.of(files.all(), "archive"), RuleCompiler.standard());
                current.set(state(rules, version));
            } catch (RuleSetException e) {
                System.err.println("educheck serve: published rule set version " + version + " cannot be put in force: "
                        + e.getMessage());
                throw new IllegalStateException(e.getMessage(), e);
            }
            return null;
        });
    }

    @Override
    public void close() {
        compiler.shutdownNow();
    }
}
