package educheck.store;

import java.io.IOException;

/**
 * The archive cannot be used: unreachable, refused, damaged, read-only, or of a newer schema. The message names
 * the archive (password masked) and says what to do; it is an {@link IOException} so a command reports it as bad
 * input (exit 2) when it is found before anything is checked.
 */
public final class ArchiveException extends IOException {

    private final boolean diskFull;

    public ArchiveException(String message) {
        super(message);
        this.diskFull = false;
    }

    private ArchiveException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /**
     * The archive could not be opened because the disk that holds it is full: nothing wrong with the archive or the
     * command, so a check goes on, writes its report and says the run was not archived (issue 26 §2).
     */
    static ArchiveException diskFull(String message, Throwable cause) {
        return new ArchiveException(message, cause, true);
    }

    public boolean isDiskFull() {
        return diskFull;
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
        this.diskFull = cause instanceof ArchiveException a && a.diskFull;
    }
}
