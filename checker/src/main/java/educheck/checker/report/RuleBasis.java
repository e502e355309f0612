package educheck.checker.report;

/**
 * Why a run used the rules it used, as every report says beside them: an inspector reading a verdict must be able to
 * tell "the archive's rules in force" from "a folder someone gave" or "an older version chosen on purpose".
 */
public enum RuleBasis {
    /** The rules bundled with educheck, in a run that is not archived. */
    BUNDLED("bundled"),
    /** The archive's latest published version: what every archived check is judged by unless told otherwise. */
    IN_FORCE("in-force"),
    /** A rules folder given with --rules. */
    FOLDER("--rules"),
    /** A published version chosen with --rules-version. */
    VERSION("--rules-version");

    private final String key;

    RuleBasis(String key) {
        this.key = key;
    }

    /** The word reports and the archive use: bundled, in-force, --rules or --rules-version. */
    public String key() {
        return key;
    }

    /** The basis named by {@link #key()}; null for null (a run archived before reports said why). */
    public static RuleBasis of(String key) {
        if (key == null) {
            return null;
        }
        for (RuleBasis b : values()) {
            if (b.key.equals(key)) {
                return b;
            }
        }
        throw new IllegalArgumentException("no rule basis '" + key + "'");
    }
}
