package educheck.checker.mutations;

import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.run.SessionThreads;
import educheck.checker.drafts.RuleDiff;
import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs the fixtures of a rule set against each mutant of its rules ({@link RuleMutants}): a mutant that makes some
 * fixture fail is killed; one that no fixture notices survives, and shows a number, comparator, due year, force or
 * status that no fixture pins.
 *
 * <p>The rules are compiled once: a mutant changes how one rule's metadata (or one status it writes) is read while
 * the fixtures run. It is run against the fixtures in which its rule made a finding, with the rules as written; in
 * any other fixture the rule's findings, and so everything read from them, are the same under the mutant, so no
 * other fixture could notice it. Mutants run side by side, one per session thread ({@link SessionThreads}).
 */
public final class MutationTest {

    private final DistrictChecker checker;
    private final int threads;

    /** @param threads how many mutants run at once */
    public MutationTest(DistrictChecker checker, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.checker = checker;
        this.threads = threads;
    }

    /**
     * Runs every fixture with the rules as written, then each mutant against the fixtures its rule fires in. When
     * some fixture fails with the rules as written nothing is mutated: a mutant cannot be told from that failure.
     */
    public MutationReport run(List<RuleMutant> mutants) {
        long start = System.nanoTime();
        return run(mutants, new FixtureRunner(checker).runAll(), start);
    }

    /**
     * The mutants of the rules that differ from {@code before} (new, or their text changed: {@link
     * RuleDiff#changedRules}), given the fixtures' results with the rules as written ({@code plain}, already run).
     */
    public MutationReport runChanged(RuleFiles before, List<FixtureResult> plain) {
        long start = System.nanoTime();
        return run(RuleMutants.of(checker.rules(), RuleDiff.changedRules(before, checker.rules())), plain, start);
    }

    private MutationReport run(List<RuleMutant> mutants, List<FixtureResult> plain, long start) {
        List<FixtureResult> failing = plain.stream().filter(r -> !r.passed()).toList();
        if (!failing.isEmpty()) {
            return MutationReport.notRun(failing, mutants.size(), System.nanoTime() - start);
        }
        // The fixtures whose expectations name the rule's findings first: they are the likeliest to notice.
        Map<String, List<String>> firedIn = new LinkedHashMap<>();
        for (boolean named : new boolean[] {true, false}) {
            for (FixtureResult r : plain) {
                r.fired().stream().filter(rule -> r.exercised().contains(rule) == named)
                        .forEach(rule -> firedIn.computeIfAbsent(rule, k -> new ArrayList<>()).add(r.fixture()));
            }
        }
        List<MutationReport.Outcome> outcomes = new ArrayList<>();
        // Session threads: each mutant's sessions run on its own thread, watched, rather than handed to another.
        SessionThreads pool = new SessionThreads(threads, "educheck-mutant");
        try {
            List<CompletableFuture<MutationReport.Outcome>> running = new ArrayList<>();
            for (RuleMutant m : mutants) {
                List<String> fixtures = firedIn.getOrDefault(m.ruleKey(), List.of());
                running.add(pool.submit(() -> run(m, fixtures)));
            }
            for (CompletableFuture<MutationReport.Outcome> f : running) {
                outcomes.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running mutants", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return MutationReport.of(outcomes, plain.size(), System.nanoTime() - start);
    }

    /** The first fixture that notices {@code m}, or a survivor after all of them. */
    private MutationReport.Outcome run(RuleMutant m, List<String> fixtures) {
        FixtureRunner runner = new FixtureRunner(checker.withMutant(m.mutant()));
        for (String fixture : fixtures) {
            FixtureResult r = runner.run(fixture);
            if (!r.passed()) {
                return new MutationReport.Outcome(m, fixture, r.failures().get(0), fixtures.size());
            }
        }
        return new MutationReport.Outcome(m, null, null, fixtures.size());
    }
}
