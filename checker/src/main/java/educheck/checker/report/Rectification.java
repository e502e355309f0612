package educheck.checker.report;

import educheck.model.Finding;
import educheck.model.Measured;
import educheck.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The amount that turns a failed finding into a pass, computed from what was measured: for a ratio
 * {@code scale × numerator ÷ denominator ≥ required}, the numerator needed is {@code required × denominator ÷
 * scale}; whole units (teachers, rooms) round up. Checked against the same comparison the rule used.
 */
public final class Rectification {

    /** Shares are fractions; a shortfall in a share reads better as percentage points. */
    public static final String SHARE = "share";
    /** A ratio of two amounts (teacher pay ÷ civil-servant pay): its gap is shown to two decimals. */
    public static final String RATIO = "ratio";

    private Rectification() {
    }

    public static List<RectificationItem> of(List<Finding> findings) {
        List<RectificationItem> items = new ArrayList<>();
        for (Finding f : findings) {
            of(f).ifPresent(items::add);
        }
        return items;
    }

    public static Optional<RectificationItem> of(Finding f) {
        Measured m = f.getMeasured();
        if (!f.is(Status.FAIL) || m == null || !m.isPresent() || m.isFlag() || !(f.getRequired() instanceof Number r)) {
            return Optional.empty();
        }
        double required = r.doubleValue();
        String cmp = f.getComparator() == null ? ">=" : f.getComparator();
        boolean atLeast = cmp.startsWith(">");
        boolean strict = cmp.length() == 1;
        if (m.getNumerator() != null && m.getRemedy() == Measured.Remedy.RAISE_NUMERATOR && atLeast) {
            double needed = required * m.getDenominator() / m.getScale() - m.getNumerator();
            return item(f, "add", amount(needed, m.isWholeUnits(), strict), m.getUnit());
        }
        if (m.getNumerator() != null && m.getRemedy() == Measured.Remedy.RAISE_DENOMINATOR && !atLeast) {
            double needed = m.getScale() * m.getNumerator() / required - m.getDenominator();
            return item(f, "add", amount(needed, m.isWholeUnits(), strict), m.getUnit());
        }
        double gap = atLeast ? required - m.number() : m.number() - required;
        String unit = m.getUnit();
        if (SHARE.equals(unit)) {
            return item(f, atLeast ? "raise" : "lower", ceilTo(gap * 100, 1), "percentage points");
        }
        if (unit == null) {
            return Optional.empty();
        }
        if (RATIO.equals(unit)) {
            return item(f, atLeast ? "raise" : "lower", ceilTo(gap, 2), unit);
        }
        return item(f, atLeast ? "add" : "reduce", amount(gap, isCount(unit), strict), unit);
    }

    /** Students, teachers, rooms are counted whole; areas and money are not. */
    private static boolean isCount(String unit) {
        return !unit.contains("m²") && !unit.contains("CNY");
    }

    /** Whole units round up (one more when the standard is strict); other amounts round up to a tenth. */
    private static double amount(double needed, boolean whole, boolean strict) {
        if (whole) {
            double n = Math.ceil(needed - 1e-9);
            return strict && Math.abs(n - needed) < 1e-9 ? n + 1 : Math.max(n, 1);
        }
        return ceilTo(needed, 1);
    }

    private static double ceilTo(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.ceil(v * f - 1e-9) / f;
    }

    private static Optional<RectificationItem> item(Finding f, String action, double amount, String unit) {
        return amount > 0 ? Optional.of(new RectificationItem(f.getId(), f.getSubject(), action, amount, unit)) : Optional.empty();
    }
}
