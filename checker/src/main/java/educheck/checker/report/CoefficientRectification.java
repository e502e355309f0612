package educheck.checker.report;

import educheck.checker.report.RectificationItem.CoefficientPlan;
import educheck.checker.report.RectificationItem.Pull;
import educheck.model.DifferenceCoefficient;
import educheck.model.Finding;
import educheck.model.Measured;
import educheck.model.ResourceIndicator;
import educheck.rules.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What brings a difference coefficient (CN.CE.RES.9) under its limit: raise the sections below a floor up to it.
 *
 * <p>The coefficient is computed from the same per-section values the RES.1–7 findings measured, after the
 * per-section items of the same indicator are applied. Raising every section below a floor {@code t} to {@code t}
 * ("levelling up") lowers the coefficient strictly as {@code t} rises (d(CV²)/dt has the sign of
 * {@code t·x̄ − Σwᵢxᵢ²}, negative while any section is above {@code t}), so bisection finds the lowest floor that
 * meets the limit; for the total it adds, levelling up the lowest values gives the least variance, so it is the
 * cheapest raise that does. The amounts are rounded up to natural units (whole teachers and rooms, whole m²,
 * hundreds of CNY) and the coefficient is computed again with {@link DifferenceCoefficient#of}, the formula the
 * rule uses; if rounding left it over the limit, the floor is nudged up and the plan recomputed.
 */
final class CoefficientRectification {

    private static final int PULLS_SHOWN = 5;

    private CoefficientRectification() {
    }

    /**
     * The items for one failed coefficient finding (subject {@code LEVEL/RES.n}): a summary item on the
     * coefficient, then one item per section to raise. A plain item when the sections cannot be found again.
     */
    static List<RectificationItem> of(Finding coefficient, List<Finding> findings, List<RectificationItem> sectionItems) {
        String[] parts = coefficient.getSubject().split("/");
        double limit = ((Number) coefficient.getRequired()).doubleValue();
        ResourceIndicator indicator;
        try {
            indicator = ResourceIndicator.byCode(parts[1]);
        } catch (RuntimeException e) {
            return List.of(meet(coefficient));
        }
        String level = parts[0];
        List<Finding> sections = findings.stream()
                .filter(f -> f.getId().equals(indicator.catalogueId()) && f.getSubject().endsWith("/" + level))
                .filter(f -> f.getMeasured() != null && f.getMeasured().getNumerator() != null)
                .toList();
        if (sections.isEmpty()) {
            return List.of(meet(coefficient));
        }
        int n = sections.size();
        double[] students = new double[n];
        double[] resource = new double[n];
        for (int i = 0; i < n; i++) {
            Measured m = sections.get(i).getMeasured();
            students[i] = m.getDenominator();
            resource[i] = m.getNumerator();
        }
        double scale = indicator.scale();
        double before = DifferenceCoefficient.of(students, values(resource, students, scale));
        // The sections found must be the ones the rule compared, or the plan would be for another coefficient.
        if (Math.abs(before - ((Number) coefficient.getActual()).doubleValue()) > 1e-3) {
            return List.of(meet(coefficient));
        }
        double mean = weightedMean(students, values(resource, students, scale));
        List<Pull> pulls = pulls(sections, students, values(resource, students, scale), mean);
        double[] base = resource.clone();
        for (RectificationItem item : sectionItems) {
            for (int i = 0; i < n; i++) {
                if (item.id().equals(indicator.catalogueId()) && item.subject().equals(sections.get(i).getSubject())) {
                    base[i] += item.shortfall();
                }
            }
        }
        double[] raise = levelUp(students, base, scale, limit, indicator);
        double[] finalResource = new double[n];
        int schools = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            finalResource[i] = base[i] + raise[i];
            if (raise[i] > 0) {
                schools++;
                total += raise[i];
            }
        }
        double[] finalValues = values(finalResource, students, scale);
        double after = DifferenceCoefficient.of(students, finalValues);
        double floor = schools == 0 ? mean : minRaised(finalValues, raise);
        CoefficientPlan plan = new CoefficientPlan(indicator.code(), level, before, after, limit, mean, floor, pulls,
                schools, total, indicator.unit());
        List<RectificationItem> items = new ArrayList<>();
        items.add(new RectificationItem(coefficient.getId(), coefficient.getSubject(), "lower",
                Rectification.ceilTo(before - limit, 4), "coefficient", null, coefficient.getSubject(),
                (before - limit) / limit, plan));
        double[] now = values(base, students, scale);
        for (int i = 0; i < n; i++) {
            if (raise[i] > 0) {
                items.add(new RectificationItem(coefficient.getId(), sections.get(i).getSubject(), "add", raise[i],
                        indicator.unit(), indicator.field(), coefficient.getSubject(), (floor - now[i]) / floor, null));
            }
        }
        return items;
    }

    /**
     * The raise per section, in resource units, that levels every section below some floor up to it so the
     * coefficient meets {@code limit}; all zero when it already does.
     */
    static double[] levelUp(double[] students, double[] resource, double scale, double limit, ResourceIndicator indicator) {
        int n = students.length;
        double[] values = values(resource, students, scale);
        double[] none = new double[n];
        if (meets(DifferenceCoefficient.of(students, values), limit)) {
            return none;
        }
        double low = min(values);
        double high = max(values);
        for (int k = 0; k < 100; k++) {
            double mid = (low + high) / 2;
            if (meets(DifferenceCoefficient.of(students, floored(values, mid)), limit)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double floor = high;
        double top = max(values);
        for (int attempt = 0; attempt < 200; attempt++) {
            double[] raise = new double[n];
            double[] rounded = resource.clone();
            for (int i = 0; i < n; i++) {
                if (values[i] < floor) {
                    raise[i] = roundUp((floor - values[i]) * students[i] / scale, indicator);
                    rounded[i] += raise[i];
                }
            }
            if (meets(DifferenceCoefficient.of(students, values(rounded, students, scale)), limit)) {
                return raise;
            }
            floor += Math.max((top - floor) * 0.02, 1e-9 * top);
        }
        throw new IllegalStateException("no raise of " + indicator.code() + " meets the coefficient limit " + limit);
    }

    private static double roundUp(double amount, ResourceIndicator indicator) {
        if (amount <= 0) {
            return 0;
        }
        if (indicator.wholeUnits() || indicator.unit().contains("m²")) {
            return Math.ceil(amount - 1e-9);
        }
        return Math.ceil(amount / 100 - 1e-9) * 100;
    }

    private static boolean meets(double cv, double limit) {
        return Comparison.meets(cv, "<=", limit);
    }

    /** The sections with the largest part of the student-weighted variance: those far from the mean, and large. */
    private static List<Pull> pulls(List<Finding> sections, double[] students, double[] values, double mean) {
        double variance = 0;
        double[] part = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            part[i] = students[i] * (values[i] - mean) * (values[i] - mean);
            variance += part[i];
        }
        List<Pull> pulls = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            pulls.add(new Pull(sections.get(i).getSubject(), values[i], variance == 0 ? 0 : part[i] / variance));
        }
        pulls.sort(Comparator.comparingDouble(Pull::share).reversed());
        return List.copyOf(pulls.subList(0, Math.min(PULLS_SHOWN, pulls.size())));
    }

    private static double[] floored(double[] values, double floor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.max(values[i], floor);
        }
        return out;
    }

    private static double[] values(double[] resource, double[] students, double scale) {
        double[] out = new double[resource.length];
        for (int i = 0; i < resource.length; i++) {
            out[i] = students[i] == 0 ? 0 : scale * resource[i] / students[i];
        }
        return out;
    }

    private static double weightedMean(double[] students, double[] values) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            total += students[i];
            sum += students[i] * values[i];
        }
        return total == 0 ? 0 : sum / total;
    }

    private static double minRaised(double[] values, double[] raise) {
        double m = Double.MAX_VALUE;
        for (int i = 0; i < values.length; i++) {
            if (raise[i] > 0) {
                m = Math.min(m, values[i]);
            }
        }
        return m;
    }

    private static double min(double[] v) {
        double m = Double.MAX_VALUE;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = -Double.MAX_VALUE;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static RectificationItem meet(Finding f) {
        return new RectificationItem(f.getId(), f.getSubject(), "meet", 0, null, null, f.getSubject(), 1, null);
    }
}
