package educheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows of one table written many at a time, by the fastest path the database has: PostgreSQL's {@code COPY}
 * ({@link CopyRows}), multi-row {@code INSERT}s elsewhere ({@link RowInserter}: SQLite's staging file). Rows may wait
 * in memory until a flush; either way fewer than a flush's worth, so memory stays bounded however long the run.
 */
interface BulkRows {

    /** Adds a row: one value per column, in the order of the columns, each of its {@link java.sql.Types} or null. */
    void add(Object... row) throws SQLException;

    /** Sends what can go now; a few rows may wait for more (the last part of a multi-row statement). */
    void flushFull() throws SQLException;

    /** Sends every row added so far. */
    void flush() throws SQLException;

    /** The bulk path of {@code connection}'s database into {@code table}. */
    static BulkRows of(Connection connection, String table, String columns, int[] types) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI(), table, columns, types);
        }
        return new RowInserter(connection, table, columns, types);
    }

    /** Refuses a row with the wrong number of values, naming the table. */
    static void checkWidth(String table, Object[] row, int[] types) {
        if (row.length != types.length) {
            throw new IllegalArgumentException(table + ": " + row.length + " values for " + types.length + " columns");
        }
    }
}
