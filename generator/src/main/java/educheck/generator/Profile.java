package educheck.generator;

import java.util.SplittableRandom;

/**
 * How well a generated district is doing, drawn once per district: most items of a STRONG district are met
 * with a margin; a WEAK one misses items here and there (each with a small chance, so a large county misses
 * more); an INCOMPLETE one leaves some figures out. Every draw goes through one seeded random source, so the
 * same seed and code always give the same district.
 */
final class Profile {

    enum Kind { STRONG, WEAK, INCOMPLETE }

    /** Shares of districts of each kind. */
    static final double STRONG_SHARE = 0.35;
    static final double INCOMPLETE_SHARE = 0.15;

    final Kind kind;
    final SplittableRandom random;
    private final double failChance;
    private final double districtFailChance;
    private final double omitChance;

    private Profile(Kind kind, SplittableRandom random) {
        this.kind = kind;
        this.random = random;
        this.failChance = kind == Kind.WEAK ? 0.004 + 0.012 * random.nextDouble() : 0;
        this.districtFailChance = kind == Kind.WEAK ? 0.07 : 0;
        this.omitChance = kind == Kind.INCOMPLETE ? 0.0015 : kind == Kind.WEAK ? 0.0003 : 0;
    }

    static Profile draw(long seed, String code) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + Long.parseLong(code));
        double d = random.nextDouble();
        Kind kind = d < STRONG_SHARE ? Kind.STRONG : d < STRONG_SHARE + INCOMPLETE_SHARE ? Kind.INCOMPLETE : Kind.WEAK;
        return new Profile(kind, random);
    }

    /** Whether a school-level item is missed this time. */
    boolean fails() {
        return failChance > 0 && random.nextDouble() < failChance;
    }

    /** Whether a district-level item is missed this time. */
    boolean districtFails() {
        return districtFailChance > 0 && random.nextDouble() < districtFailChance;
    }

    /** Whether a figure is left out this time (not reported). */
    boolean omits() {
        return omitChance > 0 && random.nextDouble() < omitChance;
    }

    /** {@code value}, or null when the figure is left out. */
    <T> T maybe(T value) {
        return omits() ? null : value;
    }

    double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Rounded to {@code decimals} places (negative: to tens, hundreds…), so the file shows 0.962, not 0.9620000000000001. */
    static double round(double v, int decimals) {
        if (decimals < 0) {
            double step = Math.pow(10, -decimals);
            return Math.round(v / step) * step;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
