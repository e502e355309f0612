package educheck.checker.render;

import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Measured;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers at the precision people read them in the text and html reports: shares as percentages to 0.1, per-100
 * and per-student values and pay ratios to two decimals, difference coefficients to three. JSON, CSV and XML keep
 * the full precision. A value is never shown equal to its standard when it does not meet it: more decimals are
 * shown until the two differ.
 */
final class Readable {

    private Readable() {
    }

    /** The finding's actual value, readable. */
    static String actual(Finding f) {
        return f.getActual() instanceof Number n ? number(f, n.doubleValue(), f.getRequired()) : Figures.format(f.getActual());
    }

    /** The finding's required value, readable. */
    static String required(Finding f) {
        if (!(f.getRequired() instanceof Number n)) {
            return Figures.format(f.getRequired());
        }
        // A limit reads as written in the standard (0.5, 0.45), not padded to the coefficient's three decimals.
        return kind(f) == Kind.COEFFICIENT ? Figures.format(n) : number(f, n.doubleValue(), null);
    }

    /** A value of the finding's kind, e.g. a school's value in the resource grid. */
    static String of(Finding f, double v) {
        return number(f, v, null);
    }

    private static String number(Finding f, double v, Object against) {
        Kind kind = kind(f);
        int decimals = kind.decimals;
        String shown = kind.show(v, decimals);
        if (against instanceof Number r && r.doubleValue() != v) {
            while (decimals < 6 && shown.equals(kind.show(r.doubleValue(), decimals))) {
                decimals++;
                shown = kind.show(v, decimals);
            }
        }
        return shown;
    }

    /** An amount in a rectification item: whole numbers grouped by thousands, others to their decimals. */
    static String amount(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() <= 0 && Math.abs(v) >= 10000) {
            return String.format(java.util.Locale.ROOT, "%,d", d.longValue());
        }
        return d.toPlainString();
    }

    /** Rounded half-up to at most {@code decimals}, no trailing zeros. */
    static String decimals(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Rounded down, for an "at least" figure that must stay true as shown. */
    static String down(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.FLOOR).stripTrailingZeros().toPlainString();
    }

    /**
     * Rounded half-up to exactly {@code decimals}. Like every method here it shows a value that is not finite as
     * Java writes it (Infinity, NaN) rather than fail: the reader keeps such values out of the input, but a rule may
     * still compute one (a division by zero), and the report must be written all the same.
     */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static Kind kind(Finding f) {
        Measured m = f.getMeasured();
        String unit = m == null ? null : m.getUnit();
        // A share (0.85 = 85 %): declared so, or a part of a whole held to a fraction (rotated ÷ eligible ≥ 0.1).
        if ("share".equals(unit) || (m != null && m.getNumerator() != null && m.getScale() == 1
                && f.getRequired() instanceof Number r && r.doubleValue() > 0 && r.doubleValue() <= 1)) {
            return Kind.PERCENT;
        }
        if (m != null && m.getField().startsWith("difference coefficient")) {
            return Kind.COEFFICIENT;
        }
        if ((m != null && m.getNumerator() != null) || "ratio".equals(unit)) {
            return Kind.TWO_DECIMALS;
        }
        return Kind.PLAIN;
    }

    private enum Kind {
        PERCENT(1), COEFFICIENT(3), TWO_DECIMALS(2), PLAIN(4);

        final int decimals;

        Kind(int decimals) {
            this.decimals = decimals;
        }

        String show(double v, int d) {
            if (!Double.isFinite(v) || (this == PERCENT && !Double.isFinite(v * 100))) {
                return String.valueOf(v);
            }
            return switch (this) {
                case PERCENT -> decimals(v * 100, d) + " %";
                case COEFFICIENT -> fixed(v, d);
                default -> decimals(v, d);
            };
        }
    }
}
