package educheck.rules;

import educheck.model.Figures;
import educheck.model.Measured;

/** Small calculations rules need for standards that depend on the subject, such as rooms per 12 classes. */
public final class RuleMath {

    private RuleMath() {
    }

    /**
     * ⌈value ÷ divisor⌉, e.g. the music rooms a school of 20 classes needs at one per 12 classes: 2. Missing when
     * the value is.
     */
    public static Measured ceilDiv(Measured value, int divisor) {
        if (!value.isPresent()) {
            return value;
        }
        long needed = (long) Math.ceil(value.number() / divisor - 1e-9);
        return Measured.of("⌈" + value.getField() + " ÷ " + divisor + "⌉", needed);
    }

    /**
     * {@code part ÷ whole} of two reported counts, e.g. rotations on 3-year terms ÷ all rotations, keeping both so a
     * shortfall can be stated in {@code unit}. Missing, naming the input, when either is missing or not a number, or
     * when {@code whole} is 0.
     */
    public static Measured share(Measured part, Measured whole, String unit) {
        String field = part.getField() + " / " + whole.getField();
        for (Measured m : new Measured[] {number(part), number(whole)}) {
            if (!m.isPresent()) {
                return Measured.missing(field, m.getMissing());
            }
        }
        return Measured.ratio(field, part.number(), whole.number(), 1, unit, true);
    }

    /**
     * An open measure read as a number. Open measures are not typed by the schema, so one reported as true/false
     * is missing with a message saying what was expected, rather than a crash or a comparison of unlike things.
     */
    public static Measured number(Measured m) {
        return m.isFlag() ? Measured.missing(m.getField(), "measure " + m.getField() + " is " + m.getValue()
                + ", expected a number") : m;
    }

    /** An open measure read as true/false; missing, saying what was expected, when it was reported as a number. */
    public static Measured flag(Measured m) {
        return m.isPresent() && !m.isFlag() ? Measured.missing(m.getField(), "measure " + m.getField() + " is "
                + Figures.format(m.getValue()) + ", expected true or false") : m;
    }
}
