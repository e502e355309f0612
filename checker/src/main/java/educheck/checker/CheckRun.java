package educheck.checker;

import educheck.checker.render.ReportStream;
import educheck.checker.report.DistrictOutcome;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.io.DistrictInput;
import educheck.model.io.FileSummary;
import educheck.model.io.InputError;
import educheck.model.io.SubmissionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every district of every file and streams each district's report out as soon as it is checked, then
 * judges the roll-ups over all of them. A bad file or district is recorded as input errors and skipped; the good
 * ones are still checked and reported. Only a small outcome per district is kept for the roll-ups.
 */
public final class CheckRun {

    /**
     * Input errors kept per file: a file of ten thousand broken districts must not fill the heap with messages;
     * the first thousand show what is wrong, and a count says how many more there were.
     */
    static final int MAX_ERRORS_PER_FILE = 1_000;

    private final DistrictChecker checker;
    private final SubmissionReader reader = new SubmissionReader();

    public CheckRun(DistrictChecker checker) {
        this.checker = checker;
    }

    public RunOutcome run(List<Path> files, ReportStream out) throws IOException {
        Map<Verdict, Integer> verdicts = RunOutcome.emptyCounts();
        List<InputError> inputErrors = new ArrayList<>();
        Map<String, DistrictOutcome> outcomes = new LinkedHashMap<>();
        // District code and year → the file it was first read from: the same district twice would be counted twice.
        Map<String, Path> seen = new HashMap<>();
        int[] ruleFaults = {0};
        try {
            for (Path file : files) {
                FileErrors errors = new FileErrors(file, inputErrors);
                FileSummary summary = reader.read(file, input -> {
                    if (!input.isValid()) {
                        errors.addAll(errorsOf(input));
                        return;
                    }
                    Path first = seen.putIfAbsent(input.code() + "/" + input.year(), file);
                    if (first != null && !first.equals(file)) {
                        errors.add(new InputError(file, input.district().line(), 0, "district/@code",
                                "district " + input.code() + " for " + input.year() + " was already read from " + first
                                        + "; it is checked once",
                                "区县 " + input.code() + " 的 " + input.year() + " 年度数据已在 " + first + " 中读取过；只检查一次"));
                        return;
                    }
                    DistrictReport report = checker.check(file, input.district());
                    verdicts.merge(report.verdict(), 1, Integer::sum);
                    if (report.findings().stream().anyMatch(f -> f.is(Status.ERROR))) {
                        ruleFaults[0]++;
                    }
                    outcomes.put(input.code() + "/" + input.year(), DistrictOutcome.of(input.district(), report));
                    try {
                        out.district(report);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                errors.addAll(summary.fileErrors());
                errors.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        RuleSet rules = checker.rules();
        RunOutcome outcome = new RunOutcome(verdicts, List.copyOf(inputErrors),
                new RollupRunner(rules, rules.counties()).run(outcomes.values()), ruleFaults[0]);
        out.finish(outcome);
        return outcome;
    }

    private static List<InputError> errorsOf(DistrictInput input) {
        if (!input.errors().isEmpty()) {
            return input.errors();
        }
        return List.of(new InputError(input.file(), 0, 0, "district", "district " + input.code() + " could not be read",
                "区县 " + input.code() + " 无法读取"));
    }

    /** One file's share of the run's input errors, capped at {@link #MAX_ERRORS_PER_FILE}. */
    private static final class FileErrors {
        private final Path file;
        private final List<InputError> all;
        private int count;

        FileErrors(Path file, List<InputError> all) {
            this.file = file;
            this.all = all;
        }

        void add(InputError e) {
            if (++count <= MAX_ERRORS_PER_FILE) {
                all.add(e);
            }
        }

        void addAll(List<InputError> errors) {
            errors.forEach(this::add);
        }

        void close() {
            int more = count - MAX_ERRORS_PER_FILE;
            if (more > 0) {
                all.add(new InputError(file, 0, 0, null, "… and " + more + " more input errors in this file, not shown",
                        "……本文件另有 " + more + " 个数据错误未列出"));
            }
        }
    }
}
