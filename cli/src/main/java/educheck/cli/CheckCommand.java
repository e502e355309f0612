package educheck.cli;

import educheck.checker.CheckRun;
import educheck.checker.DistrictChecker;
import educheck.checker.RuleSet;
import educheck.checker.RuleSetException;
import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.render.ReportFormat;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.io.SubmissionReader;
import educheck.model.io.SubmissionSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "check", description = "Check every district in the files and report each indicator's verdict.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files, or folders of them (*.xml).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text (default) or json.")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
            description = "Language of the text report: zh (default) or en.")
    String lang;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check with N threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() throws IOException, RuleSetException {
        ReportFormat reportFormat = chosenFormat();
        RenderOptions.Lang language = chosenLanguage();
        List<Path> files = Inputs.expand(inputs);
        warmUpReader();
        RuleSet rules = RuleSet.bundled();
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: give 1 or more");
        }
        CheckRun run = threads == null ? new CheckRun(new DistrictChecker(rules)) : new CheckRun(new DistrictChecker(rules), threads);
        RunInfo info = RunInfo.of(rules);
        RunOutcome outcome;
        try (ProgressBar bar = ProgressBar.over(run.progress(), parent.err)) {
            if (output == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(parent.out, StandardCharsets.UTF_8), 1 << 16);
                boolean color = System.console() != null && System.getenv("NO_COLOR") == null;
                outcome = run.run(files, reportFormat.open(out, info, new RenderOptions(language, color)));
                out.flush();
            } else {
                try (AtomicOutput file = new AtomicOutput(output)) {
                    outcome = run.run(files, reportFormat.open(file.writer(), info, RenderOptions.plain(language)));
                    file.commit();
                }
            }
        }
        if (!outcome.inputErrors().isEmpty()) {
            parent.err.println("educheck: " + outcome.inputErrors().size() + " input error(s); those districts were not checked:");
            outcome.inputErrors().forEach(e -> parent.err.println("  " + e));
        }
        return outcome.exitCode();
    }

    /** Compiles the submission schema and binding on another core while the rules load (start-up time). */
    private static void warmUpReader() {
        Thread warm = new Thread(() -> {
            new SubmissionReader();
            SubmissionSchema.schema();
        }, "educheck-reader-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private ReportFormat chosenFormat() {
        try {
            return Formats.byName(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    private RenderOptions.Lang chosenLanguage() {
        switch (lang) {
            case "zh":
                return RenderOptions.Lang.ZH;
            case "en":
                return RenderOptions.Lang.EN;
            default:
                throw new ParameterException(spec.commandLine(), "--lang: '" + lang + "' is not zh or en");
        }
    }
}
