package educheck.model.io;

import java.nio.file.Path;

/**
 * A problem with a submission file, located for the clerk who has to fix it.
 *
 * @param file    the submission file
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param field   the element or attribute at fault, as a path such as {@code school[S003]/section[PRIMARY]/@students}
 * @param message what is wrong and what was expected
 */
public record InputError(Path file, int line, int column, String field, String message) {

    /** {@code file:line:column: field: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
