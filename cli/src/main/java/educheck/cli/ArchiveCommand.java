package educheck.cli;

import educheck.store.Archive;
import educheck.store.ArchiveLocation;
import educheck.store.H2Import;
import java.nio.file.Path;
import educheck.store.ArchiveVerification;
import educheck.store.RunDiff;
import educheck.store.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "archive", mixinStandardHelpOptions = true, description = "What the archive holds: its runs, and what changed between two.",
        subcommands = {ArchiveCommand.Runs.class, ArchiveCommand.Diff.class, ArchiveCommand.Verify.class,
            ArchiveCommand.Backup.class, ArchiveCommand.ImportH2.class})
final class ArchiveCommand implements Runnable {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public void run() {
        parent.err.println("educheck: say `educheck archive runs` or `educheck archive diff RUN RUN`; see `educheck archive --help`.");
    }

    /** The --archive option the subcommands share. */
    static final class Location {
        @Option(names = "--archive", paramLabel = "LOCATION",
                description = "The archive: a folder, a jdbc:postgresql:// URL; by default $EDUCHECK_ARCHIVE or ~/.educheck/archive.")
        String archive;
    }

    @Command(name = "runs", mixinStandardHelpOptions = true, description = "List the runs the archive holds, newest first.")
    static final class Runs implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand parent;

        @picocli.CommandLine.Mixin
        Location location = new Location();

        @Override
        public Integer call() throws IOException {
            PrintStream out = parent.parent.out;
            try (Archive store = Archive.openToRead(location.archive)) {
                List<RunSummary> runs = store.runs();
                out.printf("archive %s: %d run(s)%n", store.shown(), runs.size());
                if (!runs.isEmpty()) {
                    out.printf("%6s  %-20s  %-5s  %9s  %6s  %6s  %10s  %-12s  %s%n", "run", "finished (UTC)", "year", "districts",
                            "PASS", "FAIL", "INCOMPLETE", "rules", "inputs");
                }
                for (RunSummary r : runs) {
                    out.printf("%6d  %-20s  %-5s  %9d  %6d  %6d  %10d  %-12s  %s%n", r.id(), r.finished().toString().substring(0, 19).replace('T', ' '),
                            r.year() == null ? "—" : r.year(), r.districts(), r.pass(), r.fail(), r.incomplete(),
                            r.ruleSha256().substring(0, Math.min(12, r.ruleSha256().length())), String.join(" ", r.inputs()));
                }
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What changed from the first run to the second, per district: what became FAIL, what became PASS, which values moved.")
    static final class Diff implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand parent;

        @picocli.CommandLine.Mixin
        Location location = new Location();

        @Parameters(index = "0", paramLabel = "RUN", description = "The earlier run's number (see `educheck archive runs`).")
        long before;

        @Parameters(index = "1", paramLabel = "RUN", description = "The later run's number.")
        long after;

        @Override
        public Integer call() throws IOException {
            PrintStream out = parent.parent.out;
            RunDiff diff;
            try (Archive store = Archive.openToRead(location.archive)) {
                diff = store.diff(before, after);
            }
            out.printf("run %d → run %d: %d became FAIL, %d became PASS, %d other change(s)%n", before, after, diff.becameFail(),
                    diff.becamePass(), diff.changes().size() - diff.becameFail() - diff.becamePass());
            if (diff.rulesDiffer()) {
                out.printf("note: run %d was judged by rules %s, run %d by rules %s: a change below may come from the rules, not"
                                + " the district; one marked \"same value\" did (`educheck rules audit` says what each version changed)%n",
                        before, diff.rulesBefore().shown(), after, diff.rulesAfter().shown());
            }
            String district = null;
            for (RunDiff.Change c : diff.changes()) {
                if (!c.district().equals(district)) {
                    district = c.district();
                    out.printf("%n%s %s%n", c.district(), c.name() == null ? "" : c.name());
                }
                String what = switch (c.kind()) {
                    case "FAIL" -> "became FAIL";
                    case "PASS" -> "became PASS";
                    case "STATUS" -> c.statusBefore() + " → " + c.statusAfter();
                    default -> "value moved";
                };
                Double delta = c.delta();
                // Under other rules, a status that changed while the value stayed put changed by the rules alone.
                String byRules = diff.rulesDiffer() && !c.kind().equals("VALUE") && c.sameValue() ? "  (same value: the rules changed)" : "";
                out.printf("  %-16s %-24s %-16s %s → %s%s%s%n", c.indicator(), c.subject(), what, HistoryReport.value(c.actualBefore()),
                        HistoryReport.value(c.actualAfter()), delta == null || delta == 0 ? "" : " (" + (delta >= 0 ? "+" : "")
                                + HistoryReport.value(Math.round(delta * 1e6) / 1e6) + ")", byRules);
            }
            diff.onlyBefore().forEach(code -> out.printf("%n%s only in run %d%n", code, before));
            diff.onlyAfter().forEach(code -> out.printf("%n%s only in run %d%n", code, after));
            return ExitCodes.PASS;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the archive: the database's own check of its file, then every run read back and held to its"
                    + " own totals (districts, verdicts, findings). Exit 0 when all is whole, 2 naming what is damaged.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand parent;

        @picocli.CommandLine.Mixin
        Location location = new Location();

        @Override
        public Integer call() throws IOException {
            try (Archive store = Archive.openToRead(location.archive)) {
                ArchiveVerification.Result result = store.verify();
                if (result.whole()) {
                    parent.parent.out.printf("archive %s: %d run(s), every one whole%n", store.shown(), result.runs());
                    return ExitCodes.PASS;
                }
                result.problems().forEach(p -> parent.parent.err.printf("educheck: archive %s: %s%n", store.shown(), p));
                parent.parent.err.printf("educheck: archive %s is damaged (%d problem(s)); restore it from a backup"
                        + " (`educheck archive backup`)%n", store.shown(), result.problems().size());
                return ExitCodes.BAD_INPUT;
            }
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "A consistent copy of the embedded archive, made while others use it: DEST is a new file, or a folder"
                    + " (the copy is DEST/educheck.db, an archive folder of its own). For PostgreSQL use pg_dump.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand parent;

        @picocli.CommandLine.Mixin
        Location location = new Location();

        @Parameters(index = "0", paramLabel = "DEST", description = "A new file, or a folder.")
        Path dest;

        @Override
        public Integer call() throws IOException {
            try (Archive store = Archive.openToRead(location.archive)) {
                Path copy = store.backup(dest);
                parent.parent.out.printf("archive %s: copied to %s%n", store.shown(), copy);
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "import-h2", mixinStandardHelpOptions = true,
            description = "Copy the runs of the archive an earlier educheck kept in the folder (H2: educheck.mv.db) into a new"
                    + " archive there; all of it or nothing, the H2 file kept as it is.")
    static final class ImportH2 implements Callable<Integer> {
        @ParentCommand
        ArchiveCommand parent;

        @picocli.CommandLine.Mixin
        Location location = new Location();

        @Override
        public Integer call() throws IOException {
            ArchiveLocation at;
            try {
                at = ArchiveLocation.of(location.archive);
            } catch (IllegalArgumentException e) {
                throw new educheck.store.ArchiveException(e.getMessage());
            }
            int runs = H2Import.into(at);
            parent.parent.out.printf("archive %s: %d run(s) imported from %s (kept; delete it once you are satisfied)%n",
                    at.shown(), runs, at.folder().resolve("educheck.mv.db"));
            return ExitCodes.PASS;
        }
    }
}
