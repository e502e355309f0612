package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** An open key/value measure ({@code <measure key="educationBudget" value="2310000000"/>}) for local rules. */
@XmlType(name = "")
public final class Measure extends Located {

    @XmlAttribute(required = true)
    private String key;

    @XmlAttribute(required = true)
    private String value;

    public Measure() {
    }

    public Measure(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    /**
     * How far a measure's number may go either way: the schema's bound on an amount ({@code amount} in
     * submission-1.xsd), so no figure a rule computes with is near the range a double can hold.
     */
    public static final double MAX_MAGNITUDE = 1e12;

    /** Why a measure's number cannot be computed with: a slip the reader reports at the measure's line. */
    public enum OutOfRange { TOO_LARGE, TOO_SMALL }

    /** Whether the value, a number, can be computed with: see {@link #outOfRange(String)}. */
    public OutOfRange outOfRange() {
        return outOfRange(value);
    }

    /**
     * Whether {@code text}, a number, is beyond {@link #MAX_MAGNITUDE} or so small it would read as 0 (1E-400) or
     * lose its digits; null when it is a usable number or no number at all (text, which a rule reads as missing).
     * Workbook cells holding numbers are held to the same.
     */
    public static OutOfRange outOfRange(String text) {
        Double d = parsed(text);
        if (d == null) {
            return null;
        }
        if (Double.isInfinite(d) || Math.abs(d) > MAX_MAGNITUDE) {
            return OutOfRange.TOO_LARGE;
        }
        boolean written0 = mantissa(text.trim()).chars().noneMatch(c -> c >= '1' && c <= '9');
        return (d == 0 && !written0) || (d != 0 && Math.abs(d) < Double.MIN_NORMAL) ? OutOfRange.TOO_SMALL : null;
    }

    /** The value as a rule reads it: a number, a yes/no, or missing with the reason when it is neither. */
    public Measured measured() {
        String v = value == null ? "" : value.trim();
        if (v.equals("true") || v.equals("false")) {
            return Measured.flag(key, Boolean.valueOf(v));
        }
        Double d = parsed(value);
        if (d == null) {
            return Measured.missing(key, "measure " + key + " is '" + value + "', not a number or true/false");
        }
        if (outOfRange() != null) {
            return Measured.missing(key, "measure " + key + " is '" + value + "', beyond the numbers a rule can compare");
        }
        return Measured.of(key, d);
    }

    /** The value as Java reads a number, or null when it is none; the words NaN and Infinity are not numbers here. */
    private static Double parsed(String text) {
        String v = text == null ? "" : text.trim();
        if (v.isEmpty() || v.chars().anyMatch(Character::isLetter) && !v.matches("[^a-zA-Z]*[eE][^a-zA-Z]*")) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String mantissa(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        return e < 0 ? number : number.substring(0, e);
    }
}
