package educheck.checker.compare;

import educheck.checker.CheckRun;
import educheck.checker.DistrictChecker;
import educheck.checker.render.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code educheck compare}: checks every district of the files, under one jurisdiction's rule sets when judged as
 * one, and lays them side by side with the run's roll-ups. The web's compare page runs the same on runs' archived
 * inputs, so a table judged in the browser is the table the command line gives for those files.
 */
public final class Comparison {

    /** The table, and the check run behind it (its input errors and exit code). */
    public record Result(ComparisonTable table, RunOutcome outcome) {
    }

    /**
     * One district to show: its code and the file or folder to take it from, since the files of several runs may
     * each hold a version of it.
     */
    public record Pick(String code, Path from) {
        boolean matches(DistrictReport d) {
            return d.code().equals(code) && d.file() != null && d.file().toAbsolutePath().normalize()
                    .startsWith(from.toAbsolutePath().normalize());
        }
    }

    private final DistrictChecker checker;
    private final String judgedAs;

    /**
     * @param judgeAs the jurisdiction every district is judged under, or null for each its own
     * @throws IllegalArgumentException when there is no rule set {@code judgeAs}; the message names those there are
     */
    public Comparison(DistrictChecker checker, String judgeAs) {
        this.checker = judgeAs == null ? checker : checker.judgedAs(judgeAs);
        this.judgedAs = judgeAs;
    }

    /** Every district of {@code files}, in file order, with every roll-up of the run. */
    public Result of(List<Path> files, int threads) throws IOException {
        ComparisonTable.Builder builder = ComparisonTable.builder(judgedAs);
        RunOutcome outcome = new CheckRun(checker, threads).run(files, builder);
        return new Result(builder.build(), outcome);
    }

    /**
     * Only the picked districts, in the order picked, with the roll-ups that judged one of them. The files are
     * checked whole (a roll-up is judged over every district of the run), so list the newest files first: of two
     * versions of a district for the same year the first one read is the one checked.
     */
    public Result of(List<Path> files, int threads, List<Pick> picks) throws IOException {
        Picked picked = new Picked(picks);
        RunOutcome outcome = new CheckRun(checker, threads).run(files, picked);
        ComparisonTable.Builder builder = ComparisonTable.builder(judgedAs);
        picked.kept.values().forEach(builder::add);
        List<RollupReport> rollups = new ArrayList<>();
        for (RollupReport r : outcome.rollups()) {
            boolean judgesOne = r.group().counties().stream()
                    .anyMatch(c -> c.inRun() && picked.kept.values().stream().anyMatch(d -> d.code().equals(c.code())));
            if (judgesOne) {
                rollups.add(r);
            }
        }
        RunOutcome shown = new RunOutcome(outcome.verdicts(), outcome.inputErrors(), rollups, outcome.ruleFaults(),
                outcome.notices(), outcome.readerFaults());
        return new Result(builder.build(shown), outcome);
    }

    /** Keeps each picked district's report as the run streams them; the others are checked and let go. */
    private static final class Picked implements ReportStream {
        private final List<Pick> picks;
        final Map<Integer, DistrictReport> kept = new TreeMap<>();

        Picked(List<Pick> picks) {
            this.picks = picks;
        }

        @Override
        public void district(DistrictReport d) {
            for (int i = 0; i < picks.size(); i++) {
                if (!kept.containsKey(i) && picks.get(i).matches(d)) {
                    kept.put(i, d);
                    return;
                }
            }
        }

        @Override
        public void finish(RunOutcome outcome) {
            // the caller builds the table from what was kept
        }
    }
}
