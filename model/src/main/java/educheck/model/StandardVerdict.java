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
    private final boolean draft;
    private final boolean decides;

    public StandardVerdict(String standard, String title, Collection<Finding> deciding, String rulePackage, String ruleName) {
        this(standard, title, deciding, rulePackage, ruleName, false, true);
    }

    /**
     * @param draft the standard is a draft text's (征求意见稿): shown with its verdict, which decides the district's
     *              only when the run says drafts decide
     */
    public StandardVerdict(String standard, String title, Collection<Finding> deciding, String rulePackage, String ruleName,
                           boolean draft) {
        this(standard, title, deciding, rulePackage, ruleName, draft, !draft);
    }

    /** @param decides whether this verdict counts towards the district's (false for a draft text's, by default) */
    public StandardVerdict(String standard, String title, Collection<Finding> deciding, String rulePackage, String ruleName,
                           boolean draft, boolean decides) {
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
        this.draft = draft;
        this.decides = decides;
    }

    /** The same verdict, counted towards the district's or not (a run in which draft texts decide, say). */
    public StandardVerdict deciding(boolean counts) {
        return counts == decides ? this
                : new StandardVerdict(standard, title, deciding, rulePackage, ruleName, draft, counts);
    }

    /** Whether this verdict counts towards the district's: every adopted text's does; a draft's only when the run says. */
    public boolean decides() {
        return decides;
    }

    /** The standard is a draft text's (征求意见稿). */
    public boolean isDraft() {
        return draft;
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
