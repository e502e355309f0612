package educheck.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are shown in findings and reports: at most four decimals, no trailing zeros. */
public final class Figures {

    /** Below this, v × 10⁴ is exact enough in a double to round it without BigDecimal (a national run formats millions). */
    private static final double FAST_LIMIT = 1e5;
    /** How close to a tie (…5 in the fifth decimal) a value may come before the exact decimal path decides. */
    private static final double TIE_MARGIN = 1e-6;

    private Figures() {
    }

    /** Rounds half-up to four decimals, the precision findings report. */
    public static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double scaled = fastScaled(v);
        if (!Double.isNaN(scaled)) {
            return scaled / 10_000;
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** 4.2 → "4.2", 5.0 → "5", 0.51549 → "0.5155", true → "yes". */
    public static String format(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Number n) {
            double v = n.doubleValue();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return String.valueOf(v);
            }
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            double scaled = fastScaled(v);
            if (!Double.isNaN(scaled)) {
                return plain((long) scaled);
            }
            return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return value == null ? "—" : value.toString();
    }

    /**
     * v × 10⁴ rounded to a whole number, the same as BigDecimal's HALF_UP on v's decimal form; NaN when v is too
     * large or too close to a tie for double arithmetic to be sure, so the caller takes the exact path.
     */
    private static double fastScaled(double v) {
        if (v == 0) {
            return 0;
        }
        if (Math.abs(v) >= FAST_LIMIT) {
            return Double.NaN;
        }
        double x = v * 10_000;
        double fraction = Math.abs(x - Math.floor(x) - 0.5);
        return fraction < TIE_MARGIN ? Double.NaN : Math.rint(x);
    }

    /** n × 10⁻⁴ without trailing zeros: 45000 → "4.5", 5 → "0.0005", -20000 → "-2". */
    private static String plain(long n) {
        StringBuilder s = new StringBuilder(12);
        if (n < 0) {
            s.append('-');
            n = -n;
        }
        s.append(n / 10_000);
        long fraction = n % 10_000;
        if (fraction != 0) {
            String digits = Long.toString(fraction + 10_000).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            s.append('.').append(digits, 0, end);
        }
        return s.toString();
    }
}
