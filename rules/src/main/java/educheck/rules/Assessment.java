package educheck.rules;

import java.util.function.Supplier;

/**
 * What a rule run is about beyond its facts: the year assessed (for due dates). The checker sets it around
 * each district's session so that {@link Judge} can read it without rule authors declaring globals.
 */
public final class Assessment {

    private static final ThreadLocal<Assessment> CURRENT = new ThreadLocal<>();

    private final int year;

    public Assessment(int year) {
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** Runs {@code work} with this assessment current on this thread. */
    public <T> T run(Supplier<T> work) {
        Assessment previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static Assessment current() {
        Assessment a = CURRENT.get();
        if (a == null) {
            throw new IllegalStateException("rules must run inside Assessment.run (the checker does this)");
        }
        return a;
    }
}
