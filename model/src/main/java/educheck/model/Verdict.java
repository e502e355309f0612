package educheck.model;

import java.util.Collection;

/** The verdict of a standard, or of a whole district, over many findings. */
public enum Verdict {
    PASS,
    FAIL,
    /** Nothing failed but something could not be assessed. */
    INCOMPLETE,
    /** The submission carries no data for this standard at all (no kindergartens, say). */
    NOT_SUBMITTED,
    /**
     * A rule deciding it failed (an ERROR finding) and nothing failed outright: whether it passes cannot be said
     * until the rule is fixed. A FAIL elsewhere still decides FAIL, since no rule's result could undo it.
     */
    ERROR;

    /**
     * A standard's verdict over the findings that decide it: FAIL if any fails; ERROR if a rule failed; NOT_SUBMITTED
     * if none could be assessed; INCOMPLETE if some could not; otherwise PASS (WARN and WAIVED findings do not fail
     * a standard, nor does SHORT_OF_AIM, an aspiration not met). INFO findings have no target and are left out: they neither pass nor fail nor make a standard
     * incomplete.
     */
    public static Verdict over(Collection<Finding> findings) {
        boolean anyAssessed = false;
        boolean anyMissing = false;
        boolean anyError = false;
        for (Finding f : findings) {
            if (f.getStatus() == Status.INFO) {
                continue;
            }
            if (f.getStatus() == Status.FAIL) {
                return FAIL;
            }
            if (f.getStatus() == Status.ERROR) {
                anyError = true;
            } else if (f.getStatus() == Status.NOT_ASSESSED) {
                anyMissing = true;
            } else {
                anyAssessed = true;
            }
        }
        if (anyError) {
            return ERROR;
        }
        if (!anyAssessed) {
            return NOT_SUBMITTED;
        }
        return anyMissing ? INCOMPLETE : PASS;
    }

    /**
     * A district's verdict over its standards: standards not submitted are left out; FAIL if any fails, ERROR if
     * a rule failed in any, INCOMPLETE if any is incomplete or nothing was submitted at all, otherwise PASS.
     */
    public static Verdict combine(Collection<Verdict> standards) {
        boolean anySubmitted = false;
        boolean anyIncomplete = false;
        boolean anyError = false;
        for (Verdict v : standards) {
            if (v == FAIL) {
                return FAIL;
            }
            if (v == ERROR) {
                anyError = true;
            }
            if (v == INCOMPLETE) {
                anyIncomplete = true;
            }
            if (v != NOT_SUBMITTED) {
                anySubmitted = true;
            }
        }
        if (anyError) {
            return ERROR;
        }
        return !anySubmitted || anyIncomplete ? INCOMPLETE : PASS;
    }
}
