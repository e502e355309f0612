package educheck.cli;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.model.Figures;
import educheck.store.Archive;
import educheck.store.WhatIf;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Before publishing the rules in DIR: check the latest archived run of every district again, from"
                + " the input files the archive kept, under those rules, and list the district verdicts and findings that"
                + " would change. Nothing is recorded.")
final class RulesWhatIfCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rules folder (as `educheck rules export` writes it).")
    Path dir;

    @Mixin
    ArchiveCommand.Location location = new ArchiveCommand.Location();

    @Mixin
    RuleOptions.Timeout timeout;

    @Override
    public Integer call() throws IOException {
        PrintStream out = rules.parent.out;
        RuleSet ruleSet;
        try {
            ruleSet = RuleSource.load(dir, rules.parent.err);
        } catch (RuleSetException e) {
            e.problems().forEach(out::println);
            out.printf("%d error(s): the rules do not compile, so nothing was checked again%n", e.problems().size());
            return ExitCodes.BAD_RULES;
        }
        WhatIf whatIf;
        try (Archive store = Archive.open(location.archive)) {
            whatIf = WhatIf.of(store, ruleSet, timeout.budget(spec));
        }
        out.printf("checked again: %d district(s), each from its latest archived run; %d would change%n", whatIf.checked(),
                whatIf.districts().size());
        for (WhatIf.District d : whatIf.districts()) {
            out.printf("%n%s %s (%d, run %d): verdict %s%n", d.code(), d.name() == null ? "" : d.name(), d.year(), d.runId(),
                    d.verdictChanges() ? d.verdictBefore() + " → " + d.verdictAfter() : d.verdictAfter() + " (unchanged)");
            for (WhatIf.Change c : d.changes()) {
                out.printf("  %-14s %-28s %s → %s%n", c.indicator(), c.subject(), state(c.statusBefore(), c.actualBefore()),
                        state(c.statusAfter(), c.actualAfter()));
            }
        }
        for (String u : whatIf.unchecked()) {
            out.printf("not checked again: %s%n", u);
        }
        return ExitCodes.PASS;
    }

    static String state(String status, Object actual) {
        if (status == null) {
            return "(none)";
        }
        return actual == null ? status : status + " " + Figures.format(actual);
    }
}
