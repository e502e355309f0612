package educheck.model.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading one file came to: its year, how many districts it held, the errors that concern the file as a
 * whole (not well-formed, wrong root element, no year), and notices: things read and checked all the same that the
 * clerk should see (rows hidden in a sheet). A file with errors yields no districts.
 */
public record FileSummary(Path file, Integer year, int districts, List<InputError> fileErrors, List<InputError> notices) {

    public FileSummary(Path file, Integer year, int districts, List<InputError> fileErrors) {
        this(file, year, districts, fileErrors, List.of());
    }

    public boolean isReadable() {
        return fileErrors.isEmpty();
    }
}
