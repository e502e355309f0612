package educheck.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The archives the command's archive tests run against: the embedded archive (SQLite) always, and the PostgreSQL server of
 * {@code EDUCHECK_TEST_PG_URL} when set (.ci/postgres starts one); without it those cases are skipped, loudly.
 */
final class TestArchives {

    static final String PG_URL = System.getenv("EDUCHECK_TEST_PG_URL");
    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestArchives() {
    }

    static Stream<String> kinds() {
        return Stream.of("embedded", "postgresql");
    }

    /** A new, empty archive: a fresh folder, or a fresh schema of the PostgreSQL test database. */
    static String fresh(String kind, Path dir) throws SQLException {
        if (kind.equals("embedded")) {
            return dir.resolve("archive-" + COUNT.incrementAndGet()).toString();
        }
        assumeTrue(PG_URL != null && !PG_URL.isBlank(), () -> {
            System.err.println("*** SKIPPED on PostgreSQL: EDUCHECK_TEST_PG_URL is not set (eval \"$(.ci/postgres start)\");"
                    + " only the embedded half of the archive tests ran ***");
            return "PostgreSQL not available: EDUCHECK_TEST_PG_URL is not set";
        });
        String schema = "cli" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(PG_URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        System.err.println("archive test on PostgreSQL (schema " + schema + ")");
        return PG_URL + "&currentSchema=" + schema;
    }
}
