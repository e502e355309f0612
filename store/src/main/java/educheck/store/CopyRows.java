package educheck.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows sent to PostgreSQL by {@code COPY … FROM STDIN} in its text format: one statement per flush carries all the
 * rows added since the last, with none of an {@code INSERT}'s parameters to bind, parse and plan on the server. The
 * caller flushes every few thousand rows, so the text held here stays small. Every value is written as PostgreSQL
 * reads it back exactly: a double as Java's shortest round-trip form, a date as yyyy-mm-dd.
 */
final class CopyRows implements BulkRows {

    private final CopyManager copy;
    private final String table;
    private final String sql;
    private final int[] types;
    private final StringBuilder pending = new StringBuilder(1 << 16);

    CopyRows(CopyManager copy, String table, String columns, int[] types) {
        this.copy = copy;
        this.table = table;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        this.types = types;
    }

    @Override
    public void add(Object... row) {
        BulkRows.checkWidth(table, row, types);
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                pending.append('\t');
            }
            value(row[c], types[c]);
        }
        pending.append('\n');
    }

    private void value(Object v, int type) {
        if (v == null) {
            pending.append("\\N");
        } else if (type == Types.BOOLEAN) {
            pending.append((Boolean) v ? 't' : 'f');
        } else if (type == Types.VARCHAR) {
            text((String) v);
        } else {
            // numbers and dates: their toString is what PostgreSQL's input functions read, with nothing to escape
            pending.append(v);
        }
    }

    /** The text format's escapes: a backslash, and the characters that would end a column or a row. */
    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> pending.append("\\\\");
                case '\t' -> pending.append("\\t");
                case '\n' -> pending.append("\\n");
                case '\r' -> pending.append("\\r");
                default -> pending.append(ch);
            }
        }
    }

    /** Nothing waits for a statement to fill: every row goes. */
    @Override
    public void flushFull() throws SQLException {
        flush();
    }

    @Override
    public void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
