package educheck.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of one table written many at a time: {@code INSERT … VALUES (…), (…), …} of {@link #ROWS} rows each, sent in
 * batches (SQLite's staging file; PostgreSQL takes {@link CopyRows}). Rows wait here until a statement is full;
 * {@link #flush()} writes them all, the last few with a statement of their own size. Holds fewer than {@link #ROWS} rows.
 */
final class RowInserter implements BulkRows {

    /** Rows per statement; see docs/benchmarks.md ("The archive") for what was measured. */
    static final int ROWS = 64;

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int[] types;
    private final PreparedStatement full;
    private final List<Object[]> pending = new ArrayList<>();

    /** @param types each column's {@link Types} constant, in the order of {@code columns} */
    RowInserter(Connection connection, String table, String columns, int[] types) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.types = types;
        this.full = connection.prepareStatement(sql(ROWS));
    }

    @Override
    public void add(Object... row) throws SQLException {
        BulkRows.checkWidth(table, row, types);
        pending.add(row);
        if (pending.size() == ROWS) {
            bind(full, pending);
            full.addBatch();
            pending.clear();
        }
    }

    /** Sends the rows of every full statement; the last few (fewer than {@link #ROWS}) wait for more. */
    @Override
    public void flushFull() throws SQLException {
        full.executeBatch();
    }

    @Override
    public void flush() throws SQLException {
        full.executeBatch();
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                bind(rest, pending);
                rest.executeUpdate();
            }
            pending.clear();
        }
    }

    private String sql(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    private void bind(PreparedStatement s, List<Object[]> rows) throws SQLException {
        int i = 1;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                set(s, i++, types[c], row[c]);
            }
        }
    }

    private static void set(PreparedStatement s, int i, int type, Object v) throws SQLException {
        if (v == null) {
            s.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.BIGINT -> s.setLong(i, ((Number) v).longValue());
            case Types.INTEGER -> s.setInt(i, ((Number) v).intValue());
            case Types.SMALLINT -> s.setShort(i, ((Number) v).shortValue());
            case Types.DOUBLE -> s.setDouble(i, ((Number) v).doubleValue());
            case Types.BOOLEAN -> s.setBoolean(i, (Boolean) v);
            case Types.DATE -> s.setDate(i, (Date) v);
            default -> s.setString(i, (String) v);
        }
    }
}
