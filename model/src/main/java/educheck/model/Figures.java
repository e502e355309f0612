package educheck.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are shown in findings and reports: at most four decimals, no trailing zeros. */
public final class Figures {

    private Figures() {
    }

    /** Rounds half-up to four decimals, the precision findings report. */
    public static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
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
            return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return value == null ? "—" : value.toString();
    }
}
