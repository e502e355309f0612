package educheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two stored runs, district by district (matched by code): findings that became FAIL, that
 * became PASS, whose status changed otherwise, and whose value moved; districts only one run checked. The database
 * does the matching (a join on district, indicator and subject), so two national runs are compared without loading
 * either.
 */
public record RunDiff(long before, long after, List<Change> changes, List<String> onlyBefore, List<String> onlyAfter) {

    /**
     * One finding that changed.
     *
     * @param kind FAIL (became FAIL), PASS (became PASS), STATUS (another status change) or VALUE (same status, the
     *             value moved)
     */
    public record Change(String district, String name, String kind, String indicator, String subject,
                         String statusBefore, String statusAfter, Object actualBefore, Object actualAfter) {

        /** How far a number moved (after − before), or null when either is not a number. */
        public Double delta() {
            return actualBefore instanceof Double a && actualAfter instanceof Double b ? b - a : null;
        }
    }

    public long becameFail() {
        return changes.stream().filter(c -> c.kind().equals("FAIL")).count();
    }

    public long becamePass() {
        return changes.stream().filter(c -> c.kind().equals("PASS")).count();
    }

    static RunDiff between(Archive archive, long before, long after) throws ArchiveException {
        for (long id : new long[] {before, after}) {
            if (archive.run(id).isEmpty()) {
                throw new ArchiveException("archive " + archive.shown() + ": has no run " + id
                        + "; `educheck archive runs` lists the runs it holds");
            }
        }
        try (Connection c = archive.connection()) {
            List<Change> changes = new ArrayList<>();
            String sql = "SELECT da.code, db.name, fa.indicator, fa.subject, fa.status AS status_a, fb.status AS status_b,"
                    + " fa.actual_num AS a_num, fa.actual_flag AS a_flag, fb.actual_num AS b_num, fb.actual_flag AS b_flag"
                    + " FROM districts da"
                    + " JOIN districts db ON db.run_id = ? AND db.code = da.code"
                    + " JOIN findings fa ON fa.run_id = da.run_id AND fa.district_pos = da.district_pos"
                    + " JOIN findings fb ON fb.run_id = db.run_id AND fb.district_pos = db.district_pos"
                    + " AND fb.indicator = fa.indicator AND fb.subject = fa.subject"
                    + " WHERE da.run_id = ? AND (fa.status <> fb.status OR fa.actual_num IS DISTINCT FROM fb.actual_num"
                    + " OR fa.actual_flag IS DISTINCT FROM fb.actual_flag)"
                    + " ORDER BY da.code, fa.indicator, fa.subject";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, after);
                s.setLong(2, before);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String a = r.getString("status_a");
                        String b = r.getString("status_b");
                        String kind = a.equals(b) ? "VALUE" : b.equals("FAIL") ? "FAIL" : b.equals("PASS") ? "PASS" : "STATUS";
                        changes.add(new Change(r.getString(1), r.getString(2), kind, r.getString("indicator"),
                                r.getString("subject"), a, b, Sql.value(r, "a"), Sql.value(r, "b")));
                    }
                }
            }
            return new RunDiff(before, after, changes, onlyIn(c, before, after), onlyIn(c, after, before));
        } catch (SQLException e) {
            throw archive.failure("runs " + before + " and " + after + " cannot be compared", e);
        }
    }

    private static List<String> onlyIn(Connection c, long run, long other) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM districts d WHERE run_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM districts o WHERE o.run_id = ? AND o.code = d.code) ORDER BY code")) {
            s.setLong(1, run);
            s.setLong(2, other);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
        }
        return codes;
    }
}
