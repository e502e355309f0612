package educheck.rules;

import educheck.model.CountyStatus;
import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.RollupGroup;
import educheck.model.Status;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Roll-up checks over a city's or province's county-level districts, against the rule's {@code @required}.
 * Districts the run cannot judge (not submitted, or incomplete) may turn out either way, so a roll-up decides
 * only when the result is the same at both extremes; otherwise it is NOT_ASSESSED with the counts.
 */
public final class Rollups {

    private Rollups() {
    }

    /** The share of the districts recognised under MoE-2017, e.g. "≥ 70 % of Shaoxing's counties". */
    public static Finding recognisedShare(RuleContext kcontext, RollupGroup g) {
        return recognisedShare(kcontext, g, "");
    }

    /**
     * As {@link #recognisedShare(RuleContext, RollupGroup)}, with the subject {@code CITY/aspect} for one of several
     * rules of the same ID on the same city (an aim beside a plan, say), so each finding can be told apart.
     */
    public static Finding recognisedShare(RuleContext kcontext, RollupGroup g, String aspect) {
        double lower = (double) g.recognised() / g.total();
        double upper = (double) (g.recognised() + g.undetermined()) / g.total();
        return judge(kcontext, g, aspect, lower, upper, counts(g));
    }

    /** The number of districts recognised, e.g. "3 counties by 2022". */
    public static Finding recognisedCount(RuleContext kcontext, RollupGroup g) {
        return recognisedCount(kcontext, g, "");
    }

    /** As {@link #recognisedCount(RuleContext, RollupGroup)}, on the subject {@code CITY/aspect}. */
    public static Finding recognisedCount(RuleContext kcontext, RollupGroup g, String aspect) {
        return judge(kcontext, g, aspect, g.recognised(), g.recognised() + g.undetermined(), counts(g));
    }

    /**
     * The sum of a district measure over the group, e.g. rural "new quality schools" built. A district that is
     * missing or does not report the measure could add any amount, so the sum can pass early but fail only
     * when every district has reported.
     */
    public static Finding total(RuleContext kcontext, RollupGroup g, String measureKey) {
        double sum = 0;
        int unknown = 0;
        for (CountyStatus c : g.counties()) {
            Double v = c.inRun() ? c.measures().get(measureKey) : null;
            if (v == null) {
                unknown++;
            } else {
                sum += v;
            }
        }
        String text = Figures.format(sum) + " " + measureKey + " across " + (g.total() - unknown) + " of " + g.total()
                + " districts" + (unknown > 0 ? "; " + unknown + " not reporting it" : "");
        return judge(kcontext, g, "", sum, unknown > 0 ? Double.POSITIVE_INFINITY : sum, text);
    }

    private static String counts(RollupGroup g) {
        return g.recognised() + " of " + g.total() + " districts recognised"
                + (g.undetermined() > 0 ? ", " + g.undetermined() + " undetermined (" + (g.total() - g.inRun())
                + " not in this run)" : "") + notRecognised(g);
    }

    /** The districts of the run known not to be recognised: those a short roll-up is short of. */
    private static String notRecognised(RollupGroup g) {
        List<String> named = new ArrayList<>();
        for (CountyStatus c : g.counties()) {
            if (Boolean.FALSE.equals(c.recognisedBy(g.year()))) {
                named.add(c.code() + " " + c.name() + " (" + c.basis(g.year()) + ")");
            }
        }
        return named.isEmpty() ? "" : "; not recognised: " + String.join(", ", named);
    }

    /** Decided only when the lowest and the highest possible value agree on the outcome. */
    private static Finding judge(RuleContext kcontext, RollupGroup g, String aspect, double lower, double upper,
                                 String text) {
        Assessment assessment = Assessment.current();
        RuleMetadata md = assessment.metadata(kcontext.getRule());
        Double required = md.number(RuleMetadata.REQUIRED);
        if (required == null) {
            throw new IllegalStateException("roll-up rule \"" + kcontext.getRule().getName() + "\" needs @required");
        }
        String cmp = md.comparator();
        boolean lowMeets = Comparison.meets(lower, cmp, required);
        boolean highMeets = Double.isInfinite(upper) ? cmp.startsWith(">") : Comparison.meets(upper, cmp, required);
        Status status = lowMeets && highMeets ? Status.PASS : !lowMeets && !highMeets ? Status.FAIL : Status.NOT_ASSESSED;
        String verdict = status == Status.PASS ? ", met" : status == Status.FAIL ? ", not met"
                : ", cannot be decided until the undetermined districts are known";
        return Judge.decided(assessment, kcontext, aspect.isEmpty() ? g.code() : g.code() + "/" + aspect, status, lower,
                required, cmp, text + verdict);
    }
}
