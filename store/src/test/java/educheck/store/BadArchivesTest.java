package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleSet;
import educheck.checker.report.RunInfo;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An archive that cannot be used is refused when opened, with a message naming it and never its password. */
class BadArchivesTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableServerIsNamedWithItsPasswordMasked() {
        assertThatThrownBy(() -> Archive.open("jdbc:postgresql://127.0.0.1:1/archive?user=inspector&password=s3cret&connectTimeout=2"))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("archive jdbc:postgresql://127.0.0.1:1/archive?user=inspector&password=***")
                .hasMessageContaining("cannot be reached")
                .message().doesNotContain("s3cret");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutPrintingIt() {
        assumeTrue(Archives.PG_URL != null, () -> {
            System.err.println("*** SKIPPED on PostgreSQL: EDUCHECK_TEST_PG_URL is not set; the wrong-password case did not run ***");
            return "PostgreSQL not available: EDUCHECK_TEST_PG_URL is not set";
        });
        System.err.println("store test on PostgreSQL (schema none: a wrong password)");
        String wrong = Archives.PG_URL.replaceAll("password=[^&]*", "password=not-the-password");
        assertThatThrownBy(() -> Archive.open(wrong))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("password=***")
                .hasMessageContaining("refused the user educheck and password")
                .message().doesNotContain("not-the-password");
    }

    @Test
    void aFileThatIsNoDatabaseIsSaidToBeDamaged() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("damaged"));
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(junk);
        Files.write(folder.resolve("educheck.db"), junk);
        assertDamagedAndUntouched(folder, "is not an SQLite database");
    }

    @Test
    void anEmptyFileIsDamagedNotANewArchive() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        Files.write(folder.resolve("educheck.db"), new byte[0]);
        assertDamagedAndUntouched(folder, "is empty (0 bytes)");
    }

    @Test
    void aFileCutShortIsDamaged() throws Exception {
        Path folder = archiveWithARun("cut");
        Path file = folder.resolve("educheck.db");
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(c.size() / 2);
        }
        assertDamagedAndUntouched(folder, "is cut short");
    }

    @Test
    void aFileWhoseTailIsZeroedIsDamaged() throws Exception {
        Path folder = archiveWithARun("zeroed");
        Path file = folder.resolve("educheck.db");
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = c.size();
            c.write(ByteBuffer.allocate((int) (size / 4)), size - size / 4);
        }
        assertDamagedAndUntouched(folder, "damaged");
    }

    @Test
    void anArchiveOfTheEducheckBeforeSqliteIsNamedNotStartedAnewBeside() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("old"));
        Files.write(folder.resolve("educheck.mv.db"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Archive.open(folder.toString()))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("holds the archive of an earlier educheck (H2: educheck.mv.db)")
                .hasMessageContaining("educheck archive import-h2 --archive " + folder);
        assertThat(folder.resolve("educheck.db")).doesNotExist();
    }

    @Test
    void aReadOnlyArchiveCanBeReadButRecordsNothing() throws Exception {
        Path folder = archiveWithARun("ro");
        try (ReadOnly ro = ReadOnly.of(folder)) {
            assertThatThrownBy(() -> Archive.open(folder.toString()))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("is read-only; runs cannot be recorded in it");
            try (Archive archive = Archive.openToRead(folder.toString())) {
                assertThat(archive.runs()).singleElement().extracting(RunSummary::districts).isEqualTo(1);
                assertThat(archive.verify().whole()).isTrue();
            }
        }
    }

    /** Opening it says it is damaged and what was found, and leaves the file exactly as it was. */
    private static void assertDamagedAndUntouched(Path folder, String found) throws Exception {
        Path file = folder.resolve("educheck.db");
        byte[] before = Files.readAllBytes(file);
        for (boolean toRead : new boolean[] {false, true}) {
            assertThatThrownBy(() -> (toRead ? Archive.openToRead(folder.toString()) : Archive.open(folder.toString())).close())
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageStartingWith("archive " + folder + ": damaged: ")
                    .hasMessageContaining(found)
                    .hasMessageContaining("restore it from a backup");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    /** An embedded archive holding one run of one district. */
    private Path archiveWithARun(String name) throws Exception {
        Path folder = dir.resolve(name);
        Path file = dir.resolve(name + ".xml");
        Files.writeString(file, """
                <submission xmlns="urn:educheck:submission:1" year="2024">
                  <district code="330783" name="东阳市"><measure key="myopiaRate" value="0.60"/></district>
                </submission>""");
        RuleSet rules = RuleSet.bundled();
        try (Archive archive = Archive.open(folder.toString());
             RunRecorder recorder = archive.record(RunInfo.of(rules), List.of(file))) {
            new CheckRun(new DistrictChecker(rules), 1).run(List.of(file), recorder);
            recorder.commit();
        }
        return folder;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void anArchiveOfANewerSchemaIsRefused(String kind) throws Exception {
        String location = Archives.fresh(kind, dir);
        try (Archive archive = Archive.open(location)) {
            // A later educheck's migration, as Flyway would have recorded it.
            try (Connection c = archive.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'from the future',"
                        + " 'SQL', 'V99__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, TRUE)");
            }
        }
        assertThatThrownBy(() -> Archive.open(location))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("was written by a newer educheck (schema version 99; this educheck knows up to ");
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> Archive.open(file.resolve("archive").toString()))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("the folder cannot be created");
        assertThat(file).hasContent("not a folder");
    }
}
