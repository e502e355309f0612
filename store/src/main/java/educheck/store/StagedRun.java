package educheck.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run being recorded into an embedded archive. SQLite lets one process write at a time, and a run streams its rows
 * for as long as its check takes, so the rows go first to a file of the run's own in the archive's {@code incoming}
 * folder (no lock shared with anyone); {@link #land} then copies them into the archive in one short transaction,
 * which SQLite makes whole or nothing. A process killed before that leaves only its own file, which the next
 * {@link #sweep} of the folder deletes once no process holds its lock.
 */
final class StagedRun implements AutoCloseable {

    /** Every table a run writes, parents before children (the archive's foreign keys check each statement). */
    static final List<String> TABLES = List.of("runs", "run_inputs", "run_input_files", "districts", "district_units",
            "district_measures", "standards", "finding_rules", "finding_kinds", "finding_rows", "rectification",
            "rectification_pulls", "rollups", "rollup_members", "input_errors", "run_waivers", "uploads");

    /**
     * The lock files this process holds. {@link #sweep} must never open one of them: on POSIX systems closing any
     * channel on a file drops every lock the process holds on it, and another process's sweep would then delete a live
     * run's rows under it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path lockFile;
    private final FileLock lock;
    private final Connection connection;

    private StagedRun(Path file, Path lockFile, FileLock lock, Connection connection) {
        this.file = file;
        this.lockFile = lockFile;
        this.lock = lock;
        this.connection = connection;
    }

    /** A new staging file with the tables of {@code archive}'s schema, and its connection (autocommit off). */
    static StagedRun open(Path folder, Connection archive) throws IOException, SQLException {
        Path incoming = Files.createDirectories(folder.resolve("incoming"));
        String name;
        Path lockFile;
        FileChannel channel;
        FileLock lock;
        while (true) {
            name = "run-" + UUID.randomUUID();
            lockFile = incoming.resolve(name + ".lock");
            HELD.add(lockFile.toAbsolutePath());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            lock = channel.lock();
            if (Files.exists(lockFile)) {
                break;
            }
            // Another process's sweep found the file between its creation and the lock, and deleted it: a new name.
            channel.close();
            HELD.remove(lockFile.toAbsolutePath());
        }
        Path file = incoming.resolve(name + ".db");
        Connection c = null;
        try {
            // Scratch rows: a crash loses them with the run, so they need neither a journal nor a sync.
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                for (String ddl : tableDefinitions(archive)) {
                    s.execute(ddl);
                }
            }
            c.setAutoCommit(false);
            return new StagedRun(file, lockFile, lock, c);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                c.close();
            }
            Files.deleteIfExists(file);
            Files.deleteIfExists(lockFile);
            HELD.remove(lockFile.toAbsolutePath());
            channel.close();
            throw e;
        }
    }

    private static List<String> tableDefinitions(Connection archive) throws SQLException {
        List<String> ddl = new ArrayList<>();
        try (Statement s = archive.createStatement();
             ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
                     + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'")) {
            while (r.next()) {
                ddl.add(r.getString(1));
            }
        }
        return ddl;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Copies the staged run into the archive on {@code archive} (a connection of its own, no transaction open) in one
     * transaction, and returns the run's id there: the next the archive gives.
     */
    long land(Connection archive) throws SQLException {
        connection.commit();
        if (!Files.isRegularFile(file)) {
            // ATTACH would make an empty file and the run would land as nothing: say it is lost instead.
            throw new SQLException("the run's staged rows are gone (" + file.getFileName() + " was deleted)");
        }
        try (Statement s = archive.createStatement()) {
            s.execute("ATTACH DATABASE '" + file.toString().replace("'", "''") + "' AS incoming");
        }
        try {
            archive.setAutoCommit(false);
            try {
                long id = copy(archive);
                archive.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                archive.rollback();
                throw e;
            } finally {
                archive.setAutoCommit(true);
            }
        } finally {
            try (Statement s = archive.createStatement()) {
                s.execute("DETACH DATABASE incoming");
            }
        }
    }

    private static long copy(Connection archive) throws SQLException {
        List<String> runColumns = columns(archive, "runs");
        runColumns.remove("id");
        String runs = String.join(", ", runColumns);
        long id;
        try (Statement s = archive.createStatement()) {
            int staged = s.executeUpdate("INSERT INTO main.runs (" + runs + ") SELECT " + runs + " FROM incoming.runs");
            if (staged != 1) {
                throw new SQLException("the staging file holds " + staged + " runs where it should hold one");
            }
            try (ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                r.next();
                id = r.getLong(1);
            }
        }
        for (String table : TABLES.subList(1, TABLES.size())) {
            List<String> columns = columns(archive, table);
            String selected = String.join(", ", columns.stream().map(c -> c.equals("run_id") ? "?" : c).toList());
            try (PreparedStatement s = archive.prepareStatement("INSERT INTO main." + table + " (" + String.join(", ", columns)
                    + ") SELECT " + selected + " FROM incoming." + table)) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
        return id;
    }

    /** The columns of a table, in their order; run_id among them. */
    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
            while (r.next()) {
                columns.add(r.getString("name"));
            }
        }
        return columns;
    }

    /** Drops the staged rows: the file and its lock. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the file goes below in any case
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // left for the next sweep
        }
        try (FileChannel channel = lock.channel()) {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it
        } finally {
            HELD.remove(lockFile.toAbsolutePath());
        }
    }

    /** Deletes the staging files of runs whose process is gone (its lock is free); those of live runs stay. */
    static void sweep(Path folder) {
        Path incoming = folder.resolve("incoming");
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(incoming, "*.lock")) {
            for (Path lockFile : locks) {
                if (HELD.contains(lockFile.toAbsolutePath())) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                    FileLock free = channel.tryLock();
                    if (free != null) {
                        String name = lockFile.getFileName().toString();
                        Files.deleteIfExists(incoming.resolve(name.substring(0, name.length() - ".lock".length()) + ".db"));
                        Files.deleteIfExists(lockFile);
                        free.release();
                    }
                } catch (OverlappingFileLockException e) {
                    // a run of this very process, begun since the check above: it is live
                } catch (IOException e) {
                    // gone already, or not ours to delete: left as it is
                }
            }
        } catch (IOException e) {
            // nothing swept: the files only take space
        }
    }
}
