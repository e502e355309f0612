package educheck.model;

import java.util.Objects;

/**
 * A value a rule compares with its standard, together with where it came from.
 *
 * <p>Either present (a number or a yes/no) or missing, naming the input that is missing so the finding can
 * say what to supply. A ratio also keeps its numerator and denominator: the rectification amount of a failed
 * indicator ("3 more teachers", "420 m²") is computed from them, so no rule has to repeat the arithmetic.
 */
public final class Measured {

    /** Which side of a ratio a district would raise to meet a standard. */
    public enum Remedy {
        /** More of the resource (teachers, m², CNY) for the same students: for "at least" standards. */
        RAISE_NUMERATOR,
        /** More of the denominator (teachers for the same children): for "at most" standards such as children per teacher. */
        RAISE_DENOMINATOR,
        /** Not a quantity a district adds to (a yes/no, a survey result, a coefficient). */
        NONE
    }

    private final String field;
    private final Object value;
    private final String missing;
    private final Double numerator;
    private final Double denominator;
    private final double scale;
    private final String unit;
    private final boolean wholeUnits;
    private final Remedy remedy;
    /** What a weighted value's field says between the value's field and its weight's. */
    public static final String WEIGHTED_BY = " weighted by ";

    /** The value adds up across districts (an amount, a count, a change in one): a city's figure is their sum. */
    private final boolean additive;

    private Measured(String field, Object value, String missing, Double numerator, Double denominator,
                     double scale, String unit, boolean wholeUnits, Remedy remedy) {
        this(field, value, missing, numerator, denominator, scale, unit, wholeUnits, remedy, false);
    }

    private Measured(String field, Object value, String missing, Double numerator, Double denominator,
                     double scale, String unit, boolean wholeUnits, Remedy remedy, boolean additive) {
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
        this.missing = missing;
        this.numerator = numerator;
        this.denominator = denominator;
        this.scale = scale;
        this.unit = unit;
        this.wholeUnits = wholeUnits;
        this.remedy = remedy;
        this.additive = additive;
    }

    /** A reported number, or missing when {@code value} is null. */
    public static Measured of(String field, Number value) {
        return value == null ? missing(field, field + " not reported")
                : new Measured(field, value.doubleValue(), null, null, null, 1, null, false, Remedy.NONE);
    }

    /** A number with the unit a shortfall is expressed in (percentage points, m² per child…). */
    public static Measured of(String field, Number value, String unit) {
        return value == null ? missing(field, field + " not reported")
                : new Measured(field, value.doubleValue(), null, null, null, 1, unit, false, Remedy.NONE);
    }

    /** A reported yes/no, or missing when {@code value} is null. */
    public static Measured flag(String field, Boolean value) {
        return value == null ? missing(field, field + " not reported")
                : new Measured(field, value, null, null, null, 1, null, false, Remedy.NONE);
    }

    /** Nothing to measure: {@code why} says what input is missing, in the words a finding should use. */
    public static Measured missing(String field, String why) {
        return new Measured(field, null, why, null, null, 1, null, false, Remedy.NONE);
    }

    /**
     * {@code scale × numerator ÷ denominator}, e.g. teachers per 100 students ({@code scale} 100) or m² per
     * student ({@code scale} 1). Missing when either side is missing or the denominator is 0.
     *
     * @param unit       unit of the numerator, in which a shortfall is stated ("teachers", "m²", "CNY")
     * @param wholeUnits the numerator is counted in whole units (teachers, rooms): shortfalls round up
     */
    public static Measured ratio(String field, Number numerator, Number denominator, double scale,
                                 String unit, boolean wholeUnits) {
        if (numerator == null || denominator == null) {
            String absent = numerator == null ? field.split(" / ")[0] : denominator(field);
            return missing(field, absent + " not reported");
        }
        double den = denominator.doubleValue();
        if (den == 0) {
            return missing(field, denominator(field) + " is 0");
        }
        double num = numerator.doubleValue();
        return new Measured(field, scale * num / den, null, num, den, scale, unit, wholeUnits, Remedy.RAISE_NUMERATOR);
    }

    private static String denominator(String field) {
        int slash = field.indexOf(" / ");
        return slash < 0 ? field : field.substring(slash + 3);
    }

    /**
     * The same value, marked as one that adds up across districts (schools built, CNY spent, a change in either):
     * a city's figure is the sum of its districts'.
     */
    public Measured summed() {
        return new Measured(field, value, missing, numerator, denominator, scale, unit, wholeUnits, remedy, true);
    }

    /**
     * A district's value of a rate or mean, with the weight its district carries in the city's figure (a share of
     * schools weighted by the district's schools, a rate of students by its students): the city's figure is
     * Σ(value × weight) ÷ Σ weight, as a ratio's is Σ numerator ÷ Σ denominator. Missing when either is.
     *
     * @param weightField what the weight counts, named in the field ("schools", "students")
     */
    public static Measured weighted(Measured value, Number weight, String weightField) {
        String field = value.getField() + WEIGHTED_BY + weightField;
        if (!value.isPresent() || value.isFlag()) {
            return value.isPresent() ? missing(field, value.getField() + " is true/false; a number is expected")
                    : missing(field, value.getMissing());
        }
        if (weight == null) {
            return missing(field, weightField + " not reported");
        }
        double w = weight.doubleValue();
        return new Measured(field, value.getValue(), null, value.number() * w, w, 1, value.getUnit(), false,
                Remedy.NONE);
    }

    /** The same value with a different remedy, e.g. children per teacher is met by raising the denominator. */
    public Measured withRemedy(Remedy newRemedy, String newUnit, boolean newWholeUnits) {
        return new Measured(field, value, missing, numerator, denominator, scale, newUnit, newWholeUnits, newRemedy,
                additive);
    }

    public boolean isPresent() {
        return value != null;
    }

    /** The input field(s) this value comes from, e.g. {@code teachersAboveDegree / students}. */
    public String getField() {
        return field;
    }

    /** A {@link Double}, a {@link Boolean}, or null when missing. */
    public Object getValue() {
        return value;
    }

    public boolean isFlag() {
        return value instanceof Boolean;
    }

    /** The number; throws when missing or a yes/no, which a rule should have checked with {@link #isPresent()}. */
    public double number() {
        if (!(value instanceof Double d)) {
            throw new IllegalStateException(field + " is " + (value == null ? "missing" : "a yes/no, not a number"));
        }
        return d;
    }

    /** What is missing, for a NOT_ASSESSED finding; null when present. */
    public String getMissing() {
        return missing;
    }

    public Double getNumerator() {
        return numerator;
    }

    public Double getDenominator() {
        return denominator;
    }

    public double getScale() {
        return scale;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isWholeUnits() {
        return wholeUnits;
    }

    public Remedy getRemedy() {
        return remedy;
    }

    /** See {@link #summed()}. */
    public boolean isAdditive() {
        return additive;
    }

    @Override
    public String toString() {
        return isPresent() ? field + "=" + value : field + " missing (" + missing + ")";
    }
}
