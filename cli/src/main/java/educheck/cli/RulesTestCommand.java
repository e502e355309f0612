package educheck.cli;

import educheck.checker.run.DistrictChecker;
import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import educheck.checker.fixtures.FixtureSummary;
import educheck.checker.mutations.MutationReport;
import educheck.checker.mutations.MutationTest;
import educheck.checker.mutations.RuleMutants;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "test", description = "Run every fixture (JURISDICTION/fixtures/NAME.xml against NAME.expected) and"
        + " show each disagreement as expected-vs-got; exit 1 on any, 3 if the rules do not compile. With --mutations,"
        + " also run them against the small wrong versions of every rule (a threshold a step off, a comparator strict or"
        + " loose, a due year a year off, the force misread, a status swapped) and list each one no fixture notices;"
        + " exit 1 when any survives.")
final class RulesTestCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Mixin
    RulesFolder folder;

    @Mixin
    RuleOptions.Timeout timeout;

    @Mixin
    RuleOptions.Trust trust;

    @Spec
    CommandSpec spec;

    @Option(names = "--mutations", description = "Also show which thresholds, comparators, due years, forces and statuses"
            + " the fixtures pin: each rule read a little wrong, the fixtures run against it; exit 1 when one survives.")
    boolean mutations;

    @Option(names = "--threads", paramLabel = "N", description = "With --mutations: run N mutants at once (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws IOException, RuleSetException {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: give 1 or more");
        }
        PrintStream out = rules.parent.out;
        RuleBudget budget = timeout.budget(spec);
        RuleSet ruleSet = RuleSource.load(folder.dir, rules.parent.err, trust.trust());
        DistrictChecker checker = new DistrictChecker(ruleSet).withBudget(budget);
        FixtureRunner runner = new FixtureRunner(checker);
        FixtureSummary summary = FixtureSummary.of(ruleSet, runner.runAll());
        for (FixtureResult r : summary.results()) {
            if (r.passed()) {
                out.printf("ok    %s (%d expectations)%n", r.fixture(), r.checked());
            } else {
                out.printf("FAIL  %s%n", r.fixture());
                r.failures().forEach(f -> out.printf("        %s%n", f));
            }
        }
        out.printf("%d passed, %d failed%n", summary.passed(), summary.failed());
        int total = ruleSet.ruleCount();
        if (summary.unexercised().isEmpty()) {
            out.printf("coverage: every rule (%d) is exercised by a fixture%n", total);
        } else {
            out.printf("coverage: %d of %d rules exercised; no fixture exercises:%n", total - summary.unexercised().size(), total);
            for (RuleInfo r : summary.unexercised()) {
                out.printf("  %s  \"%s\"%n", r.location(), r.name());
            }
        }
        if (summary.failed() > 0) {
            if (mutations) {
                out.println("mutations: not run, since fixtures fail with the rules as written");
            }
            return ExitCodes.FAIL;
        }
        if (mutations) {
            MutationReport report = new MutationTest(checker, threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                    .run(RuleMutants.of(ruleSet));
            Survivors.print(out, report);
            return report.survivors().isEmpty() && report.ran() ? ExitCodes.PASS : ExitCodes.FAIL;
        }
        return ExitCodes.PASS;
    }
}
