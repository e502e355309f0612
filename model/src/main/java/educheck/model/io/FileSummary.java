package educheck.model.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading one file came to: its year, how many districts it held, and the errors that concern the file as a
 * whole (not well-formed, wrong root element, no year). A file with such errors yields no districts.
 */
public record FileSummary(Path file, Integer year, int districts, List<InputError> fileErrors) {

    public boolean isReadable() {
        return fileErrors.isEmpty();
    }
}
