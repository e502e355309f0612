package educheck.rules;

import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * CN.CE.RES.8, decided over a section's seven resource findings: at least {@code minMet} met, and every unmet
 * one at no less than {@code minShare} of its standard. The thresholds are passed from the DRL rule.
 */
public final class ResourceBalance {

    private ResourceBalance() {
    }

    public static Finding judge(RuleContext kcontext, String subject, Collection<?> sevenFindings, int indicators,
                                int minMet, double minShare) {
        List<Finding> unmet = new ArrayList<>();
        List<Finding> unknown = new ArrayList<>();
        List<String> tooLow = new ArrayList<>();
        int met = 0;
        for (Object o : sevenFindings) {
            Finding f = (Finding) o;
            if (f.is(Status.PASS) || f.is(Status.WAIVED)) {
                met++;
            } else if (f.is(Status.NOT_ASSESSED) || f.is(Status.ERROR)) {
                // A rule that failed has not measured anything: neither met nor unmet.
                unknown.add(f);
            } else {
                unmet.add(f);
                double share = shareOfStandard(f);
                if (!Comparison.meets(share, ">=", minShare)) {
                    tooLow.add(f.getId() + " at " + String.format(java.util.Locale.ROOT, "%.1f", share * 100) + " %");
                }
            }
        }
        int allowedUnmet = indicators - minMet;
        String counts = met + " of " + indicators + " met";
        if (unmet.size() > allowedUnmet) {
            return fail(kcontext, subject, met, minMet, counts + "; unmet: " + ids(unmet));
        }
        if (!tooLow.isEmpty()) {
            return fail(kcontext, subject, met, minMet, counts + "; below " + Figures.format(minShare * 100)
                    + " % of the standard: " + String.join(", ", tooLow));
        }
        if (!unknown.isEmpty() || sevenFindings.size() < indicators) {
            return Judge.decided(Assessment.current(), kcontext, subject, Status.NOT_ASSESSED, null, minMet, ">=",
                    "not assessed, " + (unknown.isEmpty() ? "only " + sevenFindings.size() + " of " + indicators
                            + " indicators were checked" : "missing data for " + ids(unknown)));
        }
        return Judge.decided(Assessment.current(), kcontext, subject, Status.PASS, met, minMet, ">=",
                counts + (unmet.isEmpty() ? "" : "; " + ids(unmet) + " unmet but at or above " + Figures.format(minShare * 100)
                        + " % of its standard") + ", met");
    }

    /**
     * actual ÷ required for an "at least" indicator: how far towards its standard the section is. Uses the
     * unrounded measured value, so rounding for display cannot lift a section over the 85 % line.
     */
    private static double shareOfStandard(Finding f) {
        Object actual = f.getMeasured() != null && f.getMeasured().isPresent() ? f.getMeasured().getValue() : f.getActual();
        if (actual instanceof Number a && f.getRequired() instanceof Number r && r.doubleValue() > 0) {
            return a.doubleValue() / r.doubleValue();
        }
        return 0;
    }

    private static Finding fail(RuleContext kcontext, String subject, int met, int minMet, String message) {
        return Judge.decided(Assessment.current(), kcontext, subject, Status.FAIL, met, minMet, ">=", message + ", not met");
    }

    private static String ids(List<Finding> findings) {
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.getId()));
        ids.sort(null);
        return String.join(", ", ids);
    }
}
