package educheck.checker.report;

/**
 * What one failed finding needs to pass, in natural units: "add 3 backbone teachers", "add 420 m²",
 * "reduce by 7 students", "raise by 5 percentage points".
 *
 * @param action    add, reduce or raise
 * @param shortfall how much, in {@code unit}
 */
public record RectificationItem(String id, String subject, String action, double shortfall, String unit) {
}
