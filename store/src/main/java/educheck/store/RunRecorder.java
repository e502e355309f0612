package educheck.store;

import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.CountyStatus;
import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Verdict;
import educheck.model.Waivers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Records one run as it is reported: a {@link ReportStream} that writes each district's rows as it comes, in
 * batches, and {@link #commit()} makes the whole run visible at once. On PostgreSQL the rows go into one transaction
 * on the archive; in an embedded archive into a staging file of the run's own ({@link StagedRun}), copied in by one
 * transaction at the commit. Nothing of a run that fails, is killed or is closed without a commit is ever seen.
 * Holds one district at a time, so memory stays bounded however many districts the run has.
 */
public final class RunRecorder implements ReportStream, AutoCloseable {

    /** Rows sent to the database at once; larger batches gained nothing measurable on either database. */
    private static final int BATCH = 2_000;

    private final Archive archive;
    private final RunInfo info;
    private final StagedRun staged;
    private final Connection connection;
    private long runId;
    private int findingCount;
    private final Instant started = Instant.now();
    private final FindingRows findings;
    private final PreparedStatement districts;
    private final PreparedStatement units;
    private final PreparedStatement measures;
    private final PreparedStatement standards;
    private final PreparedStatement rectification;
    private final PreparedStatement pulls;
    private Integer year;
    private int districtPos;
    private int pending;
    private boolean committed;

    RunRecorder(Archive archive, RunInfo info, List<Path> inputs) throws ArchiveException {
        this(archive, info, inputs, inputs.stream().map(Path::toString).toList());
    }

    /** @param names what the archive calls each input (an upload's own name, not where the server kept it) */
    RunRecorder(Archive archive, RunInfo info, List<Path> inputs, List<String> names) throws ArchiveException {
        this.archive = archive;
        this.info = info;
        this.staged = archive.stage();
        this.connection = staged != null ? staged.connection() : archive.connection();
        try {
            connection.setAutoCommit(false);
            runId = insertRun();
            insertInputs(inputs, names);
            districts = connection.prepareStatement("INSERT INTO districts (run_id, district_pos, code, name, district_year, file,"
                    + " verdict, jurisdictions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            units = connection.prepareStatement("INSERT INTO district_units (run_id, district_pos, position, unit_id,"
                    + " unit_name) VALUES (?, ?, ?, ?, ?)");
            measures = connection.prepareStatement("INSERT INTO district_measures (run_id, district_pos, measure_key,"
                    + " measure_value) VALUES (?, ?, ?, ?)");
            standards = connection.prepareStatement("INSERT INTO standards (run_id, district_pos, position, standard, title,"
                    + " verdict, rule_package, rule_name, draft_text, decides) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            rectification = connection.prepareStatement("INSERT INTO rectification (run_id, district_pos, position,"
                    + " indicator, subject, action, shortfall, unit, field, target, gap, plan_indicator, plan_level,"
                    + " plan_before, plan_after, plan_limit, plan_mean, plan_floor, plan_schools, plan_total, plan_unit)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            pulls = connection.prepareStatement("INSERT INTO rectification_pulls (run_id, district_pos, item_pos, position,"
                    + " subject, pull_value, share) VALUES (?, ?, ?, ?, ?, ?, ?)");
            findings = new FindingRows(connection, runId);
        } catch (SQLException | IOException e) {
            abandon();
            throw archive.failure("the run cannot be recorded", e);
        }
    }

    /** The run's id in the archive, once committed. */
    public long runId() {
        return runId;
    }

    @Override
    public void district(DistrictReport d) throws IOException {
        try {
            if (year == null) {
                year = d.year();
            }
            int pos = districtPos++;
            districts.setLong(1, runId);
            districts.setInt(2, pos);
            districts.setString(3, d.code());
            districts.setString(4, d.name());
            districts.setInt(5, d.year());
            districts.setString(6, d.file() == null ? null : d.file().toString());
            districts.setString(7, d.verdict().name());
            districts.setString(8, String.join(" ", d.jurisdictions()));
            districts.addBatch();
            int u = 0;
            for (Map.Entry<String, String> e : d.names().entrySet()) {
                units.setLong(1, runId);
                units.setInt(2, pos);
                units.setInt(3, u++);
                units.setString(4, e.getKey());
                units.setString(5, e.getValue());
                units.addBatch();
            }
            for (Map.Entry<String, String> e : d.measures().entrySet()) {
                measures.setLong(1, runId);
                measures.setInt(2, pos);
                measures.setString(3, e.getKey());
                measures.setString(4, e.getValue());
                measures.addBatch();
            }
            List<StandardVerdict> all = d.standards();
            for (int s = 0; s < all.size(); s++) {
                StandardVerdict v = all.get(s);
                standards.setLong(1, runId);
                standards.setInt(2, pos);
                standards.setInt(3, s);
                standards.setString(4, v.getStandard());
                standards.setString(5, v.getTitle());
                standards.setString(6, v.getVerdict().name());
                standards.setString(7, v.getRulePackage());
                standards.setString(8, v.getRuleName());
                standards.setBoolean(9, v.isDraft());
                standards.setBoolean(10, v.decides());
                standards.addBatch();
            }
            findings.addDistrict(pos, d);
            findingCount += d.findings().size();
            List<RectificationItem> items = d.rectification();
            for (int i = 0; i < items.size(); i++) {
                rectificationItem(pos, i, items.get(i));
            }
            pending += 1 + d.findings().size();
            if (pending >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw archive.failure("the run could not be recorded", e);
        }
    }

    private void rectificationItem(int pos, int i, RectificationItem r) throws SQLException {
        PreparedStatement s = rectification;
        s.setLong(1, runId);
        s.setInt(2, pos);
        s.setInt(3, i);
        s.setString(4, r.id());
        s.setString(5, r.subject());
        s.setString(6, r.action());
        s.setDouble(7, r.shortfall());
        s.setString(8, r.unit());
        s.setString(9, r.field());
        s.setString(10, r.target());
        s.setDouble(11, r.gap());
        RectificationItem.CoefficientPlan p = r.plan();
        s.setString(12, p == null ? null : p.indicator());
        s.setString(13, p == null ? null : p.level());
        Sql.setDouble(s, 14, p == null ? null : p.before());
        Sql.setDouble(s, 15, p == null ? null : p.after());
        Sql.setDouble(s, 16, p == null ? null : p.limit());
        Sql.setDouble(s, 17, p == null ? null : p.mean());
        Sql.setDouble(s, 18, p == null ? null : p.floor());
        Sql.setInt(s, 19, p == null ? null : p.schools());
        Sql.setDouble(s, 20, p == null ? null : p.total());
        s.setString(21, p == null ? null : p.unit());
        s.addBatch();
        if (p != null) {
            for (int k = 0; k < p.pulls().size(); k++) {
                RectificationItem.Pull pull = p.pulls().get(k);
                pulls.setLong(1, runId);
                pulls.setInt(2, pos);
                pulls.setInt(3, i);
                pulls.setInt(4, k);
                pulls.setString(5, pull.subject());
                pulls.setDouble(6, pull.value());
                pulls.setDouble(7, pull.share());
                pulls.addBatch();
            }
        }
    }

    /** Parents before children, as the foreign keys need. */
    private void flush() throws SQLException {
        districts.executeBatch();
        units.executeBatch();
        measures.executeBatch();
        standards.executeBatch();
        findings.flush(false);
        rectification.executeBatch();
        pulls.executeBatch();
        pending = 0;
    }

    /** Roll-ups, input errors, waivers and the totals; the run is complete but not yet committed. */
    @Override
    public void finish(RunOutcome outcome) throws IOException {
        try {
            flush();
            List<RollupReport> rollups = outcome.rollups();
            try (PreparedStatement groups = connection.prepareStatement("INSERT INTO rollups (run_id, position,"
                    + " jurisdiction, group_code, rollup_year) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement members = connection.prepareStatement("INSERT INTO rollup_members (run_id, rollup_pos,"
                         + " position, code, name, in_run, moe2017, declared_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rollups.size(); i++) {
                    RollupReport r = rollups.get(i);
                    groups.setLong(1, runId);
                    groups.setInt(2, i);
                    groups.setString(3, r.group().jurisdiction());
                    groups.setString(4, r.group().code());
                    groups.setInt(5, r.group().year());
                    groups.addBatch();
                    List<CountyStatus> counties = r.group().counties();
                    for (int k = 0; k < counties.size(); k++) {
                        CountyStatus c = counties.get(k);
                        members.setLong(1, runId);
                        members.setInt(2, i);
                        members.setInt(3, k);
                        members.setString(4, c.code());
                        members.setString(5, c.name());
                        members.setBoolean(6, c.inRun());
                        members.setString(7, c.moe2017() == null ? null : c.moe2017().name());
                        Sql.setInt(members, 8, c.declaredYear());
                        members.addBatch();
                    }
                    findings.add(FindingRows.rollupPos(i), 0, r.finding(), "");
                    findingCount++;
                }
                groups.executeBatch();
                members.executeBatch();
                findings.flush(true);
            }
            RunClosing.inputErrors(connection, runId, outcome.inputErrors());
            RunClosing.waivers(connection, runId, info.waivers());
            updateRun(outcome);
        } catch (SQLException e) {
            throw archive.failure("the run could not be recorded", e);
        }
    }

    /** Records that the web application's user {@code user} uploaded this run as {@code fileName}; part of the run. */
    public void uploadedBy(String user, String fileName) throws ArchiveException {
        try {
            Uploads.insert(connection, runId, user, fileName);
        } catch (SQLException e) {
            throw archive.failure("the upload could not be recorded", e);
        }
    }

    /** Makes the run visible to everyone, all of it at once. */
    public void commit() throws ArchiveException {
        try {
            if (staged != null) {
                runId = archive.land(staged);
            } else {
                connection.commit();
            }
            committed = true;
        } catch (SQLException e) {
            throw archive.failure("the run could not be recorded", e);
        }
    }

    /** Without a commit, everything written is rolled back. */
    @Override
    public void close() {
        if (staged != null) {
            staged.close();
        } else if (!committed) {
            abandon();
        } else {
            release();
        }
    }

    private void abandon() {
        if (staged != null) {
            staged.close();
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is gone; the database drops the transaction with it.
        }
        release();
    }

    private void release() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // returned to the pool as it is; the pool resets it
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

    private long insertRun() throws SQLException {
        String sql = "INSERT INTO runs (started_at, finished_at, rule_origin, rule_sha256, rule_count, jurisdictions,"
                + " waivers_file, waivers_sha256, waivers_as_of, districts, pass_count, fail_count, incomplete_count,"
                + " not_submitted_count, error_count, rule_faults, exit_code, rule_version, rule_basis)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?, ?)";
        try (PreparedStatement s = connection.prepareStatement(sql, new String[] {"id"})) {
            Timestamp now = Timestamp.from(started);
            s.setTimestamp(1, now);
            s.setTimestamp(2, now);
            s.setString(3, info.origin());
            s.setString(4, info.sha256());
            s.setInt(5, info.rules());
            s.setString(6, String.join(" ", info.jurisdictions()));
            Waivers w = info.waivers();
            s.setString(7, w.file() == null ? null : w.file().toString());
            s.setString(8, w.file() == null ? null : w.sha256());
            s.setDate(9, w.file() == null ? null : Date.valueOf(w.asOf()));
            Sql.setInt(s, 10, info.version());
            s.setString(11, info.basis() == null ? null : info.basis().key());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void insertInputs(List<Path> inputs, List<String> names) throws SQLException, IOException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO run_inputs (run_id, position, name, sha256,"
                + " bytes) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < inputs.size(); i++) {
                Path file = inputs.get(i);
                s.setLong(1, runId);
                s.setInt(2, i);
                s.setString(3, names.get(i));
                // A file that cannot be read is the check's input error to report; here it is only noted.
                String sha = Files.isReadable(file) ? sha256(file) : "unreadable";
                s.setString(4, sha);
                s.setLong(5, sha.equals("unreadable") ? -1 : Files.size(file));
                s.addBatch();
            }
            s.executeBatch();
        }
        // Kept so the run can be checked again under a draft's rules (what-if); streamed, never held whole in memory.
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO run_input_files (run_id, position, content)"
                + " VALUES (?, ?, ?)")) {
            for (int i = 0; i < inputs.size(); i++) {
                Path file = inputs.get(i);
                if (!Files.isReadable(file)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    s.setLong(1, runId);
                    s.setInt(2, i);
                    s.setBinaryStream(3, in, Files.size(file));
                    s.executeUpdate();
                }
            }
        }
    }

    private void updateRun(RunOutcome outcome) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE runs SET finished_at = ?, report_year = ?,"
                + " districts = ?, pass_count = ?, fail_count = ?, incomplete_count = ?, not_submitted_count = ?,"
                + " error_count = ?, rule_faults = ?, exit_code = ?, finding_count = ? WHERE id = ?")) {
            Map<Verdict, Integer> v = outcome.verdicts();
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            Sql.setInt(s, 2, year);
            s.setInt(3, outcome.districts());
            s.setInt(4, v.getOrDefault(Verdict.PASS, 0));
            s.setInt(5, v.getOrDefault(Verdict.FAIL, 0));
            s.setInt(6, v.getOrDefault(Verdict.INCOMPLETE, 0));
            s.setInt(7, v.getOrDefault(Verdict.NOT_SUBMITTED, 0));
            s.setInt(8, v.getOrDefault(Verdict.ERROR, 0));
            s.setInt(9, outcome.ruleFaults());
            s.setInt(10, outcome.exitCode());
            s.setInt(11, findingCount);
            s.setLong(12, runId);
            s.executeUpdate();
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
