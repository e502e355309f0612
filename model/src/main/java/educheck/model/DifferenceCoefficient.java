package educheck.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The inter-school difference coefficient (校际差异系数) of MoE-2017, student-weighted as the standard defines it.
 * For schools i with P_i students (P = ΣP_i) and values x_i:
 * <pre>
 *   x̄  = Σ (P_i / P) · x_i
 *   S  = sqrt( Σ (P_i / P) · (x_i − x̄)² )
 *   CV = S / x̄
 * </pre>
 * It is not the unweighted standard deviation of the school values: a large school far from the mean moves the
 * coefficient more than a small one.
 */
public final class DifferenceCoefficient {

    private DifferenceCoefficient() {
    }

    /**
     * The coefficient of {@code values} weighted by {@code students}. 0 when every value is 0: all schools are
     * equal, however badly resourced (the per-school rules report that).
     *
     * @throws IllegalArgumentException on mismatched or empty arrays, negative weights or values, or no students
     */
    public static double of(double[] students, double[] values) {
        if (students.length != values.length || students.length == 0) {
            throw new IllegalArgumentException("need one value per school and at least one school");
        }
        double total = 0;
        for (int i = 0; i < students.length; i++) {
            if (students[i] < 0 || values[i] < 0 || Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("students and values must be finite and not negative");
            }
            total += students[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException("no students");
        }
        double mean = 0;
        for (int i = 0; i < students.length; i++) {
            mean += students[i] / total * values[i];
        }
        if (mean == 0) {
            return 0;
        }
        double variance = 0;
        for (int i = 0; i < students.length; i++) {
            double d = values[i] - mean;
            variance += students[i] / total * d * d;
        }
        return Math.sqrt(variance) / mean;
    }

    /**
     * The coefficient of one resource indicator across sections (as collected by a rule). Missing, naming the
     * sections, when any of them lacks the value: a coefficient over part of the district would mislead.
     */
    public static Measured across(Collection<?> sections, ResourceIndicator indicator) {
        List<SchoolSection> list = new ArrayList<>(sections.size());
        for (Object o : sections) {
            list.add((SchoolSection) o);
        }
        String field = "difference coefficient of " + indicator.code() + " over " + list.size() + " sections";
        if (list.isEmpty()) {
            return Measured.missing(field, "no sections to compare");
        }
        List<String> unreported = new ArrayList<>();
        double[] students = new double[list.size()];
        double[] values = new double[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Measured m = list.get(i).get(indicator);
            if (!m.isPresent()) {
                unreported.add(list.get(i).getSubject());
            } else {
                students[i] = list.get(i).getStudents();
                values[i] = m.number();
            }
        }
        if (!unreported.isEmpty()) {
            return Measured.missing(field, indicator.field() + " not reported for " + PreschoolSummary.abbreviate(unreported));
        }
        return Measured.of(field, of(students, values));
    }

    /**
     * One coefficient for a level's school conditions as a whole (办学条件整体差异系数, e.g. Quzhou's QZ.3): the
     * mean of the seven resource indicators' coefficients, each computed by {@link #across}. Missing, naming the
     * first indicator that cannot be computed, when any of them is missing.
     */
    public static Measured overall(Collection<?> sections) {
        String field = "mean difference coefficient of RES.1-RES.7 over " + sections.size() + " sections";
        double sum = 0;
        for (ResourceIndicator indicator : ResourceIndicator.values()) {
            Measured cv = across(sections, indicator);
            if (!cv.isPresent()) {
                return Measured.missing(field, cv.getMissing());
            }
            sum += cv.number();
        }
        return Measured.of(field, sum / ResourceIndicator.values().length);
    }
}
