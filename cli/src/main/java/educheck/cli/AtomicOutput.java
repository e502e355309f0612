package educheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file written whole or not at all: the report goes to a temporary file beside it, which replaces the
 * target only when the report is complete. A run that fails leaves any earlier report untouched.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean committed;

    AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        // Not Files.createTempFile: it makes the file readable by its owner alone (0600), and the report would keep
        // that after the rename. A fresh name of our own gets the permissions of any new file (the umask's).
        this.temporary = (dir == null ? Path.of("") : dir).resolve("." + this.target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        this.stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    Writer writer() {
        return writer;
    }

    /** The bytes of a binary output (a workbook); use it or {@link #writer()}, not both. */
    OutputStream stream() {
        return stream;
    }

    /** Moves the finished file into place. */
    void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a commit, the partial file is removed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
