package educheck.cli;

import educheck.checker.RuleListing;
import educheck.checker.RuleSet;
import educheck.checker.RuleSetException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the rules: ID, jurisdiction, scope, threshold, due year, file:line and"
        + " source, to find the rule to change.")
final class RulesListCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesFolder folder;

    @Mixin
    RuleOptions.Trust trust;

    @Option(names = "--jurisdiction", paramLabel = "J", description = "Only the rules of rule set J (CN, CN-33, …).")
    String jurisdiction;

    @Override
    public Integer call() throws IOException, RuleSetException {
        RuleSet ruleSet = RuleSource.load(folder.dir, rules.parent.err, trust.trust());
        if (jurisdiction != null && !ruleSet.jurisdictions().contains(jurisdiction)) {
            throw new ParameterException(spec.commandLine(), "--jurisdiction: no rule set " + jurisdiction + "; there are "
                    + String.join(", ", ruleSet.jurisdictions()));
        }
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"ID", "JURISDICTION", "SCOPE", "THRESHOLD", "DUE", "FILE:LINE", "SOURCE"});
        for (RuleListing.Row r : RuleListing.of(ruleSet, jurisdiction)) {
            String id = r.id().equals("-") ? "\"" + r.name() + "\"" : r.id();
            table.add(new String[] {id, r.jurisdiction(), r.scope(), r.threshold(), r.due(), r.location(), r.source()});
        }
        Table.print(rules.parent.out, table);
        return ExitCodes.PASS;
    }
}
