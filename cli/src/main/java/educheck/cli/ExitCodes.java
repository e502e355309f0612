package educheck.cli;

/** The exit codes users and scripts rely on (contract §3). */
final class ExitCodes {

    /** Every district passes. */
    static final int PASS = 0;
    /** Some district fails or is incomplete. */
    static final int FAIL = 1;
    /** Bad input or usage: a clear message names the file, line and field. */
    static final int BAD_INPUT = 2;
    /** The rules themselves do not compile or are laid out wrongly. */
    static final int BAD_RULES = 3;
    /** A fault in educheck itself, not in the input or the rules. */
    static final int INTERNAL = 4;
    /**
     * A rule threw while checking some district (a division by zero in a consequence, say). Neither bad input (2:
     * the data was read) nor a compile error (3: the rules ran): the run finished, every other rule and district was
     * checked, and the faults are ERROR findings naming the rule. Bad input still takes precedence (2).
     */
    static final int RULE_FAULT = educheck.checker.report.RunOutcome.RULE_FAULT;
    /**
     * {@code check --archive}: the check ran and its report was written, but the run could not be recorded in the
     * archive (the server went away, the disk filled). Nothing of the run is in the archive; run it again to record it.
     */
    static final int NOT_ARCHIVED = 6;

    private ExitCodes() {
    }
}
