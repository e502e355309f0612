package educheck.checker.load;

import java.nio.file.Path;
import java.util.List;

/** The rules themselves are wrong (they do not compile, or the folder is laid out wrongly): exit code 3. */
public final class RuleSetException extends Exception {

    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** The same problems with their paths (relative to the rules folder) prefixed by the folder, to open them. */
    public RuleSetException within(Path dir) {
        return new RuleSetException(problems.stream().map(p -> dir + "/" + p).toList());
    }

    /** Each problem as {@code file:line:column: message} where the location is known. */
    public List<String> problems() {
        return problems;
    }
}
