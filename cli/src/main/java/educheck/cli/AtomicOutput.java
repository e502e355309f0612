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

/**
 * An output file written whole or not at all: the report goes to a temporary file beside it, which replaces the
 * target only when the report is complete. A run that fails leaves any earlier report untouched.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final Writer writer;
    private boolean committed;

    AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        this.temporary = Files.createTempFile(dir, "." + this.target.getFileName(), ".part");
        OutputStream stream = Files.newOutputStream(temporary);
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    Writer writer() {
        return writer;
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
