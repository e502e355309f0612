package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive that fails during a check (its disk full, its server's connection terminated) never hangs the check and
 * never loses its report: the report is written whole, the message says the run was not archived and why, exit 6;
 * the archive is left as it was and takes the next run.
 */
class ArchiveFailuresTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aFullDiskKeepsTheReportAndSaysTheRunWasNotArchived() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        // A real small filesystem (tmpfs), so the kernel says ENOSPC as a full disk does; it needs root to mount.
        assumeTrue("root".equals(System.getProperty("user.name")) && run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs",
                disk.toString()), () -> {
                    System.err.println("*** SKIPPED: a small filesystem cannot be mounted here (needs root) ***");
                    return "no tmpfs";
                });
        try {
            String archive = disk.resolve("archive").toString();
            Path small = ArchiveProcesses.generate(dir.resolve("small.xml"), 2, 41);
            assertThat(CliRun.of("check", small.toString(), "--archive", archive).exit()).isIn(0, 1);
            Path filler = disk.resolve("filler");
            fill(filler, Files.getFileStore(disk).getUsableSpace() - 512 * 1024);

            Path file = ArchiveProcesses.generate(dir.resolve("forty.xml"), 40, 42);
            Path report = dir.resolve("report.json");
            CliRun run = CliRun.of("check", file.toString(), "--format", "json", "--output", report.toString(), "--archive",
                    archive).printedNoStackTrace();

            assertThat(run.exit()).as(run.err()).isEqualTo(6);
            assertThat(report).content().contains("\"summary\"");
            assertThat(run.err()).contains("the report was written, but the run was NOT archived: archive " + archive)
                    .containsIgnoringCase("full");
            Files.delete(filler);
            CliRun verify = CliRun.of("archive", "verify", "--archive", archive);
            assertThat(verify.exit()).as(verify.err()).isZero();
            assertThat(verify.out()).contains("1 run(s), every one whole");
            assertThat(CliRun.of("check", file.toString(), "--archive", archive).exit()).isIn(0, 1);
            assertThat(CliRun.of("archive", "runs", "--archive", archive).out()).contains("2 run(s)");
        } finally {
            run("umount", disk.toString());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aDiskFullBeforeTheArchiveOpensStillGivesTheReportAndSaysTheRunWasNotArchived() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("full-disk"));
        assumeTrue("root".equals(System.getProperty("user.name")) && run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs",
                disk.toString()), () -> {
                    System.err.println("*** SKIPPED: a small filesystem cannot be mounted here (needs root) ***");
                    return "no tmpfs";
                });
        try {
            String archive = disk.resolve("archive").toString();
            Path small = ArchiveProcesses.generate(dir.resolve("small-full.xml"), 2, 43);
            assertThat(CliRun.of("check", small.toString(), "--archive", archive).exit()).isIn(0, 1);
            // Every byte taken: SQLite cannot even map its WAL index, so the archive does not open at all.
            Path filler = disk.resolve("filler");
            fillUp(filler);
            Path report = dir.resolve("report-full.json");
            CliRun run = CliRun.of("check", small.toString(), "--format", "json", "--output", report.toString(), "--archive",
                    archive).printedNoStackTrace();

            assertThat(run.exit()).as(run.err()).isEqualTo(6);
            assertThat(report).content().contains("\"summary\"");
            assertThat(run.err()).contains("its disk is full").contains("checking without it, by the bundled rules")
                    .contains("the report was written, but the run was NOT archived: archive " + archive);
            Files.delete(filler);
            CliRun verify = CliRun.of("archive", "verify", "--archive", archive);
            assertThat(verify.exit()).as(verify.err()).isZero();
            assertThat(verify.out()).contains("1 run(s), every one whole");
        } finally {
            run("umount", disk.toString());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aServerConnectionTerminatedMidRunKeepsTheReportAndSaysTheRunWasNotArchived() throws Exception {
        String archive = TestArchives.fresh("postgresql", dir);
        Path file = ArchiveProcesses.generate(dir.resolve("sixty.xml"), 60, 43);
        Path out = dir.resolve("report.json");
        Process child = ArchiveProcesses.check(file, archive, out, false);
        // Once districts stream out, the run's rows are being written on its connection: every backend but ours goes.
        while (child.isAlive() && !Files.readString(out).contains("\"code\"")) {
            child.waitFor(20, TimeUnit.MILLISECONDS);
        }
        assertThat(child.isAlive()).as(ArchiveProcesses.console(out)).isTrue();
        int terminated;
        try (Connection c = DriverManager.getConnection(TestArchives.PG_URL); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            r.next();
            terminated = r.getInt(1);
        }
        assertThat(terminated).isPositive();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("ended, not hung").isTrue();

        String console = ArchiveProcesses.console(out);
        assertThat(child.exitValue()).as(console).isEqualTo(6);
        assertThat(Files.readString(out)).contains("\"summary\"");
        assertThat(console).contains("the report was written, but the run was NOT archived: archive jdbc:postgresql:")
                .doesNotContain("\tat ");
        CliRun runs = CliRun.of("archive", "runs", "--archive", archive);
        assertThat(runs.out()).as(runs.err()).contains("0 run(s)");
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[1 << 20];
        try (var out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    /** Writes until the filesystem refuses another byte. */
    private static void fillUp(Path file) throws IOException {
        byte[] block = new byte[1 << 16];
        try (var out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: what was wanted
        }
        assertThat(Files.getFileStore(file).getUsableSpace()).isLessThan(1 << 16);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
