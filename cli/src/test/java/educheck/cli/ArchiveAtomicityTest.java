package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.store.Archive;
import educheck.store.ArchiveLocation;
import educheck.store.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run is archived whole or not at all, with real processes: one killed while it writes leaves nothing behind, and
 * two writing at once both land. (No process serves an embedded archive to others: SQLite's locking is shared.)
 */
class ArchiveAtomicityTest {

    private static final Pattern DISTRICT = Pattern.compile("\"code\" : \"\\d{6}\"");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.cli.TestArchives#kinds")
    void aRunKilledWhileItWritesLeavesNothingHalfWritten(String kind) throws Exception {
        String archive = TestArchives.fresh(kind, dir);
        Path file = ArchiveProcesses.generate(dir.resolve("sixty.xml"), 60, 11);
        Path out = dir.resolve("killed.json");
        Process child = ArchiveProcesses.check(file, archive, out, false);
        // The report streams out as the run is recorded: once a few districts are out, the archive is mid-write.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (districtsIn(out) < 8 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("still running when killed: %s", ArchiveProcesses.console(out)).isTrue();
        child.destroyForcibly();
        child.waitFor(1, TimeUnit.MINUTES);

        try (Archive reopened = Archive.open(archive)) {
            assertThat(reopened.runs()).isEmpty();
        }
        for (String table : List.of("runs", "run_inputs", "districts", "finding_rows", "standards", "rectification")) {
            assertThat(rows(archive, table)).as(table).isZero();
        }
        // The archive is still good for the next run.
        Process again = ArchiveProcesses.check(file, archive, dir.resolve("again.json"), false);
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).as(ArchiveProcesses.console(dir.resolve("again.json"))).isIn(0, 1);
        try (Archive reopened = Archive.open(archive)) {
            assertThat(reopened.runs()).singleElement().extracting(RunSummary::districts).isEqualTo(60);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.cli.TestArchives#kinds")
    void twoRunsWritingAtOnceBothLand(String kind) throws Exception {
        String archive = TestArchives.fresh(kind, dir);
        Path a = ArchiveProcesses.generate(dir.resolve("a.xml"), 25, 21);
        Path b = ArchiveProcesses.generate(dir.resolve("b.xml"), 30, 22);
        Process first = ArchiveProcesses.check(a, archive, dir.resolve("a.json"), false);
        Process second = ArchiveProcesses.check(b, archive, dir.resolve("b.json"), false);
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(ArchiveProcesses.console(dir.resolve("a.json"))).isIn(0, 1);
        assertThat(second.exitValue()).as(ArchiveProcesses.console(dir.resolve("b.json"))).isIn(0, 1);

        try (Archive reopened = Archive.open(archive)) {
            assertThat(reopened.runs()).extracting(RunSummary::districts).containsExactlyInAnyOrder(25, 30);
        }
        assertThat(rows(archive, "districts")).isEqualTo(55);
    }

    private static int districtsIn(Path out) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        // The report is being written: a read may end inside a character, which bytes decoded leniently allow.
        Matcher m = DISTRICT.matcher(new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long rows(String archive, String table) throws SQLException {
        ArchiveLocation at = ArchiveLocation.of(archive);
        try (Connection c = DriverManager.getConnection(at.url()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
