package educheck.web;

import java.util.List;

/**
 * A request answered with an error status and a message for the user, never a stack trace: thrown by a handler or
 * the guard, turned into a page or JSON by the one exception handler in {@link Routes}.
 *
 * @param key   a {@link Words} key for the page's message
 * @param lines further lines shown as they are (the command line's error lines for a bad file)
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final String key;
    private final List<String> lines;

    public Refusal(int status, String key) {
        this(status, key, List.of());
    }

    public Refusal(int status, String key, List<String> lines) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.lines = List.copyOf(lines);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public List<String> lines() {
        return lines;
    }
}
