package educheck.cli;

import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.compare.Comparison;
import educheck.checker.compare.ComparisonTable;
import educheck.checker.render.ComparisonFormat;
import educheck.checker.render.ComparisonFormats;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.RunOutcome;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "compare",
        description = {"Check the districts in the files and show them side by side: one row per indicator, one column per district, "
                + "each cell its value and status; roll-ups at the bottom.",
            "Per-school and per-section indicators show the student-weighted mean and how many schools or sections pass. "
                + "Exit codes as for check."})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files (XML or Excel .xlsx), or folders of them (*.xml, *.xlsx).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), html, csv or json.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the table to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en.")
    String lang;

    @Option(names = "--judge-as", paramLabel = "JURISDICTION",
            description = "Judge every district under this jurisdiction's rule sets (e.g. CN-31) whatever its own code.")
    String judgeAs;

    @Mixin
    RuleOptions.Timeout timeout;

    @Override
    public Integer call() throws IOException, RuleSetException {
        ComparisonFormat chosen;
        try {
            chosen = ComparisonFormats.byName(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        RenderOptions.Lang language = CheckCommand.language(spec, lang);
        List<Path> files = Inputs.expand(inputs);
        RuleSet rules = RuleSet.bundled();
        DistrictChecker checker = new DistrictChecker(rules).withBudget(timeout.budget(spec));
        Comparison comparison;
        try {
            comparison = new Comparison(checker, judgeAs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--judge-as: " + e.getMessage());
        }
        Comparison.Result result = comparison.of(files, Runtime.getRuntime().availableProcessors());
        RunOutcome outcome = result.outcome();
        ComparisonTable table = result.table();
        if (output == null) {
            Writer out = new OutputStreamWriter(parent.out, StandardCharsets.UTF_8);
            chosen.write(out, table, RenderOptions.plain(language));
            out.flush();
        } else {
            try (AtomicOutput file = new AtomicOutput(output)) {
                chosen.write(file.writer(), table, RenderOptions.plain(language));
                file.commit();
            }
        }
        if (!outcome.inputErrors().isEmpty()) {
            parent.err.println("educheck: " + outcome.inputErrors().size() + " input error(s); those districts were not compared:");
            outcome.inputErrors().forEach(e -> parent.err.println("  " + e));
        }
        return outcome.exitCode();
    }
}
