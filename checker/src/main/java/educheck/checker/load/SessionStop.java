package educheck.checker.load;

/**
 * An exception that stops a whole session rather than being one rule's fault: {@link RuleFaults} passes it on
 * instead of recording it and going on. The running side throws its own kinds (a session out of its budget).
 */
public abstract class SessionStop extends RuntimeException {

    protected SessionStop(String message) {
        super(message, null, false, false);
    }

    /** The exception itself or the first of its causes that is a {@code SessionStop}, or null. */
    public static SessionStop within(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SessionStop s) {
                return s;
            }
        }
        return null;
    }
}
