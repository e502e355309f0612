package educheck.checker.load;

/**
 * Whether a rules folder is held to the allow-list of what rules may use. Restricted is the default of every
 * loading method; only a person at the command line who says {@code --trust-rules} gets the other, and the report
 * then says "unrestricted". A server never passes it.
 */
public enum RuleTrust {
    /** Every type and method a rule file uses must be on the allow-list (docs/rule-authoring.md). */
    RESTRICTED,
    /** The rule files may use anything Java can: for a rule set its user has read and vouches for. */
    UNRESTRICTED
}
