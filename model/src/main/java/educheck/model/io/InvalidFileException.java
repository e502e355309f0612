package educheck.model.io;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A file other than a submission (a waiver file, say) that cannot be used: each problem located for its author. */
public final class InvalidFileException extends IOException {

    private final List<InputError> errors;

    public InvalidFileException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
