package educheck.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one standard (MoE-2017, MoE-2020, a local rule set) for one district, decided by a DRL verdict
 * rule over the findings its pass condition names. Local rules such as "pass the national assessment by 2025"
 * match this fact rather than copying the national rules.
 */
public final class StandardVerdict {

    private final String standard;
    private final String title;
    private final Verdict verdict;
    private final Map<Status, Integer> counts;
    private final List<Finding> deciding;
    private final String rulePackage;
    private final String ruleName;

    public StandardVerdict(String standard, String title, Collection<Finding> deciding, String rulePackage, String ruleName) {
        this.standard = standard;
        this.title = title;
        this.verdict = Verdict.over(deciding);
        this.deciding = List.copyOf(deciding);
        this.counts = new EnumMap<>(Status.class);
        for (Finding f : deciding) {
            counts.merge(f.getStatus(), 1, Integer::sum);
        }
        this.rulePackage = rulePackage;
        this.ruleName = ruleName;
    }

    /** A short name such as {@code MoE-2017} or {@code CN-31}. */
    public String getStandard() {
        return standard;
    }

    /** What the standard is, e.g. 县域义务教育优质均衡发展督导评估办法. */
    public String getTitle() {
        return title;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public boolean isPassed() {
        return verdict == Verdict.PASS;
    }

    /** How many of the deciding findings had each status. */
    public Map<Status, Integer> getCounts() {
        return counts;
    }

    /**
     * The findings the verdict rule collected and decided on. Reports use it to tell a failure that fails the
     * standard from one that does not (under MoE-2017 a RES.1–7 shortfall counts only through RES.8).
     */
    public List<Finding> getDeciding() {
        return deciding;
    }

    public String getRulePackage() {
        return rulePackage;
    }

    public String getRuleName() {
        return ruleName;
    }

    @Override
    public String toString() {
        return standard + " " + verdict + " " + counts;
    }
}
