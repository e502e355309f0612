package educheck.store;

import java.io.IOException;

/**
 * The archive cannot be used: unreachable, refused, damaged, read-only, or of a newer schema. The message names
 * the archive (password masked) and says what to do; it is an {@link IOException} so a command reports it as bad
 * input (exit 2) when it is found before anything is checked.
 */
public final class ArchiveException extends IOException {

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
