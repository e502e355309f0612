package educheck.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The databases every store test runs against: an embedded archive (SQLite) always, and the PostgreSQL server named by
 * {@code EDUCHECK_TEST_PG_URL} when it is set (.ci/postgres starts one). Without it the PostgreSQL cases are
 * reported as skipped, with a notice on standard error, never passed.
 */
final class Archives {

    static final String PG_URL = System.getenv("EDUCHECK_TEST_PG_URL");
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private Archives() {
    }

    static Stream<String> kinds() {
        return Stream.of("embedded", "postgresql");
    }

    /**
     * A fresh, empty archive location of {@code kind}: a new folder for the embedded archive, a new schema of the test database for
     * PostgreSQL (so tests do not see each other's runs).
     */
    static String fresh(String kind, Path dir) throws SQLException {
        if (kind.equals("embedded")) {
            return dir.resolve("archive-" + SCHEMAS.incrementAndGet()).toString();
        }
        assumeTrue(PG_URL != null && !PG_URL.isBlank(), () -> {
            System.err.println("*** SKIPPED on PostgreSQL: EDUCHECK_TEST_PG_URL is not set (run `eval \"$(.ci/postgres start)\"`"
                    + " to start a throw-away server); only the embedded half of the store tests ran ***");
            return "PostgreSQL not available: EDUCHECK_TEST_PG_URL is not set";
        });
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(PG_URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        System.err.println("store test on PostgreSQL (schema " + schema + ")");
        return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Only the server: for what an embedded archive never holds (a schema before V5, made by an older educheck). */
    static Stream<String> servers() {
        return Stream.of("postgresql");
    }

    static List<String> all() {
        return kinds().toList();
    }
}
