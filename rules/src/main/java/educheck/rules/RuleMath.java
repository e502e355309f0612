package educheck.rules;

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
}
