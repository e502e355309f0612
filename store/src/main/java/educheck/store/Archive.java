package educheck.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import educheck.checker.LastYearFigures;
import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.render.ReportStream;
import educheck.checker.report.RunInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The archive of checks: an embedded H2 database in a folder, or a shared PostgreSQL database. Opening it checks
 * that it can be reached, read and written, and brings its schema up to date (Flyway, {@code db/migration}); a
 * problem is an {@link ArchiveException} naming the archive, never a stack trace.
 *
 * <p>What the command line and the web call:
 * <ul>
 *   <li>{@link #record}: a {@link ReportStream} that stores a run as it is reported, in one transaction;</li>
 *   <li>{@link #runs}, {@link #history}, {@link #diff}: what was checked, a district over the years, what changed;</li>
 *   <li>{@link #render} / {@link #replay}: a stored run written again in any report format;</li>
 *   <li>{@link #lastYear}: a district's figures of a year, for next year's year-over-year rules.</li>
 * </ul>
 * Thread-safe; close it when done.
 */
public final class Archive implements AutoCloseable {

    /** How long a serving process waits at its close for connected processes that are not writing. */
    static final long IDLE_CLIENT_WAIT_NANOS = 20_000_000_000L;

    private final ArchiveLocation location;
    private final HikariDataSource pool;

    private Archive(ArchiveLocation location, HikariDataSource pool) {
        this.location = location;
        this.pool = pool;
    }

    /**
     * Opens (creating if need be) the archive at {@code location}: null or empty for {@code EDUCHECK_ARCHIVE} or
     * {@code ~/.educheck/archive}, a folder for an embedded archive, or a {@code jdbc:postgresql://} URL.
     */
    public static Archive open(String location) throws ArchiveException {
        try {
            return open(ArchiveLocation.of(location));
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(e.getMessage());
        }
    }

    public static Archive open(ArchiveLocation location) throws ArchiveException {
        if (location.folder() != null) {
            prepareFolder(location);
        }
        // Two processes opening an embedded archive at the same moment race for its lock file before either serves
        // it (AUTO_SERVER), and any new connection of the opening (the pool's, Flyway's, the write check's) can meet
        // that race: the loser waits a little and opens again, then connects through the winner. Measured with three
        // checks started at once on 2 cores, a loser could wait 13 s or more, so the bound is generous.
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                return openOnce(location);
            } catch (ArchiveException e) {
                if (!location.isEmbedded() || !lockRace(reason(e)) || System.nanoTime() > giveUp) {
                    throw e;
                }
            }
            try {
                Thread.sleep(250 + (long) (Math.random() * 250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArchiveException("archive " + location.shown() + ": interrupted while opening it");
            }
        }
    }

    private static Archive openOnce(ArchiveLocation location) throws ArchiveException {
        HikariDataSource pool = connect(location);
        Archive archive = new Archive(location, pool);
        try {
            archive.migrate();
            archive.checkWritable();
            return archive;
        } catch (ArchiveException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** How messages name this archive: its folder, or its URL with the password masked. */
    public String shown() {
        return location.shown();
    }

    public ArchiveLocation location() {
        return location;
    }

    /**
     * Starts recording a run: write the report through the returned stream, then {@link RunRecorder#commit()};
     * closing it without a commit leaves the archive as it was.
     *
     * @param inputs the files checked; their names and sha256 are recorded
     */
    public RunRecorder record(RunInfo run, List<Path> inputs) throws ArchiveException {
        return new RunRecorder(this, run, inputs);
    }

    /** As {@link #record(RunInfo, List)}, recording each input under the name given (an upload's own name). */
    public RunRecorder record(RunInfo run, List<Path> inputs, List<String> names) throws ArchiveException {
        return new RunRecorder(this, run, inputs, names);
    }

    /** Every run, newest first. */
    public List<RunSummary> runs() throws ArchiveException {
        return RunList.all(this);
    }

    public Optional<RunSummary> run(long id) throws ArchiveException {
        return RunList.one(this, id);
    }

    /**
     * The database's own check of its file, then every run held to its own totals (districts, verdicts, findings):
     * what {@code educheck archive verify} says. A problem names its run or table.
     */
    public ArchiveVerification.Result verify() throws ArchiveException {
        return ArchiveVerification.verify(this);
    }

    /** A district's latest run in each year, oldest year first; {@code indicator} null for every indicator. */
    public DistrictHistory history(String code, String indicator) throws ArchiveException {
        return DistrictHistory.read(this, code, indicator);
    }

    /** What changed from run {@code before} to run {@code after}, district by district. */
    public RunDiff diff(long before, long after) throws ArchiveException {
        return RunDiff.between(this, before, after);
    }

    /** The rules and waivers a stored run was made with, as its report states them. */
    public RunInfo runInfo(long id) throws ArchiveException {
        return StoredRun.info(this, id);
    }

    /** Writes a stored run to {@code out} as it was first reported: each district, then the run's closing part. */
    public void replay(long id, ReportStream out) throws IOException {
        StoredRun.replay(this, id, out);
    }

    /** A stored run as a report in {@code format} (text, json, html, csv, xml, rectification). */
    public void render(long id, String format, Writer out, RenderOptions options) throws IOException {
        replay(id, Formats.byName(format).open(out, runInfo(id), options));
    }

    /** A district's open measures as last recorded for {@code year}, with the run they came from; empty if none. */
    public Optional<RecordedYear> lastYear(String code, int year) throws ArchiveException {
        return RecordedYear.latest(this, code, year);
    }

    /** {@link #lastYear} as the checker asks for it: what fills a submission's missing {@code <previous>}. */
    /**
     * Writes the files run {@code id} checked into {@code dir} (each as {@code N-name}, in the run's order) and returns
     * them, to check the run again under other rules. Runs archived before inputs were kept (schema V3) have none.
     */
    public List<Path> inputFiles(long id, Path dir) throws IOException {
        return StoredInputs.write(this, id, dir);
    }

    /** The published rule-set versions: the audit trail, and the files of each. */
    public RuleVersions ruleVersions() {
        return new RuleVersions(this);
    }

    /** Proposed rule sets waiting for, or past, their review (schema V5); {@link DraftReview} decides on them. */
    public RuleDrafts ruleDrafts() {
        return new RuleDrafts(this);
    }

    public LastYearFigures lastYearFigures() {
        return (code, year) -> lastYear(code, year)
                .map(r -> new LastYearFigures.Recorded(r.measures(), r.origin())).orElse(null);
    }

    Connection connection() throws ArchiveException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failure("cannot be reached", e);
        }
    }

    /** An {@link ArchiveException} naming this archive and saying what failed, with the database's reason. */
    ArchiveException failure(String what, Exception e) {
        return new ArchiveException("archive " + shown() + ": " + what + ": " + reason(e), e);
    }

    @Override
    public void close() {
        if (location.isEmbedded()) {
            waitForOtherWriters();
        }
        pool.close();
    }

    /**
     * The first process to open an embedded archive serves it to the others (H2's AUTO_SERVER): it must not go
     * while another process still needs it. One recording a run (uncommitted rows) is waited for however long it
     * takes. One connected but not writing is waited for a while too ({@link #IDLE_CLIENT_WAIT_NANOS}): it may have
     * opened the archive and not yet started its run, or have just committed and be waiting for the answer; going
     * then would break its connection and lose or misreport its run. An idle client that stays longer (a web server
     * that connected through this process) is left: its pool reconnects and serves the archive itself.
     */
    private void waitForOtherWriters() {
        String sql = "SELECT COUNT(CASE WHEN contains_uncommitted THEN 1 END), COUNT(server)"
                + " FROM information_schema.sessions WHERE session_id <> SESSION_ID()";
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (!serving(c)) {
                return;
            }
            long quietSince = System.nanoTime();
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return;
                    }
                    if (r.getInt(1) > 0) {
                        quietSince = System.nanoTime();
                    } else if (r.getInt(2) == 0 || System.nanoTime() - quietSince > IDLE_CLIENT_WAIT_NANOS) {
                        return;
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException | InterruptedException e) {
            // Closing anyway: nothing more to wait for.
        }
    }

    /** Whether this process serves the archive: its own sessions are local; a client's come over TCP. */
    private static boolean serving(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT server FROM information_schema.sessions WHERE session_id = SESSION_ID()");
             ResultSet r = s.executeQuery()) {
            return r.next() && r.getString(1) == null;
        }
    }

    private static void prepareFolder(ArchiveLocation location) throws ArchiveException {
        Path folder = location.folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException("archive " + location.shown() + ": the folder cannot be created (" + e.getMessage()
                    + "); give another folder with --archive FOLDER");
        }
        Path file = folder.resolve(ArchiveLocation.DATABASE + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file) || !Files.exists(file) && !Files.isWritable(folder)) {
            throw new ArchiveException("archive " + location.shown() + ": is read-only; runs cannot be recorded in it."
                    + " Make " + (Files.exists(file) ? file : folder) + " writable, or give another folder with --archive FOLDER");
        }
    }

    private static HikariDataSource connect(ArchiveLocation location) throws ArchiveException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.url());
        if (location.user() != null) {
            config.setUsername(location.user());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setPoolName("educheck-archive");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ArchiveException(cannotOpen(location, e), e);
        }
    }

    /**
     * H2's words for "another process is opening or serving this file right now": the lock is held, its lock file
     * was written a moment ago, or another process created it first (the other is between taking the lock and
     * starting its server).
     */
    private static boolean lockRace(String reason) {
        return reason.contains("Locked by another process") || reason.contains("Lock file recently modified")
                || reason.contains("Another process was faster");
    }

    /** The reason an archive cannot be opened, in a user's words, never the URL's password. */
    private static String cannotOpen(ArchiveLocation location, Exception e) {
        String reason = reason(e);
        String lower = reason.toLowerCase();
        String hint;
        if (lower.contains("password authentication failed") || lower.contains("authentication")) {
            hint = "the server refused the user " + location.userShown() + " and password; check EDUCHECK_ARCHIVE_USER /"
                    + " EDUCHECK_ARCHIVE_PASSWORD or the URL's user and password";
        } else if (lower.contains("connection refused") || lower.contains("connect") && !location.isEmbedded()
                || lower.contains("unknownhost") || lower.contains("timed out")) {
            hint = "the server cannot be reached; check the host and port and that PostgreSQL is running";
        } else if (lower.contains("corrupt") || lower.contains("file") && location.isEmbedded()
                && (lower.contains("format") || lower.contains("read"))) {
            hint = "the database file is damaged or is not an educheck archive; restore it from a backup or give"
                    + " another folder";
        } else if (lower.contains("validate failed")) {
            hint = "its schema does not match this educheck's (it was made by a different build of educheck); use that"
                    + " build, or give another archive";
        } else if (lower.contains("locked") || lower.contains("already in use")) {
            hint = "another program holds the database file; close it and try again";
        } else {
            hint = "it cannot be opened";
        }
        return "archive " + location.shown() + ": " + hint + " (" + ArchiveLocation.mask(reason) + ")";
    }

    /** The innermost message of an exception chain, which says what the database or driver saw. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        // H2 appends its SQL state and version ("... [90030-252]"); the first line says it all.
        int nl = m.indexOf('\n');
        return ArchiveLocation.mask(nl < 0 ? m : m.substring(0, nl)).trim();
    }

    private void migrate() throws ArchiveException {
        Flyway flyway = Flyway.configure(Archive.class.getClassLoader()).dataSource(pool)
                .locations("classpath:db/migration").load();
        try {
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new ArchiveException("archive " + shown() + ": was written by a newer educheck (schema version "
                            + flyway.info().current().getVersion() + "; this educheck knows up to "
                            + latestKnown(flyway) + "); use the newer educheck, or give another archive");
                }
                // On H2 a failed V4 (a full disk, say) is recorded as failed, and Flyway would refuse the archive until
                // repaired; V4 clears what an attempt left before it starts (V4__narrow_findings.sql), so it is tried again.
                if (m.getState() == MigrationState.FAILED && m.getVersion() != null && m.getVersion().getVersion().equals("4")) {
                    flyway.repair();
                }
            }
            flyway.migrate();
        } catch (ArchiveException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArchiveException(cannotOpen(location, e), e);
        }
    }

    private static String latestKnown(Flyway flyway) {
        String latest = "none";
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState().isResolved() && m.getVersion() != null) {
                latest = m.getVersion().toString();
            }
        }
        return latest;
    }

    /** A read-only database would fail only at the end of a long check: it is tried before anything is checked. */
    private void checkWritable() throws ArchiveException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE runs SET rule_count = rule_count WHERE id = -1")) {
                s.executeUpdate();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ArchiveException("archive " + shown() + ": is read-only or refuses writes; runs cannot be recorded"
                    + " in it (" + reason(e) + ")", e);
        }
    }
}
