package educheck.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The embedded archive's file (SQLite, in WAL mode): found, judged and made. SQLite's own locking lets many
 * processes share it, with no server process; what is left to educheck is what SQLite would otherwise do silently:
 * <ul>
 *   <li>a missing file is made whole elsewhere in the folder and linked into place, so a crash never leaves an empty
 *   or half-made archive for the next open to take as a new one;</li>
 *   <li>an existing file is judged before it is opened: a 0-byte file (which SQLite would take for a new database),
 *   a file that is not SQLite's, or one shorter than its header says, is damaged, never recreated over;</li>
 *   <li>one process at a time brings its schema up to date ({@link #migrationLock}).</li>
 * </ul>
 */
final class EmbeddedFile {

    /** How long a statement waits for another process's write to end before it gives up (SQLITE_BUSY). */
    static final int BUSY_TIMEOUT_MILLIS = 600_000;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What a user is told of a damaged archive file, after what was found. */
    static final String DAMAGED = "restore it from a backup (`educheck archive backup` makes one) or give another folder";

    private EmbeddedFile() {
    }

    /**
     * Finds the archive's file, making it if there is none (and the folder may be written), and judges it. Returns
     * whether it may be written; one that may not is refused unless {@code toRead}.
     */
    static boolean prepare(ArchiveLocation location, boolean toRead) throws ArchiveException {
        Path folder = location.folder();
        Path file = location.file();
        String shown = "archive " + location.shown() + ": ";
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ArchiveException(shown + "the folder cannot be created (" + e.getMessage()
                    + "); give another folder with --archive FOLDER");
        }
        try {
            if (!Files.exists(file)) {
                if (Files.exists(folder.resolve(ArchiveLocation.H2_DATABASE))) {
                    throw new ArchiveException(shown + "holds the archive of an earlier educheck (H2: "
                            + ArchiveLocation.H2_DATABASE + ") and none of this one; copy its runs in with `educheck archive"
                            + " import-h2 --archive " + folder + "` (the H2 file is kept as it is)");
                }
                if (!Files.isWritable(folder)) {
                    throw new ArchiveException(shown + (toRead ? "holds no archive" : "is read-only; runs cannot be"
                            + " recorded in it. Make " + folder + " writable, or give another folder with --archive FOLDER"));
                }
                create(file, EmbeddedFile::makeSchema);
            }
            String damage = damage(file);
            if (damage != null) {
                throw new ArchiveException(shown + "damaged: " + damage + "; " + DAMAGED);
            }
        } catch (IOException e) {
            if (e instanceof ArchiveException a) {
                throw a;
            }
            throw new ArchiveException(shown + "it cannot be opened (" + e.getMessage() + ")", e);
        }
        // Writing takes the file, and the folder for SQLite's log beside it.
        boolean writable = Files.isWritable(file) && Files.isWritable(folder);
        if (!writable && !toRead) {
            throw new ArchiveException(shown + "is read-only; runs cannot be recorded in it. Make " + file + " and its folder"
                    + " writable, or give another folder with --archive FOLDER");
        }
        if (!writable && Files.exists(Path.of(file + "-wal")) && Path.of(file + "-wal").toFile().length() > 0) {
            throw new ArchiveException(shown + "is read-only, and its last writer stopped before its log (" + file
                    + "-wal) was folded in: runs may be in the log alone. Open it once with write access to fold it in");
        }
        return writable;
    }

    static void makeSchema(Path draft) throws IOException {
        SQLiteDataSource source = dataSource(draft, false);
        try {
            try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.executeQuery("PRAGMA journal_mode = WAL").close();
            }
            Archive.Migrations.SQLITE.flyway(source).migrate();
        } catch (java.sql.SQLException | RuntimeException e) {
            throw new IOException("a new archive cannot be made in " + draft.getParent() + ": " + Archive.reason(e), e);
        }
    }

    /** Brings an embedded archive's schema up to date, one process at a time. */
    static void migrate(Archive archive, Path folder) throws ArchiveException {
        FileLock lock;
        try {
            lock = migrationLock(folder);
        } catch (IOException e) {
            throw new ArchiveException("archive " + archive.shown() + ": it cannot be opened (" + e.getMessage() + ")", e);
        }
        try {
            archive.migrate(Archive.Migrations.SQLITE);
        } finally {
            release(lock);
        }
    }

    /** The data source of an archive file: WAL (set once at its making), foreign keys on, every commit synced. */
    static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // A transaction that will write takes the write lock at its start: two never meet halfway and deadlock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        SQLiteDataSource source = new SQLiteDataSource(config);
        // A read-only folder has no room for SQLite's shared-memory file beside a WAL database: the file is then read
        // as immutable (prepare has refused it if its last writer left a log that still holds runs).
        if (readOnly) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            source = new SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:file:" + file + "?immutable=1");
        } else {
            source.setUrl("jdbc:sqlite:" + file);
        }
        return source;
    }

    /**
     * Why the archive file cannot be trusted, or null when it looks like an SQLite database of the length its header
     * says. The length is held to the header only while no write-ahead log is pending: a checkpoint cut short by a
     * crash can leave the file short, and SQLite completes it from the log at the next open.
     */
    static String damage(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return "the database file " + file + " is empty (0 bytes)";
        }
        ByteBuffer header = ByteBuffer.allocate(100);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            while (header.hasRemaining() && c.read(header) > 0) {
                // read the header whole
            }
        }
        if (header.position() < 100 || !Arrays.equals(header.array(), 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return "the file " + file + " is not an SQLite database";
        }
        int pageSize = Short.toUnsignedInt(header.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            return "the header of " + file + " is damaged (page size " + pageSize + ")";
        }
        long pages = Integer.toUnsignedLong(header.getInt(28));
        boolean headerCountValid = header.getInt(24) == header.getInt(92);
        if (headerCountValid && !logPending(file) && pages * pageSize > size) {
            return "the database file " + file + " is cut short (" + size + " bytes of " + pages * pageSize + ")";
        }
        return null;
    }

    /** Whether SQLite's write-ahead log beside the file holds anything: runs committed but not yet in the file. */
    private static boolean logPending(Path file) throws IOException {
        Path wal = Path.of(file + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    /**
     * Makes a new, empty archive at {@code file}: made whole beside it by {@code make} (its schema), then linked into
     * place, which fails if another process made one first (then that one is used). Never leaves a partial file.
     */
    static void create(Path file, SchemaMaker make) throws IOException {
        Path draft = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".new");
        try {
            make.make(draft);
            try {
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException e) {
                // another process made it first: theirs is the archive
            }
        } finally {
            Files.deleteIfExists(draft);
            Files.deleteIfExists(Path.of(draft + "-wal"));
            Files.deleteIfExists(Path.of(draft + "-shm"));
        }
    }

    /** Makes an archive's schema in a new file. */
    @FunctionalInterface
    interface SchemaMaker {
        void make(Path file) throws IOException;
    }

    /**
     * A lock held across processes while one brings the schema up to date: a second opener waits, then finds nothing
     * left to do. The lock file stays in the folder; the lock goes with the process, however it ends.
     */
    static FileLock migrationLock(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve("educheck.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            return channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Releases a {@link #migrationLock} and its file's channel. */
    static void release(FileLock lock) {
        try (FileChannel channel = lock.channel()) {
            lock.release();
        } catch (IOException e) {
            // the channel's close releases it in any case
        }
    }
}
