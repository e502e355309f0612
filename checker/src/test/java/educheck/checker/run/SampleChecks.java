package educheck.checker.run;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;

import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real checks for tests: the bundled rule set (loaded once), the real reader and {@link CheckRun}, the samples
 * of {@code samples/} and the fixtures of the rules module. Tests run from the checker module.
 */
public final class SampleChecks {

    public static final Path SAMPLES = Path.of("..", "samples");
    public static final Path FAILING = SAMPLES.resolve("failing-430626-pingjiang.xml");
    public static final Path PASSING = SAMPLES.resolve("passing-320583-kunshan.xml");
    public static final Path INCOMPLETE = SAMPLES.resolve("incomplete-520324-zhengan.xml");
    public static final Path RULES = Path.of("..", "rules", "src", "main", "resources");

    private static RuleSet rules;

    private SampleChecks() {
    }

    public static synchronized RuleSet rules() {
        if (rules == null) {
            try {
                rules = RuleSet.bundled();
            } catch (RuleSetException e) {
                throw new IllegalStateException(e);
            }
        }
        return rules;
    }

    /** The district reports of the files and the run's outcome. */
    public record Run(List<DistrictReport> districts, RunOutcome outcome) {

        public DistrictReport only() {
            if (districts.size() != 1) {
                throw new AssertionError("expected one district, got " + districts.size() + "; input errors: " + outcome.inputErrors());
            }
            return districts.get(0);
        }
    }

    public static Run check(Path... files) {
        return check(new DistrictChecker(rules()), files);
    }

    public static Run check(DistrictChecker checker, Path... files) {
        List<DistrictReport> reports = new ArrayList<>();
        RunOutcome[] outcome = new RunOutcome[1];
        try {
            new CheckRun(checker).run(List.of(files), new ReportStream() {
                @Override
                public void district(DistrictReport district) {
                    reports.add(district);
                }

                @Override
                public void finish(RunOutcome o) {
                    outcome[0] = o;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Run(reports, outcome[0]);
    }

    /** The report of the files in a format, as the check command writes it. */
    public static String render(String format, RenderOptions.Lang lang, Path... files) {
        StringWriter out = new StringWriter();
        try {
            new CheckRun(new DistrictChecker(rules())).run(List.of(files),
                    Formats.byName(format).open(out, RunInfo.of(rules()), RenderOptions.plain(lang)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
