package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
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
    void aDamagedDatabaseFileIsSaidToBeDamaged() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("damaged"));
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(junk);
        Files.write(folder.resolve("educheck.mv.db"), junk);
        assertThatThrownBy(() -> Archive.open(folder.toString()))
                .isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("archive " + folder + ": ")
                .hasMessageContaining("damaged");
    }

    @Test
    void aReadOnlyDatabaseIsRefusedBeforeAnythingIsChecked() throws Exception {
        Path folder = dir.resolve("ro");
        Archive.open(folder.toString()).close();
        // Tests run as root here, which may write any file; H2's read-only mode is what a read-only file gives.
        String url = "jdbc:h2:file:" + folder.resolve("educheck") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r";
        assertThatThrownBy(() -> Archive.open(url))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("read-only");
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
