package educheck.checker.report;

import java.util.List;

/**
 * What one failed finding needs to pass, in natural units: "add 3 backbone teachers", "add 420 m²",
 * "reduce by 7 students", "raise by 5 percentage points", or a plain action for a yes/no item.
 *
 * @param action    add, reduce, raise or lower (an amount); fulfil (a yes/no item), resolve (a veto) or meet (a
 *                  target with no amount to state)
 * @param shortfall how much, in {@code unit}; 0 for a plain action
 * @param unit      the unit of {@code shortfall}; null for a plain action or a bare number
 * @param field     the input to change (an attribute or element of the submission, e.g. {@code sportsArea}); null
 *                  when no single input says it
 * @param target    the subject of the finding this item makes pass: the subject itself, or for a school's share of
 *                  a difference coefficient the coefficient's subject ({@code PRIMARY/RES.5})
 * @param gap       how far the subject is from its standard, as a fraction of the standard (1 for a yes/no item);
 *                  lists are ordered by it
 * @param plan      for a difference coefficient over its limit: how the raise was computed; otherwise null
 */
public record RectificationItem(String id, String subject, String action, double shortfall, String unit,
                                String field, String target, double gap, CoefficientPlan plan) {

    public RectificationItem(String id, String subject, String action, double shortfall, String unit) {
        this(id, subject, action, shortfall, unit, null, subject, 0, null);
    }

    /** No amount: a yes/no item to put right, a veto to resolve, a target to meet. */
    public boolean isPlain() {
        return switch (action) {
            case "fulfil", "resolve", "meet" -> true;
            default -> false;
        };
    }

    /**
     * How a difference coefficient over its limit is brought under it: every section below {@code floor} is raised
     * to it (after the per-section items of the same indicator), which adds the least resource for the coefficient
     * reached; the amounts, rounded up to natural units, were re-checked with the same formula ({@code after}).
     *
     * @param indicator the resource indicator, e.g. RES.5
     * @param level     PRIMARY or JUNIOR
     * @param mean      the student-weighted mean before any raise
     * @param floor     the value every raised section reaches, in the indicator's unit (m² per student, …); equal
     *                  to {@code mean} when no school-level raise is needed beyond the per-section items
     * @param pulls     the sections that pull the coefficient up most, largest share of the variance first
     * @param schools   how many sections the plan raises beyond the per-section items
     * @param total     the total raise over those sections, in the indicator's resource unit
     */
    public record CoefficientPlan(String indicator, String level, double before, double after, double limit,
                                  double mean, double floor, List<Pull> pulls, int schools, double total, String unit) {
    }

    /**
     * One section's pull on a coefficient.
     *
     * @param share its part of the student-weighted variance (0–1)
     */
    public record Pull(String subject, double value, double share) {
    }
}
