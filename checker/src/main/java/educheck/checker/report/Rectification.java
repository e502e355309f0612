package educheck.checker.report;

import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Measured;
import educheck.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The amount that turns a failed finding into a pass, computed from what was measured: for a ratio
 * {@code scale × numerator ÷ denominator ≥ required}, the numerator needed is {@code required × denominator ÷
 * scale}; whole units (teachers, rooms) round up. Checked against the same comparison the rule used. A yes/no item
 * gets a plain action; a difference coefficient over its limit gets a raise per school
 * ({@link CoefficientRectification}).
 */
public final class Rectification {

    /** Shares are fractions; a shortfall in a share reads better as percentage points. */
    public static final String SHARE = "share";
    /** A ratio of two amounts (teacher pay ÷ civil-servant pay): its gap is shown to two decimals. */
    public static final String RATIO = "ratio";
    /** Met through the per-indicator items of its section, so it gets no item of its own. */
    static final String SIX_OF_SEVEN = "CN.CE.RES.8";
    static final String COEFFICIENT = "CN.CE.RES.9";

    private Rectification() {
    }

    /** Every failed finding's item in catalogue order; the coefficients' come last, as they build on the rest. */
    public static List<RectificationItem> of(List<Finding> findings) {
        return of(findings, null);
    }

    /**
     * As {@link #of(List)}, with the district the findings are about, for the items that need more than the
     * finding measured (a class too large needs more classes when the section has too few for its students).
     */
    public static List<RectificationItem> of(List<Finding> findings, District district) {
        List<RectificationItem> items = new ArrayList<>();
        for (Finding f : findings) {
            if (!COEFFICIENT.equals(f.getId())) {
                Optional<RectificationItem> item = of(f);
                item.flatMap(r -> ClassSplit.of(r, f, district)).ifPresent(items::add);
                item.ifPresent(items::add);
            }
        }
        List<RectificationItem> coefficients = new ArrayList<>();
        for (Finding f : findings) {
            if (COEFFICIENT.equals(f.getId()) && f.is(Status.FAIL)) {
                coefficients.addAll(CoefficientRectification.of(f, findings, items));
            }
        }
        items.addAll(coefficients);
        return items;
    }

    public static Optional<RectificationItem> of(Finding f) {
        if (!f.is(Status.FAIL) || SIX_OF_SEVEN.equals(f.getId())) {
            return Optional.empty();
        }
        Measured m = f.getMeasured();
        if (m == null || !m.isPresent()) {
            // Decided by the rule itself (a veto, a local rule over a verdict): nothing to measure.
            return Optional.of(plain(f, f.getId().contains("VETO") ? "resolve" : "meet", null));
        }
        if (m.isFlag()) {
            return Optional.of(plain(f, "fulfil", m.getField()));
        }
        if (!(f.getRequired() instanceof Number r)) {
            return Optional.of(plain(f, "meet", m.getField()));
        }
        double required = r.doubleValue();
        String cmp = f.getComparator() == null ? ">=" : f.getComparator();
        boolean atLeast = cmp.startsWith(">");
        boolean strict = cmp.length() == 1;
        double gap = Math.abs(required - m.number()) / Math.max(Math.abs(required), 1e-9);
        if (m.getNumerator() != null && m.getRemedy() == Measured.Remedy.RAISE_NUMERATOR && atLeast) {
            double needed = required * m.getDenominator() / m.getScale() - m.getNumerator();
            return item(f, "add", amount(needed, m.isWholeUnits(), strict), m.getUnit(), side(m.getField(), 0), gap);
        }
        if (m.getNumerator() != null && m.getRemedy() == Measured.Remedy.RAISE_DENOMINATOR && !atLeast) {
            double needed = m.getScale() * m.getNumerator() / required - m.getDenominator();
            return item(f, "add", amount(needed, m.isWholeUnits(), strict), m.getUnit(), side(m.getField(), 1), gap);
        }
        double difference = atLeast ? required - m.number() : m.number() - required;
        String unit = m.getUnit();
        String raise = atLeast ? "raise" : "lower";
        if (SHARE.equals(unit)) {
            return item(f, raise, decimal(difference * 100, 1, strict), "percentage points", m.getField(), gap);
        }
        if (unit == null) {
            return item(f, raise, decimal(difference, 4, strict), null, m.getField(), gap);
        }
        if (RATIO.equals(unit)) {
            return item(f, raise, decimal(difference, 2, strict), unit, m.getField(), gap);
        }
        return item(f, atLeast ? "add" : "reduce", amount(difference, isCount(unit), strict), unit, m.getField(), gap);
    }

    /** The input on one side of a ratio's field ("sportsArea / students"): 0 the numerator, 1 the denominator. */
    private static String side(String field, int which) {
        String[] parts = field.split(" / ");
        return parts.length == 2 ? parts[which] : field;
    }

    /** Students, teachers, rooms are counted whole; areas and money are not. */
    static boolean isCount(String unit) {
        return !unit.contains("m²") && !unit.contains("CNY");
    }

    /** Whole units round up (one more when the standard is strict); other amounts round up to a tenth. */
    private static double amount(double needed, boolean whole, boolean strict) {
        if (whole) {
            double n = Math.ceil(needed - 1e-9);
            return strict && Math.abs(n - needed) < 1e-9 ? n + 1 : Math.max(n, 1);
        }
        return decimal(needed, 1, strict);
    }

    /** Rounded up to {@code decimals}; one step more when a strict standard would leave the value on the line. */
    private static double decimal(double v, int decimals, boolean strict) {
        double step = Math.pow(10, -decimals);
        double up = ceilTo(v, decimals);
        return strict && Math.abs(up - v) < 1e-9 ? up + step : up;
    }

    static double ceilTo(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.ceil(v * f - 1e-9) / f;
    }

    private static Optional<RectificationItem> item(Finding f, String action, double amount, String unit, String field,
                                                    double gap) {
        return amount > 0
                ? Optional.of(new RectificationItem(f.getId(), f.getSubject(), action, amount, unit, field, f.getSubject(), gap, null))
                : Optional.empty();
    }

    private static RectificationItem plain(Finding f, String action, String field) {
        return new RectificationItem(f.getId(), f.getSubject(), action, 0, null, field, f.getSubject(), 1, null);
    }
}
