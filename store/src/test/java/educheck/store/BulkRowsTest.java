package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Findings go to PostgreSQL by COPY and to SQLite by multi-row INSERTs: the same rows, whatever their text holds,
 * read back the same through either path.
 */
class BulkRowsTest {

    private static final String COLUMNS = "k, label, small, big, ratio, flag, expires";
    private static final int[] TYPES = {Types.INTEGER, Types.VARCHAR, Types.SMALLINT, Types.BIGINT, Types.DOUBLE,
        Types.BOOLEAN, Types.DATE};

    @TempDir
    Path dir;

    /** Every character the COPY text format treats specially, Chinese text, nulls in every column, awkward doubles. */
    private static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        String[] texts = {"tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "\\.", "", "城桥小学 S001/PRIMARY",
            "trailing backslash\\", "end of copy\n\\.\nafter", null};
        double[] numbers = {0.1, -0.0, 1e-300, 123456789.123456789, 4.2, Double.MAX_VALUE, 2.0 / 3};
        for (int i = 0; i < 3 * RowInserter.ROWS + 5; i++) {
            rows.add(new Object[] {i, texts[i % texts.length], (short) (i % 8), 1L << 40 | i,
                i % 9 == 8 ? null : numbers[i % numbers.length], i % 3 == 2 ? null : i % 2 == 0,
                i % 4 == 3 ? null : Date.valueOf(LocalDate.of(2026, 1 + i % 12, 1 + i % 28))});
        }
        return rows;
    }

    @Test
    void copyIntoPostgreSqlReadsBackWhatWasWritten() throws SQLException {
        assumeTrue(Archives.PG_URL != null && !Archives.PG_URL.isBlank(), "PostgreSQL not available: EDUCHECK_TEST_PG_URL is not set");
        try (Connection c = DriverManager.getConnection(Archives.PG_URL)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE copied (k INTEGER, label VARCHAR(100), small SMALLINT, big BIGINT,"
                        + " ratio DOUBLE PRECISION, flag BOOLEAN, expires DATE)");
            }
            BulkRows copy = BulkRows.of(c, "copied", COLUMNS, TYPES);
            assertThat(copy).isInstanceOf(CopyRows.class);
            assertThat(c.isWrapperFor(PGConnection.class)).isTrue();
            writeAndReadBack(c, copy);
        }
    }

    @Test
    void insertsIntoSqliteReadBackWhatWasWritten() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bulk.db"))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE copied (k INTEGER, label VARCHAR(100), small SMALLINT, big BIGINT,"
                        + " ratio DOUBLE PRECISION, flag BOOLEAN, expires DATE)");
            }
            BulkRows insert = BulkRows.of(c, "copied", COLUMNS, TYPES);
            assertThat(insert).isInstanceOf(RowInserter.class);
            writeAndReadBack(c, insert);
        }
    }

    private static void writeAndReadBack(Connection c, BulkRows bulk) throws SQLException {
        List<Object[]> rows = rows();
        // In two parts with a flush of the full statements between, as the run recorder sends them.
        for (Object[] row : rows.subList(0, 100)) {
            bulk.add(row);
        }
        bulk.flushFull();
        for (Object[] row : rows.subList(100, rows.size())) {
            bulk.add(row);
        }
        bulk.flush();
        List<List<Object>> read = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM copied ORDER BY k")) {
            while (r.next()) {
                short small = r.getShort(3);
                double ratio = r.getDouble(5);
                boolean ratioNull = r.wasNull();
                boolean flag = r.getBoolean(6);
                boolean flagNull = r.wasNull();
                read.add(java.util.Arrays.asList(r.getInt(1), r.getString(2), small, r.getLong(4),
                        ratioNull ? null : ratio, flagNull ? null : flag, r.getDate(7)));
            }
        }
        assertThat(read).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] expected = rows.get(i);
            List<Object> got = read.get(i);
            for (int col = 0; col < expected.length; col++) {
                Object want = expected[col];
                if (want instanceof Date d) {
                    assertThat(got.get(col)).as("row %d, column %d", i, col).hasToString(d.toString());
                } else if (want instanceof Double x) {
                    // exactly the same number (SQLite keeps -0.0 as 0, as it always did; the two are equal)
                    assertThat((Double) got.get(col) == x.doubleValue()).as("row %d, column %d: %s", i, col, got.get(col)).isTrue();
                } else {
                    assertThat(got.get(col)).as("row %d, column %d", i, col).isEqualTo(want);
                }
            }
        }
    }
}
