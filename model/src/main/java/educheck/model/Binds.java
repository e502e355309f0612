package educheck.model;

import java.util.Locale;

/**
 * Whom a target binds, as the policy text words it ({@code @binds} in a rule): a district's own target, or one the
 * text sets for a city or province as a whole (全市…, 本市…, 全省…), judged once on the roll-up of its districts.
 */
public enum Binds {
    DISTRICT, CITY, PROVINCE;

    /** The word a rule writes, {@code district}, {@code city} or {@code province}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of {@code @binds(…)}; null when {@code word} is none of the three. */
    public static Binds of(String word) {
        for (Binds b : values()) {
            if (b.word().equals(word)) {
                return b;
            }
        }
        return null;
    }
}
