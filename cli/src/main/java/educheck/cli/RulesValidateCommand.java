package educheck.cli;

import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.checker.load.RuleLint;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", description = "Compile every rule set and report each error as file:line:column: message"
        + " (exit 3); also warn of rules without @id or @source, rules sharing @id and @scope, and due years past.")
final class RulesValidateCommand implements Callable<Integer> {

    @ParentCommand
    RulesCommand rules;

    @Mixin
    RulesFolder folder;

    @Mixin
    RuleOptions.Trust trust;

    @Override
    public Integer call() throws IOException {
        PrintStream out = rules.parent.out;
        RuleFiles files = folder.dir == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(folder.dir);
        RuleIndex index = RuleIndex.of(files);
        RuleSet loaded;
        try {
            loaded = RuleSource.load(folder.dir, rules.parent.err, trust.trust());
        } catch (RuleSetException e) {
            e.problems().forEach(out::println);
            printWarnings(out, files, index);
            out.printf("%d error(s): the rules do not compile%n", e.problems().size());
            return ExitCodes.BAD_RULES;
        }
        int warnings = printWarnings(out, files, index);
        out.printf("OK: %d rules in %d rule sets%s%s%n", loaded.ruleCount(), loaded.jurisdictions().size(),
                folder.dir == null ? " (bundled, precompiled)" : "", warnings == 0 ? "" : " (" + warnings + " warning(s))");
        return ExitCodes.PASS;
    }

    /** Warnings name files as errors do: under the folder given, or relative to the bundled rules. */
    private int printWarnings(PrintStream out, RuleFiles files, RuleIndex index) {
        String prefix = folder.dir == null ? "" : folder.dir + "/";
        List<String> warnings = RuleLint.warnings(files, index, LocalDate.now(Clock.systemDefaultZone()).getYear());
        for (String w : warnings) {
            int colon = w.indexOf(": ");
            out.println(prefix + w.substring(0, colon) + ": warning: " + w.substring(colon + 2));
        }
        return warnings.size();
    }
}
