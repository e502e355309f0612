package educheck.model.io;

import java.nio.file.Path;

/**
 * A problem with a submission file, located for the clerk who has to fix it, in English and Chinese.
 *
 * @param file      the submission file
 * @param line      1-based line, 0 when unknown
 * @param column    1-based column, 0 when unknown
 * @param field     the element or attribute at fault, as a path such as {@code school[S003]/section[PRIMARY]/@students}
 * @param message   what is wrong and what was expected, in English
 * @param messageZh the same in Chinese
 */
public record InputError(Path file, int line, int column, String field, String message, String messageZh) {

    /** An error worded in English only (a tool with no translation); Chinese reports show the English words. */
    public InputError(Path file, int line, int column, String field, String message) {
        this(file, line, column, field, message, message);
    }

    InputError(Path file, int line, int column, String field, Wording words) {
        this(file, line, column, field, words.en(), words.zh());
    }

    public String message(boolean chinese) {
        return chinese ? messageZh : message;
    }

    /** {@code file:line:column: field: message}, the form editors and terminals link to. */
    public String text(boolean chinese) {
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
        return s.append(message(chinese)).toString();
    }

    @Override
    public String toString() {
        return text(false);
    }
}
