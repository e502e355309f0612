package educheck.model;

/** The outcome of one check. */
public enum Status {
    /** The target is met. */
    PASS,
    /** The target is due and not met. */
    FAIL,
    /** The target is not met but not due until a later year. */
    WARN,
    /**
     * An aspiration (力争, 推动, 推进…) not met in or after its due year, or undated: 未达预期, "short of aim". The
     * text asks for an effort, not a result, so this never fails a standard's verdict; it is shown wherever a FAIL
     * would be. (Before its due year an aspiration's shortfall is WARN, like any target's.)
     */
    SHORT_OF_AIM,
    /** The data the check needs is missing: never counted as a pass. */
    NOT_ASSESSED,
    /** Not met, but covered by an accepted, dated exception. */
    WAIVED,
    /** Informational: a figure reported for context (a baseline, a district's progress) with no target. */
    INFO,
    /**
     * The rule itself failed while checking this subject (a division by zero in a consequence, say): a fault in
     * the rules, not the data, reported with the rule's name. Never counted as a pass.
     */
    ERROR
}
