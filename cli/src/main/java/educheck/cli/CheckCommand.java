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
import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.ArchiveRules;
import educheck.store.RunRecorder;
import educheck.model.io.WaiverReader;
import educheck.model.io.SubmissionReader;
import educheck.model.io.SubmissionSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    // 0..* so that `check --archive district.xml`, where the option took the file as its value, still parses.
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Submission files (XML or Excel .xlsx), or folders of them (*.xml, *.xlsx).")
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
            description = "Use the rule files in DIR (as `educheck rules export` writes them) instead of the bundled rules,"
                    + " or of the archive's rules in force with --archive.")
    Path rulesDir;

    @Option(names = "--rules-version", paramLabel = "N",
            description = "Use version N of the rules published in the archive (`educheck rules versions` lists them);"
                    + " needs --archive. Compiled under the allow-list.")
    Integer rulesVersion;

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

    @Option(names = "--archive", arity = "0..1", fallbackValue = "", paramLabel = "LOCATION",
            description = "Also record the run in an archive (one transaction: all of it or nothing): a folder (embedded"
                    + " database), a jdbc:postgresql:// URL, or nothing for $EDUCHECK_ARCHIVE or ~/.educheck/archive."
                    + " The check is then judged by the archive's rules in force (its latest published version), as the"
                    + " web application's are, unless --rules or --rules-version says otherwise; last year's figures"
                    + " missing from a file's <previous> are taken from the archive.")
    String archive;

    @Option(names = "--threads", paramLabel = "N",
            description = "Check with N threads (default: one per core).")
    Integer threads;

    /** Whether a draft text's standard (征求意见稿, ruleset.properties text=draft) decides districts' verdicts. */
    enum Drafts { advisory, decide }

    @Option(names = "--drafts", defaultValue = "advisory", paramLabel = "advisory|decide",
            description = "Rule sets whose text is a draft (征求意见稿, such as Chongming's): advisory (default) shows their"
                    + " findings, labelled, without letting them decide a district's verdict or the exit code; decide"
                    + " counts them as an adopted text's.")
    Drafts drafts;

    @Mixin
    RuleOptions.Timeout timeout;

    @Mixin
    RuleOptions.Trust trust;

    @Override
    public Integer call() throws IOException, RuleSetException {
        ReportFormat reportFormat = chosenFormat();
        RenderOptions.Lang language = chosenLanguage();
        inputs = inputs == null ? new ArrayList<>() : new ArrayList<>(inputs);
        if (archive != null && !archive.isEmpty() && Files.isRegularFile(Path.of(archive))) {
            // `check --archive district.xml`: the option takes an optional value, and this one is a file to check.
            inputs.add(0, Path.of(archive));
            archive = "";
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        List<Path> files = Inputs.expand(inputs);
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: give 1 or more");
        }
        warmUpReader();
        // Rules and waivers are read before any output is opened: a broken rule or waiver file writes no report.
        RuleBudget budget = timeout.budget(spec);
        if (rulesVersion != null && (archive == null || rulesDir != null)) {
            throw new ParameterException(spec.commandLine(), rulesDir != null
                    ? "--rules-version and --rules: give one or the other"
                    : "--rules-version needs --archive: the versions are kept in the archive");
        }
        // A folder's rules, or the bundled rules, are read before the archive is opened, as they always were: a broken
        // folder opens no archive, and the bundled rules are most often the version in force. With an archive and no
        // --rules, the archive then says which rules are in force, the bundled ones or a version.
        RuleSet given = rulesVersion == null ? RuleSource.load(rulesDir, parent.err, trust.trust()) : null;
        Waivers waivers = waiverFile == null ? Waivers.NONE
                : WaiverReader.read(waiverFile, asOf != null ? asOf : LocalDate.now(Clock.systemDefaultZone()));
        // The archive too is opened before any output: a bad archive checks nothing (exit 2).
        try (Archive store = openArchive()) {
            ArchiveRules.Chosen chosen = ArchivedRules.choose(store, given, rulesVersion, parent.err);
            RuleSet rules = chosen.rules();
            DistrictChecker checker = new DistrictChecker(rules, waivers).withBudget(budget)
                    .withDraftsDeciding(drafts == Drafts.decide);
            if (store != null) {
                checker = checker.withLastYear(store.lastYearFigures());
            }
            // Every report says which rules judged it and why; an archived run, which published version.
            RunInfo info = chosen.info(waivers);
            RunOutcome outcome;
            IOException notArchived = null;
            RunRecorder recorder = null;
            if (store != null) {
                // An archive that fails as the run starts (its disk full, say) costs the archiving, not the report.
                try {
                    recorder = store.record(info, files);
                } catch (ArchiveException e) {
                    notArchived = e;
                }
            }
            try (ArchiveRecording recording = recorder == null ? null : new ArchiveRecording(recorder)) {
                outcome = check(checker, files, info, reportFormat, language, recording);
                if (recording != null) {
                    notArchived = recording.commit();
                }
                if (recording != null && notArchived == null) {
                    parent.err.println("educheck: run " + recording.runId() + " recorded in archive " + store.shown());
                }
            }
            int exit = report(outcome, language);
            if (notArchived != null) {
                parent.err.println("educheck: the report was written, but the run was NOT archived: " + notArchived.getMessage());
                return ExitCodes.NOT_ARCHIVED;
            }
            return exit;
        }
    }

    /** The archive named by --archive, opened and checked, or null without the option. */
    private Archive openArchive() throws IOException {
        if (archive == null) {
            return null;
        }
        try {
            return Archive.open(archive);
        } catch (ArchiveException e) {
            throw new ArchiveException(e.getMessage() + "; nothing was checked", e);
        }
    }

    private RunOutcome check(DistrictChecker checker, List<Path> files, RunInfo info, ReportFormat reportFormat,
                             RenderOptions.Lang language, ReportStream recording) throws IOException {
        CheckRun run = threads == null ? new CheckRun(checker) : new CheckRun(checker, threads);
        RunOutcome outcome;
        try (ProgressBar bar = ProgressBar.over(run.progress(), parent.err);
             AtomicOutput tasks = rectification == null ? null : new AtomicOutput(rectification)) {
            if (output == null) {
                Writer out = new BufferedWriter(new OutputStreamWriter(parent.out, StandardCharsets.UTF_8), 1 << 16);
                boolean color = System.console() != null && System.getenv("NO_COLOR") == null;
                outcome = run.run(files, also(recording, alsoTasks(reportFormat.open(out, info, new RenderOptions(language, color)), tasks, info, language)));
                out.flush();
            } else {
                try (AtomicOutput file = new AtomicOutput(output)) {
                    outcome = run.run(files, also(recording, alsoTasks(reportFormat.open(file.writer(), info, RenderOptions.plain(language)), tasks, info, language)));
                    file.commit();
                }
            }
            if (tasks != null) {
                tasks.commit();
            }
        }
        return outcome;
    }

    private int report(RunOutcome outcome, RenderOptions.Lang language) {
        boolean chinese = language == RenderOptions.Lang.ZH;
        outcome.inputErrorLines(chinese).forEach(parent.err::println);
        outcome.noticeLines(chinese).forEach(parent.err::println);
        if (outcome.ruleFaults() > 0) {
            parent.err.println(chinese
                    ? "educheck: " + outcome.ruleFaults() + " 个区县的检查中有规则运行出错（见报告中的 ERROR 项）；请规则维护人员修正"
                    : "educheck: a rule failed for " + outcome.ruleFaults() + " district(s) (ERROR findings in the report); the rules need fixing");
        }
        return outcome.exitCode();
    }

    /** The report, and the archive's copy beside it when --archive is given. */
    private static ReportStream also(ReportStream recording, ReportStream report) {
        return recording == null ? report : new TeeStream(report, recording);
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
