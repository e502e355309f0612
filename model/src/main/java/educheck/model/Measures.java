package educheck.model;

import java.util.List;

/** Looks up an open measure by key; shared by districts, schools and kindergartens. */
final class Measures {

    private Measures() {
    }

    static Measured find(List<Measure> measures, String key) {
        for (Measure m : measures) {
            if (key.equals(m.getKey())) {
                return m.measured();
            }
        }
        return Measured.missing(key, "measure " + key + " not reported");
    }
}
