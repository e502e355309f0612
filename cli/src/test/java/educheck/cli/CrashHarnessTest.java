package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.store.Archive;
import educheck.store.ArchiveVerification;
import educheck.store.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness (issue 26): {@code kill -9} at random instants over whole {@code check --archive} runs into an
 * embedded archive that already holds runs, the commit included, each kill followed by reopening the archive and
 * verifying it ({@link Archive#verify}: the database's own check, then every run whole). Every run must be whole or
 * absent, and the archive must still take runs. Half the kills fall anywhere in a run, half in the moments after its
 * report is written, while it commits.
 *
 * <p>Tagged {@code crash}: too slow for every build; .ci/run runs it once ({@code -Dgroups=crash}). The number of
 * kills and the districts per run: {@code -Deducheck.crash.kills=100 -Deducheck.crash.districts=20}; the seed of
 * the instants: {@code -Deducheck.crash.seed}. A damaged archive is counted, reported, and replaced by a copy of the
 * one the harness started from, so one run measures a rate.
 */
@Tag("crash")
class CrashHarnessTest {

    private static final int KILLS = Integer.getInteger("educheck.crash.kills", 100);
    private static final int DISTRICTS = Integer.getInteger("educheck.crash.districts", 20);
    private static final long SEED = Long.getLong("educheck.crash.seed", System.nanoTime());
    /** Every so many kills, one run is left to finish: it must be recorded. */
    private static final int LANDING_EVERY = 10;

    @TempDir
    Path dir;

    @Test
    void everyRunIsWholeOrAbsentAfterKillsAtAnyInstant() throws Exception {
        Random random = new Random(SEED);
        Path archive = dir.resolve("archive");
        Path base = ArchiveProcesses.generate(dir.resolve("base.xml"), 5, 31);
        Path file = ArchiveProcesses.generate(dir.resolve("run.xml"), DISTRICTS, 32);
        assertThat(runToEnd(base, archive)).isIn(0, 1);
        Path pristine = dir.resolve("pristine");
        copyTree(archive, pristine);

        // One whole run, timed: the kills are spread over its length, and over the moments between its report and its end.
        long started = System.nanoTime();
        Path out = dir.resolve("calibration.json");
        Process calibration = ArchiveProcesses.check(file, archive.toString(), out, true);
        long reported = 0;
        while (calibration.isAlive()) {
            if (reported == 0 && Files.exists(out)) {
                reported = System.nanoTime();
            }
            calibration.waitFor(5, TimeUnit.MILLISECONDS);
        }
        long ended = System.nanoTime();
        assertThat(calibration.exitValue()).as(ArchiveProcesses.console(out)).isIn(0, 1);
        long runMillis = (ended - started) / 1_000_000;
        long tailMillis = reported == 0 ? 200 : Math.max(50, (ended - reported) / 1_000_000);

        int kills = 0;
        int atCommit = 0;
        int finishedFirst = 0;
        int landedWhenKilled = 0;
        int landings = 0;
        List<String> damage = new ArrayList<>();
        for (int i = 0; kills < KILLS; i++) {
            int runsBefore = runs(archive).size();
            if (i % LANDING_EVERY == LANDING_EVERY - 1) {
                // The archive still takes runs.
                Path whole = dir.resolve("landing-" + i + ".json");
                assertThat(runToEnd(file, archive, whole)).isIn(0, 1);
                assertThat(runs(archive)).as("landing run %d after %d kills, seed %d; it said: %s", i, kills, SEED,
                        ArchiveProcesses.console(whole)).hasSize(runsBefore + 1)
                        .first().extracting(RunSummary::districts).isEqualTo(DISTRICTS);
                landings++;
                continue;
            }
            Path report = dir.resolve("kill-" + i + ".json");
            Process child = ArchiveProcesses.check(file, archive.toString(), report, true);
            boolean commitPhase = i % 2 == 1;
            if (commitPhase) {
                while (child.isAlive() && !Files.exists(report)) {
                    child.waitFor(2, TimeUnit.MILLISECONDS);
                }
                child.waitFor(random.nextInt((int) (tailMillis * 3 / 2) + 1), TimeUnit.MILLISECONDS);
            } else {
                child.waitFor(random.nextInt((int) (runMillis * 6 / 5) + 1), TimeUnit.MILLISECONDS);
            }
            if (!child.isAlive()) {
                finishedFirst++;
                continue;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            kills++;
            atCommit += commitPhase ? 1 : 0;
            String problem = verify(archive, runsBefore);
            if (problem == null && runs(archive).size() > runsBefore) {
                landedWhenKilled++;
            }
            if (problem != null) {
                damage.add("kill " + kills + (commitPhase ? " (at commit)" : "") + ": " + problem);
                deleteTree(archive);
                copyTree(pristine, archive);
            }
        }
        System.err.printf("crash harness: %d kills (%d while committing, %d anywhere), %d damaged; %d killed runs landed whole,"
                        + " %d finished before their kill; %d runs left to finish, all recorded; run %d ms, report to end %d ms,"
                        + " %d districts, seed %d%n", kills, atCommit, kills - atCommit, damage.size(), landedWhenKilled,
                finishedFirst, landings, runMillis, tailMillis, DISTRICTS, SEED);
        damage.forEach(d -> System.err.println("crash harness: " + d));
        assertThat(damage).isEmpty();
    }

    /** Null when the archive opens and every run is whole, the new one (if it landed) with all its districts. */
    private static String verify(Path archive, int runsBefore) {
        try (Archive opened = Archive.open(archive.toString())) {
            ArchiveVerification.Result result = opened.verify();
            if (!result.whole()) {
                return String.join("; ", result.problems());
            }
            List<RunSummary> runs = opened.runs();
            if (runs.size() < runsBefore || runs.size() > runsBefore + 1) {
                return runsBefore + " runs before the kill, " + runs.size() + " after";
            }
            if (runs.size() > runsBefore && runs.get(0).districts() != DISTRICTS) {
                return "the killed run landed with " + runs.get(0).districts() + " districts of " + DISTRICTS;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be opened: " + e.getMessage();
        }
    }

    private static List<RunSummary> runs(Path archive) throws IOException {
        try (Archive opened = Archive.open(archive.toString())) {
            return opened.runs();
        }
    }

    private int runToEnd(Path file, Path archive) throws Exception {
        return runToEnd(file, archive, dir.resolve("whole-" + System.nanoTime() + ".json"));
    }

    private int runToEnd(Path file, Path archive, Path out) throws Exception {
        Process p = ArchiveProcesses.check(file, archive.toString(), out, true);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
