package educheck.model.io;

import educheck.model.District;
import java.nio.file.Path;
import java.util.List;

/**
 * One district as read from a file: the parsed district (null when it could not be bound at all) and the errors
 * found in it. A district with errors is reported, never checked: unreadable data must not pass.
 */
public record DistrictInput(Path file, int year, String code, District district, List<InputError> errors) {

    public boolean isValid() {
        return district != null && errors.isEmpty();
    }
}
