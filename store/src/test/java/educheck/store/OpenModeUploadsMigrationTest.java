package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V10: runs uploaded while the server had no accounts were recorded under "local"; migrated, they are nobody's, so an
 * account named local made later inherits none. An account named local that already existed keeps its uploads. On
 * PostgreSQL, whose archives can be older than V5; the embedded archive runs the same SQL (db/migration/common).
 */
class OpenModeUploadsMigrationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#servers")
    void uploadsUnderLocalBecomeNobodysUnlessAnAccountNamedLocalExists(String kind) throws Exception {
        String orphans = atV5(kind, false);
        try (Archive archive = Archive.open(orphans)) {
            assertThat(new Uploads(archive).one(1).orElseThrow().user()).isNull();
            assertThat(new Uploads(archive).uploadedBy("local", 10)).isEmpty();
        }
        String owned = atV5(kind, true);
        try (Archive archive = Archive.open(owned)) {
            assertThat(new Uploads(archive).one(1).orElseThrow().user()).isEqualTo("local");
        }
    }

    /** A new archive at schema V5 holding one run uploaded under "local", and an account of that name when asked. */
    private String atV5(String kind, boolean withLocalAccount) throws SQLException {
        String location = Archives.fresh(kind, dir);
        ArchiveLocation at = ArchiveLocation.of(location);
        Flyway.configure(getClass().getClassLoader()).dataSource(at.url(), at.user(), at.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(at.url(), at.user(), at.password()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO runs (id, started_at, finished_at, rule_origin, rule_sha256, rule_count, jurisdictions, districts,"
                    + " pass_count, fail_count, incomplete_count, not_submitted_count, error_count, rule_faults, exit_code)"
                    + " VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'bundled', 'x', 1, 'CN', 0, 0, 0, 0, 0, 0, 0, 0)");
            s.executeUpdate("INSERT INTO uploads (run_id, user_name, file_name, uploaded_at) VALUES (1, 'local', 'p.xml', CURRENT_TIMESTAMP)");
            if (withLocalAccount) {
                s.executeUpdate("INSERT INTO users (name, role, password_hash, created_at, updated_at)"
                        + " VALUES ('local', 'inspector', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM uploads WHERE user_name = 'local'")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
        return location;
    }
}
