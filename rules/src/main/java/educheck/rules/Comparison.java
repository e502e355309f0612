package educheck.rules;

/**
 * Whether a measured value meets its standard. Values are ratios computed in floating point, so a value that is
 * exactly on the boundary on paper (41 teachers for 976.19… students) is compared with a tolerance of one part in
 * a billion: a boundary case passes, as the standard intends ("4.2 人以上" includes 4.2).
 */
public final class Comparison {

    private Comparison() {
    }

    public static boolean meets(double actual, String comparator, double required) {
        double tolerance = 1e-9 * Math.max(1, Math.abs(required));
        switch (comparator) {
            case ">=":
                return actual >= required - tolerance;
            case "<=":
                return actual <= required + tolerance;
            case ">":
                return actual > required + tolerance;
            case "<":
                return actual < required - tolerance;
            case "==":
                return Math.abs(actual - required) <= tolerance;
            default:
                throw new IllegalArgumentException("@comparator(\"" + comparator + "\") is not one of >=, <=, >, <, ==");
        }
    }

    /** The comparator as a reader sees it: ≥, ≤, >, <, =. */
    public static String symbol(String comparator) {
        switch (comparator) {
            case ">=":
                return "≥";
            case "<=":
                return "≤";
            case "==":
                return "=";
            default:
                return comparator;
        }
    }
}
