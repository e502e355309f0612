package educheck.rules;

import educheck.model.Finding;
import educheck.model.Findings;
import educheck.model.Status;
import educheck.model.Waiver;
import educheck.model.Waivers;
import java.util.Set;
import java.util.function.Supplier;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * What a rule run is about beyond its facts: the year assessed (for due dates), the district checked, the
 * accepted exceptions (waivers) that apply to it and the findings reported so far. The checker sets it around
 * each session so that {@link Judge} can read it without rule authors declaring globals.
 */
public final class Assessment {

    private static final ThreadLocal<Assessment> CURRENT = new ThreadLocal<>();

    private final int year;
    private final String district;
    private final Waivers waivers;
    /** The DRL packages whose rule sets read a draft text (征求意见稿): their findings say so. */
    private final Set<String> draftPackages;
    private final Findings findings = new Findings();
    /** The one rule read otherwise in this session (mutation testing of the fixtures), or null: the rules as written. */
    private final Mutant mutant;
    /**
     * The lowest-salience rule that has read the findings and acted on them so far, and its salience. A finding
     * reported after it by a rule of the same or a higher salience is one that rule may have missed.
     */
    private Rule reader;
    private int readerSalience = Integer.MAX_VALUE;
    /** The last rule found not to read the findings: a rule's matches fire one after another, so this saves a lookup each. */
    private Rule lastNonReader;
    /** The rule whose metadata was asked for last, and that metadata: a rule's matches fire one after another. */
    private Rule lastRule;
    private RuleMetadata lastMetadata;

    /** An assessment of {@code year} over a city or province (roll-ups), no district and no waivers. */
    public Assessment(int year, Set<String> draftPackages) {
        this(year, null, Waivers.NONE, draftPackages, null);
    }

    /** As above, with one rule read as {@code mutant} says (null: none). */
    public Assessment(int year, Set<String> draftPackages, Mutant mutant) {
        this(year, null, Waivers.NONE, draftPackages, mutant);
    }

    /**
     * An assessment of one district's {@code year}, with the run's waivers.
     *
     * @param draftPackages the DRL packages of rule sets that read a draft text
     */
    public Assessment(int year, String district, Waivers waivers, Set<String> draftPackages) {
        this(year, district, waivers, draftPackages, null);
    }

    /**
     * As above, with one rule read as {@code mutant} says.
     *
     * @param mutant the rule read otherwise, or null for the rules as written
     */
    public Assessment(int year, String district, Waivers waivers, Set<String> draftPackages, Mutant mutant) {
        this.year = year;
        this.district = district;
        this.waivers = waivers;
        this.draftPackages = draftPackages;
        this.mutant = mutant;
    }

    public int year() {
        return year;
    }

    /** A district's session; false for a roll-up's over a city or province. */
    public boolean isDistrict() {
        return district != null;
    }

    /** Whether the rules of {@code rulePackage} read a draft text. */
    public boolean isDraft(String rulePackage) {
        return !draftPackages.isEmpty() && draftPackages.contains(rulePackage);
    }

    /** The session's findings: insert it as a fact, and read what the rules reported from it afterwards. */
    public Findings findings() {
        return findings;
    }

    /** Runs {@code work} with this assessment current on this thread. */
    public <T> T run(Supplier<T> work) {
        Assessment previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * A failing (FAIL or WARN) finding under a waiver in force becomes WAIVED, saying why and who approved it; under
     * an expired waiver it stays as it is and says the waiver has expired. Decided as the finding is made, so the
     * rules that read findings (RES.8, the standard verdicts) see the WAIVED status.
     */
    Finding review(Finding f) {
        if (!(f.is(Status.FAIL) || f.is(Status.WARN))) {
            return f;
        }
        Waiver w = waivers.match(district, f.getId(), f.getSubject());
        if (w == null) {
            return f;
        }
        if (!waivers.inForce(w)) {
            return f.toBuilder().waiver(w).message(f.getMessage() + "; the waiver approved by " + w.approvedBy()
                    + " expired on " + w.expires()).build();
        }
        return f.toBuilder().waiver(w).status(Status.WAIVED).message(f.getMessage() + "; waived until " + w.expires()
                + ": " + w.reason() + " (approved by " + w.approvedBy() + ")").build();
    }

    /**
     * Adds a finding the rule of {@code match} made, after checking that no rule which reads the findings has
     * already fired at a lower salience than this one: that rule read the findings before this one existed, and
     * its verdict would silently leave it out.
     *
     * @throws IllegalStateException naming both rules and the salience that would put them in order
     */
    void report(Match match, Finding f) {
        Rule rule = match.getRule();
        int salience = match.getSalience();
        if (reader != null && rule != reader && salience >= readerSalience) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" (salience " + salience + ") reported "
                    + f.getId() + " for " + f.getSubject() + " after rule \"" + reader.getName() + "\" (salience "
                    + readerSalience + ") had read the findings, so that rule never saw it: give \"" + rule.getName()
                    + "\" a salience above " + readerSalience + ", or \"" + reader.getName() + "\" one below " + salience);
        }
        findings.add(f);
        decided(match);
    }

    /** Notes that the rule of {@code match} acts on what it read, if it read the findings (binds the Findings fact). */
    void decided(Match match) {
        Rule rule = match.getRule();
        if (match.getSalience() >= readerSalience || rule == lastNonReader) {
            return;
        }
        if (metadata(rule).readsFindings(match)) {
            reader = rule;
            readerSalience = match.getSalience();
        } else {
            lastNonReader = rule;
        }
    }

    /**
     * A rule's fault (an ERROR finding), added whatever the order of the rules: a district with an ERROR finding
     * is never passed, whichever verdict rules saw it.
     */
    public void fault(Finding f) {
        findings.add(f);
    }

    /** The metadata of {@code rule}, the rule now firing. */
    RuleMetadata metadata(Rule rule) {
        if (rule != lastRule) {
            RuleMetadata md = RuleMetadata.of(rule);
            lastMetadata = mutant == null ? md : mutant.metadata(rule, md);
            lastRule = rule;
        }
        return lastMetadata;
    }

    /** The status {@code rule} gives where its consequence wrote {@code status}: itself, unless a mutant swaps it. */
    Status given(Rule rule, Status status) {
        return mutant == null ? status : mutant.given(rule, status);
    }

    /** The assessment the rules of this thread run under. */
    public static Assessment current() {
        Assessment a = CURRENT.get();
        if (a == null) {
            throw new IllegalStateException("rules must run inside Assessment.run (the checker does this)");
        }
        return a;
    }
}
