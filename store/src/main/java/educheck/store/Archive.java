package educheck.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import educheck.checker.run.LastYearFigures;
import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.ReportStream;
import educheck.checker.report.RunInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The archive of checks: an embedded SQLite database in a folder (many processes share its file through SQLite's own
 * locking, with no server process), or a shared PostgreSQL database. Opening it checks that it can be reached and
 * read (and, unless opened {@link #openToRead to read}, written), that its file is whole, and brings its schema up to
 * date (Flyway: {@code db/migration/common} and the database's own folder); a problem is an {@link ArchiveException}
 * naming the archive, never a stack trace.
 *
 * <p>What the command line and the web call:
 * <ul>
 *   <li>{@link #record}: a {@link ReportStream} that stores a run as it is reported, committed whole or not at all;</li>
 *   <li>{@link #runs}, {@link #history}, {@link #diff}: what was checked, a district over the years, what changed;</li>
 *   <li>{@link #render} / {@link #replay}: a stored run written again in any report format;</li>
 *   <li>{@link #lastYear}: a district's figures of a year, for next year's year-over-year rules;</li>
 *   <li>{@link #verify} and {@link #backup}: is every run whole; a consistent copy of an embedded archive.</li>
 * </ul>
 * Thread-safe; close it when done.
 */
public final class Archive implements AutoCloseable {

    private final ArchiveLocation location;
    private final HikariDataSource pool;
    private final boolean readOnly;

    private Archive(ArchiveLocation location, HikariDataSource pool, boolean readOnly) {
        this.location = location;
        this.pool = pool;
        this.readOnly = readOnly;
    }

    /**
     * Opens (creating if need be) the archive at {@code location} to record runs in it: null or empty for
     * {@code EDUCHECK_ARCHIVE} or {@code ~/.educheck/archive}, a folder for an embedded archive, or a
     * {@code jdbc:postgresql://} URL. An archive that cannot be written is refused here, before anything is checked.
     */
    public static Archive open(String location) throws ArchiveException {
        return open(parse(location), false);
    }

    /** Opens the archive at {@code location} to read it only: a read-only file or mount will do. */
    public static Archive openToRead(String location) throws ArchiveException {
        return open(parse(location), true);
    }

    public static Archive open(ArchiveLocation location) throws ArchiveException {
        return open(location, false);
    }

    private static ArchiveLocation parse(String location) throws ArchiveException {
        try {
            return ArchiveLocation.of(location);
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(e.getMessage());
        }
    }

    private static Archive open(ArchiveLocation location, boolean toRead) throws ArchiveException {
        if (!location.isEmbedded()) {
            HikariDataSource pool = pool(location, null, false);
            Archive archive = new Archive(location, pool, toRead);
            return archive.ready(() -> archive.migrate(Migrations.POSTGRESQL));
        }
        try {
            return openEmbedded(location, toRead);
        } catch (ArchiveException e) {
            long free = freeBytes(location.folder());
            if (!toRead && free >= 0 && free < FULL_BELOW) {
                throw ArchiveException.diskFull("archive " + location.shown() + ": its disk is full (" + free / 1024
                        + " KB free), so it cannot be opened to record: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Below this much free space an archive that fails to open is taken to have failed for want of room. */
    private static final long FULL_BELOW = 4L * 1024 * 1024;

    /** The usable space of the filesystem that holds {@code folder} (or its nearest existing parent), -1 if unknown. */
    private static long freeBytes(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace();
                } catch (IOException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static Archive openEmbedded(ArchiveLocation location, boolean toRead) throws ArchiveException {
        boolean writable = EmbeddedFile.prepare(location, toRead);
        HikariDataSource pool = pool(location, EmbeddedFile.dataSource(location.file(), !writable), !writable);
        Archive archive = new Archive(location, pool, toRead);
        return archive.ready(() -> {
            if (writable) {
                EmbeddedFile.migrate(archive, location.folder());
                StagedRun.sweep(location.folder());
            } else {
                archive.refuseUnmigrated();
            }
            archive.quickCheck();
        });
    }

    /** The archive once {@code setUp} and the write check have passed; closed if they fail. */
    private Archive ready(SetUp setUp) throws ArchiveException {
        try {
            setUp.run();
            if (!readOnly) {
                checkWritable();
            }
            return this;
        } catch (ArchiveException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @FunctionalInterface
    private interface SetUp {
        void run() throws ArchiveException;
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

    /**
     * A stored run's districts with these codes, and then its closing part (totals, roll-ups), to {@code out}: the other
     * districts' rows are not read, so a page of one district of a national run costs that district.
     */
    public void replay(long id, java.util.Set<String> codes, ReportStream out) throws IOException {
        StoredRun.replay(this, id, codes, out);
    }

    /** A stored run as a report in {@code format} (text, json, html, csv, xml, rectification). */
    public void render(long id, String format, Writer out, RenderOptions options) throws IOException {
        replay(id, Formats.byName(format).open(out, runInfo(id), options));
    }

    /** As {@link #render(long, String, Writer, RenderOptions)}, with only the districts whose codes are given. */
    public void render(long id, String format, java.util.Set<String> codes, Writer out, RenderOptions options) throws IOException {
        replay(id, codes, Formats.byName(format).open(out, runInfo(id), options));
    }

    /** A district's open measures as last recorded for {@code year}, with the run they came from; empty if none. */
    public Optional<RecordedYear> lastYear(String code, int year) throws ArchiveException {
        return RecordedYear.latest(this, code, year);
    }

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

    /** {@link #lastYear} as the checker asks for it: what fills a submission's missing {@code <previous>}. */
    public LastYearFigures lastYearFigures() {
        // Once the archive has failed (its server gone, say), every later district is told at once, not after a wait.
        AtomicReference<ArchiveException> failed = new AtomicReference<>();
        return (code, year) -> {
            if (failed.get() != null) {
                throw failed.get();
            }
            try {
                return lastYear(code, year).map(r -> new LastYearFigures.Recorded(r.measures(), r.origin())).orElse(null);
            } catch (ArchiveException e) {
                failed.compareAndSet(null, e);
                throw e;
            }
        };
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
        return new ArchiveException("archive " + shown() + ": " + what + ": " + location.masked(reason(e)), e);
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * Where a run is written until it is committed: on PostgreSQL, a transaction of its own on the archive; in an
     * embedded archive, a staging file of its own ({@link StagedRun}), copied in at the commit.
     */
    StagedRun stage() throws ArchiveException {
        if (readOnly) {
            throw new ArchiveException("archive " + shown() + ": was opened to be read; runs cannot be recorded in it");
        }
        if (!location.isEmbedded()) {
            return null;
        }
        try (Connection c = connection()) {
            return StagedRun.open(location.folder(), c);
        } catch (SQLException | IOException e) {
            throw failure("the run cannot be recorded", e);
        }
    }

    /** Copies a staged run into the embedded archive, whole, on a connection of its own; returns its id. */
    long land(StagedRun run) throws SQLException {
        try (Connection c = EmbeddedFile.dataSource(location.file(), false).getConnection()) {
            return run.land(c);
        }
    }

    /**
     * A consistent copy of the embedded archive, made while others use it ({@code VACUUM INTO}: one read transaction,
     * so the copy holds exactly the runs committed when it began), written beside {@code dest} and renamed into place.
     * A PostgreSQL archive is backed up with the server's own tools (pg_dump).
     */
    public Path backup(Path dest) throws ArchiveException {
        if (!location.isEmbedded()) {
            throw new ArchiveException("archive " + shown() + ": is a PostgreSQL database; back it up with pg_dump"
                    + " (docs/deploy.md)");
        }
        Path target = (Files.isDirectory(dest) ? dest.resolve(ArchiveLocation.DATABASE) : dest).toAbsolutePath();
        if (Files.exists(target)) {
            throw new ArchiveException("archive " + shown() + ": the backup " + target + " exists already; give a new"
                    + " file or an empty folder");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            Files.deleteIfExists(part);
            s.setString(1, part.toString());
            s.execute();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the partial copy is named .part: never taken for a backup
            }
            throw failure("the backup " + target + " cannot be written", e);
        }
    }

    /** The migrations of each kind of database: those all share, then the database's own (store/README.md). */
    enum Migrations {
        SQLITE("classpath:db/migration/common", "classpath:db/migration/sqlite"),
        POSTGRESQL("classpath:db/migration/common", "classpath:db/migration/postgresql");

        private final String[] locations;

        Migrations(String... locations) {
            this.locations = locations;
        }

        Flyway flyway(DataSource source) {
            return Flyway.configure(Archive.class.getClassLoader()).dataSource(source).locations(locations).load();
        }
    }

    private static HikariDataSource pool(ArchiveLocation location, DataSource embedded, boolean readOnly)
            throws ArchiveException {
        HikariConfig config = new HikariConfig();
        config.setReadOnly(readOnly);
        if (embedded != null) {
            config.setDataSource(embedded);
        } else {
            config.setJdbcUrl(location.url());
            if (location.user() != null) {
                config.setUsername(location.user());
            }
            if (location.password() != null) {
                config.setPassword(location.password());
            }
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

    /** The reason an archive cannot be opened, in a user's words, never the URL's password. */
    private static String cannotOpen(ArchiveLocation location, Exception e) {
        String reason = location.masked(reason(e));
        String lower = reason.toLowerCase();
        String hint;
        if (lower.contains("password authentication failed") || lower.contains("authentication")) {
            hint = "the server refused the user " + location.userShown() + " and password; check EDUCHECK_ARCHIVE_USER /"
                    + " EDUCHECK_ARCHIVE_PASSWORD or the URL's user and password";
        } else if (!location.isEmbedded() && (lower.contains("connection refused") || lower.contains("connect")
                || lower.contains("unknownhost") || lower.contains("timed out"))) {
            hint = "the server cannot be reached; check the host and port and that PostgreSQL is running";
        } else if (lower.contains("corrupt") || lower.contains("malformed") || lower.contains("not a database")) {
            hint = "damaged: the database file cannot be read; " + EmbeddedFile.DAMAGED;
        } else if (lower.contains("validate failed")) {
            hint = "its schema does not match this educheck's (it was made by a different build of educheck); use that"
                    + " build, or give another archive";
        } else if (lower.contains("readonly") || lower.contains("read-only") || lower.contains("read only")) {
            hint = "is read-only or refuses writes; runs cannot be recorded in it";
        } else {
            hint = "it cannot be opened";
        }
        return "archive " + location.shown() + ": " + hint + " (" + reason + ")";
    }

    /** The innermost message of an exception chain, which says what the database or driver saw. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return ArchiveLocation.mask(nl < 0 ? m : m.substring(0, nl)).trim();
    }

    /** Brings the schema up to date; an archive of a newer schema than this educheck knows is refused, untouched. */
    void migrate(Migrations migrations) throws ArchiveException {
        Flyway flyway = migrations.flyway(pool);
        try {
            refuseNewer(flyway);
            repairCutShortV4(flyway);
            flyway.migrate();
        } catch (ArchiveException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ArchiveException(cannotOpen(location, e), e);
        }
    }

    /** An archive opened to read is read as it is: one that needs a migration first is refused (nothing is written). */
    private void refuseUnmigrated() throws ArchiveException {
        Flyway flyway = Migrations.SQLITE.flyway(pool);
        try {
            refuseNewer(flyway);
            if (flyway.info().pending().length > 0) {
                throw new ArchiveException("archive " + shown() + ": was written by an older educheck and must be brought"
                        + " up to date before it is read, which needs write access; open it once with write access");
            }
        } catch (RuntimeException e) {
            throw new ArchiveException(cannotOpen(location, e), e);
        }
    }

    /**
     * On H2 (an archive of an educheck before SQLite, being imported) a failed V4 (a full disk, say) is recorded as
     * failed, and Flyway would refuse the archive until repaired; V4 clears what an attempt left before it starts
     * (V4__narrow_findings.sql), so it is tried again.
     */
    static void repairCutShortV4(Flyway flyway) {
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() == MigrationState.FAILED && m.getVersion() != null && m.getVersion().getVersion().equals("4")) {
                flyway.repair();
            }
        }
    }

    private void refuseNewer(Flyway flyway) throws ArchiveException {
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new ArchiveException("archive " + shown() + ": was written by a newer educheck (schema version "
                        + flyway.info().current().getVersion() + "; this educheck knows up to " + latestKnown(flyway)
                        + "); use the newer educheck, or give another archive");
            }
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

    /** Archives up to this size have every page checked at each open (quick_check: about a second at this size). */
    static final long QUICK_CHECK_LIMIT = 256L << 20;

    /**
     * SQLite's own check of the embedded file's pages (quick_check: every page, without matching indexes to tables),
     * so damage is named when the archive is opened, not found by a later write.
     */
    private void quickCheck() throws ArchiveException {
        // It reads every page: on a large archive that is seconds at every open, so there it is left to `archive verify`.
        if (location.file().toFile().length() > QUICK_CHECK_LIMIT) {
            return;
        }
        List<String> problems = integrityCheck("quick_check");
        if (!problems.isEmpty()) {
            throw new ArchiveException("archive " + shown() + ": damaged: " + problems.get(0) + "; " + EmbeddedFile.DAMAGED);
        }
    }

    /** SQLite's {@code PRAGMA integrity_check} or {@code quick_check}: what it finds wrong, none when whole. */
    List<String> integrityCheck(String pragma) throws ArchiveException {
        List<String> problems = new java.util.ArrayList<>();
        if (!location.isEmbedded()) {
            return problems;
        }
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + pragma)) {
            while (r.next()) {
                if (!r.getString(1).equals("ok")) {
                    problems.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            problems.add(reason(e));
        }
        return problems;
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
