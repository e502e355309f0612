package educheck.rules;

import educheck.model.Finding;
import educheck.model.Status;
import educheck.model.Waiver;
import educheck.model.Waivers;
import java.util.function.Supplier;

/**
 * What a rule run is about beyond its facts: the year assessed (for due dates), the district checked and the
 * accepted exceptions (waivers) that apply to it. The checker sets it around each district's session so that
 * {@link Judge} can read it without rule authors declaring globals.
 */
public final class Assessment {

    private static final ThreadLocal<Assessment> CURRENT = new ThreadLocal<>();

    private final int year;
    private final String district;
    private final Waivers waivers;

    /** An assessment of {@code year} with no waivers (roll-ups, fixtures). */
    public Assessment(int year) {
        this(year, null, Waivers.NONE);
    }

    /** An assessment of one district's {@code year}, with the run's waivers. */
    public Assessment(int year, String district, Waivers waivers) {
        this.year = year;
        this.district = district;
        this.waivers = waivers;
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

    /**
     * A failing (FAIL or WARN) finding under a waiver in force becomes WAIVED, saying why and who approved it; under
     * an expired waiver it stays as it is and says the waiver has expired. Decided as the finding is made, so the
     * rules that read findings (RES.8, the standard verdicts) see the WAIVED status.
     */
    Finding review(Finding f) {
        if (!(f.is(Status.FAIL) || f.is(Status.WARN))) {
            return f;
        }
        Waiver w = waivers.match(district, f.getId(), f.getSubject());
        if (w == null) {
            return f;
        }
        if (!waivers.inForce(w)) {
            return f.toBuilder().waiver(w).message(f.getMessage() + "; the waiver approved by " + w.approvedBy()
                    + " expired on " + w.expires()).build();
        }
        return f.toBuilder().waiver(w).status(Status.WAIVED).message(f.getMessage() + "; waived until " + w.expires()
                + ": " + w.reason() + " (approved by " + w.approvedBy() + ")").build();
    }

    static Assessment current() {
        Assessment a = CURRENT.get();
        if (a == null) {
            throw new IllegalStateException("rules must run inside Assessment.run (the checker does this)");
        }
        return a;
    }
}
