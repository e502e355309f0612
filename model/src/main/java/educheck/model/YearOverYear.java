package educheck.model;

import java.util.Map;

/**
 * A district's figures against the year before: last year's open measures (from the submission's
 * {@code <previous>}, or from an archive when the submission lacks them) and this year's change. {@link District}
 * offers these to rules as {@code previous(key)} and {@code change(key)}.
 */
final class YearOverYear {

    private YearOverYear() {
    }

    /** {@code previous} with the figures of {@code recorded} it lacks added, each noting {@code origin}. */
    static PreviousYear completed(PreviousYear previous, int year, Map<String, String> recorded, String origin) {
        if (recorded.isEmpty()) {
            return previous;
        }
        PreviousYear completed = previous == null ? new PreviousYear(year - 1) : previous;
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            if (!Measures.find(completed.getMeasures(), e.getKey()).isPresent()) {
                completed.addFrom(origin, new Measure(e.getKey(), e.getValue()));
            }
        }
        return completed;
    }

    /** Last year's value of an open measure; missing, saying what to add, when it was not reported. */
    static Measured previous(PreviousYear previous, int year, String key) {
        if (previous == null) {
            return Measured.missing(key, "last year's " + key + " not reported (add <previous year=\"" + (year - 1)
                    + "\"> with <measure key=\"" + key + "\" …/>)");
        }
        Measured m = Measures.find(previous.getMeasures(), key);
        if (!m.isPresent()) {
            return Measured.missing(key, "last year's " + key + " not reported in <previous>");
        }
        String note = originNote(previous, key);
        if (note.isEmpty()) {
            return m;
        }
        return m.isFlag() ? Measured.flag(key + note, (Boolean) m.getValue()) : Measured.of(key + note, m.number());
    }

    /** {@code now} minus last year's value (positive when it rose); missing, naming what is missing, when either is. */
    static Measured change(Measured now, PreviousYear previous, int year, String key) {
        Measured before = previous(previous, year, key);
        if (!now.isPresent()) {
            return now;
        }
        if (!before.isPresent()) {
            return before;
        }
        if (now.isFlag() || before.isFlag()) {
            return Measured.missing(key, key + " is yes/no; it has no change from year to year");
        }
        return Measured.of(key + " " + year + " − " + previous.getYear() + originNote(previous, key), now.number() - before.number());
    }

    /**
     * " (2023 figure from archive run 12 of 2026-12-04)" when the figure a value was made from came from an archive,
     * else "": measured fields carry it so a finding can say where its figure came from.
     */
    private static String originNote(PreviousYear previous, String key) {
        String origin = previous == null ? null : previous.originOf(key);
        return origin == null ? "" : " (" + previous.getYear() + " figure from " + origin + ")";
    }
}
