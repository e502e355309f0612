package educheck.checker;

import educheck.checker.render.ReportStream;
import educheck.checker.report.DistrictOutcome;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
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
import java.util.List;
import java.util.Map;

/**
 * Checks every district of every file and streams each district's report out as soon as it is checked, then
 * judges the roll-ups over all of them. A bad file or district is recorded as input errors and skipped; the good
 * ones are still checked and reported. Only a small outcome per district is kept for the roll-ups.
 */
public final class CheckRun {

    private final DistrictChecker checker;
    private final SubmissionReader reader = new SubmissionReader();

    public CheckRun(DistrictChecker checker) {
        this.checker = checker;
    }

    public RunOutcome run(List<Path> files, ReportStream out) throws IOException {
        Map<Verdict, Integer> verdicts = RunOutcome.emptyCounts();
        List<InputError> inputErrors = new ArrayList<>();
        Map<String, DistrictOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Path> seenIn = new LinkedHashMap<>();
        try {
            for (Path file : files) {
                FileSummary summary = reader.read(file, input -> {
                    if (!input.isValid()) {
                        inputErrors.addAll(errorsOf(input));
                        return;
                    }
                    String key = input.code() + "@" + input.year();
                    if (seenIn.containsKey(key)) {
                        inputErrors.add(new InputError(file, input.district().line(), 0, "district/@code", "district "
                                + input.code() + " for " + input.year() + " is also in " + seenIn.get(key) + "; it was checked once, from there"));
                        return;
                    }
                    seenIn.put(key, file);
                    DistrictReport report = checker.check(file, input.district());
                    verdicts.merge(report.verdict(), 1, Integer::sum);
                    outcomes.put(key, DistrictOutcome.of(input.district(), report));
                    try {
                        out.district(report);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                inputErrors.addAll(summary.fileErrors());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        RuleSet rules = checker.rules();
        RunOutcome outcome = new RunOutcome(verdicts, List.copyOf(inputErrors),
                new RollupRunner(rules, rules.counties()).run(outcomes.values()));
        out.finish(outcome);
        return outcome;
    }

    private static List<InputError> errorsOf(DistrictInput input) {
        if (!input.errors().isEmpty()) {
            return input.errors();
        }
        return List.of(new InputError(input.file(), 0, 0, "district", "district " + input.code() + " could not be read"));
    }
}
