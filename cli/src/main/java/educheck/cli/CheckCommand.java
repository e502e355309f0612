package educheck.cli;

import educheck.checker.CheckRun;
import educheck.checker.DistrictChecker;
import educheck.checker.RuleBudget;
import educheck.checker.RuleSet;
import educheck.checker.RuleSetException;
import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.render.ReportFormat;
import educheck.checker.render.ReportStream;
import educheck.checker.render.TeeStream;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Waivers;
import educheck.model.io.WaiverReader;
import educheck.model.io.SubmissionReader;
import educheck.model.io.SubmissionSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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

@Command(mixinStandardHelpOptions = true, name = "check", description = "Check every district in the files and report each indicator's verdict.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Submission files, or folders of them (*.xml).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: text (default), json, html, csv, xml, or rectification (the rectification list as CSV).")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG",
            description = "Language of the text, html and csv reports: zh (default) or en.")
    String lang;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rule files in DIR (as `educheck rules export` writes them) instead of the bundled rules.")
    Path rulesDir;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Accepted exceptions, CSV: district,id,subject,reason,approvedBy,expires (YYYY-MM-DD)."
                    + " A matching FAIL or WARN reports WAIVED until the expiry date.")
    Path waiverFile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date waivers are judged against (YYYY-MM-DD); today by default.")
    LocalDate asOf;

    @Option(names = "--rectification", paramLabel = "FILE",
            description = "Also write the rectification list (整改任务清单) as CSV to FILE (UTF-8 with BOM; whole or not at all).")
    Path rectification;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check with N threads (default: one per core).")
    Integer threads;

    @Mixin
    RuleOptions.Timeout timeout;

    @Mixin
    RuleOptions.Trust trust;

    @Override
    public Integer call() throws IOException, RuleSetException {
        ReportFormat reportFormat = chosenFormat();
        RenderOptions.Lang language = chosenLanguage();
        List<Path> files = Inputs.expand(inputs);
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: give 1 or more");
        }
        warmUpReader();
        // Rules and waivers are read before any output is opened: a broken rule or waiver file writes no report.
        RuleBudget budget = timeout.budget(spec);
        RuleSet rules = RuleSource.load(rulesDir, parent.err, trust.trust());
        Waivers waivers = waiverFile == null ? Waivers.NONE
                : WaiverReader.read(waiverFile, asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone()));
        DistrictChecker checker = new DistrictChecker(rules, waivers).withBudget(budget);
        CheckRun run = threads == null ? new CheckRun(checker) : new CheckRun(checker, threads);
        RunInfo info = RunInfo.of(rules, waivers);
        RunOutcome outcome;
        try (ProgressBar bar = ProgressBar.over(run.progress(), parent.err);
             AtomicOutput tasks = rectification == null ? null : new AtomicOutput(rectification)) {
            if (output == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(parent.out, StandardCharsets.UTF_8), 1 << 16);
                boolean color = System.console() != null && System.getenv("NO_COLOR") == null;
                outcome = run.run(files, alsoTasks(reportFormat.open(out, info, new RenderOptions(language, color)), tasks, info, language));
                out.flush();
            } else {
                try (AtomicOutput file = new AtomicOutput(output)) {
                    outcome = run.run(files, alsoTasks(reportFormat.open(file.writer(), info, RenderOptions.plain(language)), tasks, info, language));
                    file.commit();
                }
            }
            if (tasks != null) {
                tasks.commit();
            }
        }
        boolean chinese = language == RenderOptions.Lang.ZH;
        if (!outcome.inputErrors().isEmpty()) {
            parent.err.println(chinese
                    ? "educheck: " + outcome.inputErrors().size() + " 个数据错误；相关文件或区县未检查："
                    : "educheck: " + outcome.inputErrors().size() + " input error(s); those files or districts were not checked:");
            outcome.inputErrors().forEach(e -> parent.err.println("  " + e.text(chinese)));
        }
        if (outcome.ruleFaults() > 0) {
            parent.err.println(chinese
                    ? "educheck: " + outcome.ruleFaults() + " 个区县的检查中有规则运行出错（见报告中的 ERROR 项）；请规则维护人员修正"
                    : "educheck: a rule failed for " + outcome.ruleFaults() + " district(s) (ERROR findings in the report); the rules need fixing");
        }
        return outcome.exitCode();
    }

    /** The report, and the rectification list beside it when --rectification names a file. */
    private static ReportStream alsoTasks(ReportStream report, AtomicOutput tasks, RunInfo info, RenderOptions.Lang language) {
        return tasks == null ? report
                : new TeeStream(report, Formats.byName("rectification").open(tasks.writer(), info, RenderOptions.plain(language)));
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
        return language(spec, lang);
    }

    /** The --lang option of check and compare. */
    static RenderOptions.Lang language(CommandSpec spec, String lang) {
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
