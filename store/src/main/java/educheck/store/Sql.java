package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable values in and out of JDBC, which has no null-aware setter or getter for primitives. */
final class Sql {

    private Sql() {
    }

    /** What one transaction does on its connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction on {@code c}: committed when it returns, rolled back when it throws. Work
     * that decides to change nothing rolls back itself and returns; the commit after it then commits nothing.
     */
    static <T> T transaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.DOUBLE);
        } else {
            s.setDouble(i, v);
        }
    }

    static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v);
        }
    }

    static void setBoolean(PreparedStatement s, int i, Boolean v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.BOOLEAN);
        } else {
            s.setBoolean(i, v);
        }
    }

    static Double getDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    static Integer getInt(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    static Boolean getBoolean(ResultSet r, String column) throws SQLException {
        boolean v = r.getBoolean(column);
        return r.wasNull() ? null : v;
    }

    /** A number or a yes/no from a pair of columns ({@code actual_num}, {@code actual_flag}), or null. */
    static Object value(ResultSet r, String prefix) throws SQLException {
        Double n = getDouble(r, prefix + "_num");
        return n != null ? n : getBoolean(r, prefix + "_flag");
    }
}
