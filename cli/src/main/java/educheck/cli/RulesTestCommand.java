package educheck.cli;

import educheck.checker.DistrictChecker;
import educheck.checker.RuleBudget;
import educheck.checker.RuleInfo;
import educheck.checker.RuleSet;
import educheck.checker.RuleSetException;
import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import educheck.checker.fixtures.FixtureSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "test", description = "Run every fixture (JURISDICTION/fixtures/NAME.xml against NAME.expected) and"
        + " show each disagreement as expected-vs-got; exit 1 on any, 3 if the rules do not compile.")
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

    @Override
    public Integer call() throws IOException, RuleSetException {
        PrintStream out = rules.parent.out;
        RuleBudget budget = timeout.budget(spec);
        RuleSet ruleSet = RuleSource.load(folder.dir, rules.parent.err, trust.trust());
        FixtureRunner runner = new FixtureRunner(new DistrictChecker(ruleSet).withBudget(budget));
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
        return summary.failed() > 0 ? ExitCodes.FAIL : ExitCodes.PASS;
    }
}
