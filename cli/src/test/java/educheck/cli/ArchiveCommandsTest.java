package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** check --archive, history, archive runs and archive diff, through the real command. */
class ArchiveCommandsTest {

    private static final Path KUNSHAN = Path.of("..", "samples", "passing-320583-kunshan.xml");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.cli.TestArchives#kinds")
    void twoYearsCheckedWithArchiveShowInHistoryRunsAndDiff(String kind) throws Exception {
        String archive = TestArchives.fresh(kind, dir);
        Path y2025 = Files.writeString(dir.resolve("kunshan-2025.xml"),
                Files.readString(KUNSHAN).replace("year=\"2024\"", "year=\"2025\"").replace("basicBalanceRecognizedYear>2013<",
                        "basicBalanceRecognizedYear>2013<"), StandardCharsets.UTF_8);

        CliRun first = CliRun.of("check", KUNSHAN.toString(), "--archive", archive).printedNoStackTrace();
        CliRun second = CliRun.of("check", y2025.toString(), "--archive", archive).printedNoStackTrace();
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("run 1 recorded in archive ");
        assertThat(second.exit()).isZero();
        assertThat(first.err() + second.err()).doesNotContain("password=" + passwordOf(archive));

        CliRun history = CliRun.of("history", "320583", "--archive", archive).printedNoStackTrace();
        assertThat(history.exit()).isZero();
        assertThat(history.out()).contains("320583 昆山市 — 2 year(s)").containsPattern("2024 +PASS").containsPattern("2025 +PASS");

        CliRun html = CliRun.of("history", "320583", "--indicator", "CN.CE.RES.5", "--format", "html", "--archive", archive);
        assertThat(html.out()).contains("<svg").contains("class=\"req\"").contains("CN.CE.RES.5").doesNotContain("<script");
        CliRun json = CliRun.of("history", "320583", "--format", "json", "--archive", archive);
        assertThat(json.out()).contains("\"year\" : 2024").contains("\"year\" : 2025");
        CliRun csv = CliRun.of("history", "320583", "--format", "csv", "--archive", archive);
        assertThat(csv.out()).contains("320583,2025,2,CN.CE.");

        CliRun runs = CliRun.of("archive", "runs", "--archive", archive).printedNoStackTrace();
        assertThat(runs.out()).contains("2 run(s)").containsPattern("(?m)^ +2 .* 2025 ").containsPattern("(?m)^ +1 .* 2024 ");
        CliRun diff = CliRun.of("archive", "diff", "1", "2", "--archive", archive).printedNoStackTrace();
        assertThat(diff.exit()).isZero();
        // A year later the district is a year further from its basic-balance recognition (CN.CE.PRE.1).
        assertThat(diff.out()).contains("run 1 → run 2").contains("320583 昆山市").containsPattern("CN.CE.PRE.1 .* value moved +11 → 12 \\(\\+1\\)");
    }

    @Test
    void aBadArchiveChecksNothingAndExitsTwo() {
        CliRun run = CliRun.of("check", KUNSHAN.toString(), "--archive",
                "jdbc:postgresql://127.0.0.1:1/archive?user=inspector&password=s3cret&connectTimeout=2").printedNoStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("archive jdbc:postgresql://127.0.0.1:1/archive?user=inspector&password=***")
                .contains("nothing was checked").doesNotContain("s3cret");
    }

    @Test
    void anArchiveFailingAfterTheCheckKeepsTheReportAndExitsSix() throws Exception {
        Path folder = dir.resolve("refusing");
        CliRun.of("archive", "runs", "--archive", folder.toString());
        // The archive accepts the run's start but refuses its district: recording fails once the check is done.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("educheck.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER not_kunshan BEFORE INSERT ON districts WHEN NEW.code = '320583'"
                    + " BEGIN SELECT RAISE(ABORT, 'refused by a test'); END");
        }
        Path report = dir.resolve("report.json");

        CliRun run = CliRun.of("check", KUNSHAN.toString(), "--format", "json", "--output", report.toString(), "--archive",
                folder.toString()).printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(6);
        assertThat(report).content().contains("\"code\" : \"320583\"").contains("\"exitCode\" : 0");
        assertThat(run.err()).contains("the report was written, but the run was NOT archived: archive " + folder);
        assertThat(CliRun.of("archive", "runs", "--archive", folder.toString()).out()).contains("0 run(s)");
    }

    @Test
    void archiveWithoutALocationBeforeTheFileTakesTheFileAsInputAndUsesTheDefaultArchive() {
        assumeTrue(System.getenv("EDUCHECK_ARCHIVE") == null, "EDUCHECK_ARCHIVE is set: the default archive is not ~/.educheck");
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            CliRun run = CliRun.of("check", "--archive", KUNSHAN.toString()).printedNoStackTrace();
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("320583");
            assertThat(run.err()).contains("recorded in archive " + dir.resolve(".educheck").resolve("archive"));
        } finally {
            System.setProperty("user.home", home);
        }
    }

    private static String passwordOf(String url) {
        int at = url.indexOf("password=");
        return at < 0 ? "\u0000none" : url.substring(at + 9).split("&")[0];
    }
}
