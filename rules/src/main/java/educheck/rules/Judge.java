package educheck.rules;

import educheck.model.Binds;
import educheck.model.District;
import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Findings;
import educheck.model.Force;
import educheck.model.Measured;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Turns a measured value into a finding, the one way rules report. A rule states its catalogue ID, source,
 * standard and due year as metadata, makes the finding with one of these and reports it:
 *
 * <pre>
 * rule "CN.CE.RES.1 primary"
 *     &#64;id("CN.CE.RES.1") &#64;source("MoE-2017 资源配置 1") &#64;required(4.2) &#64;scope("PRIMARY sections")
 * when
 *     $s : SchoolSection( level == Level.PRIMARY, inResourceScope($s) )
 * then
 *     report(kcontext, check(kcontext, $s.subject, $s.teachersAboveDegreePer100));
 * end
 * </pre>
 *
 * <p>Missing data gives NOT_ASSESSED, never PASS. A shortfall on a target whose {@code @due} year is after the year
 * assessed gives WARN. A shortfall covered by a waiver in force gives WAIVED ({@link Assessment}). A finding is
 * reported to the session's {@link Findings}, not inserted as a fact; the rules that decide over findings (RES.8,
 * the standard verdicts) read them from there.
 */
public final class Judge {

    private Judge() {
    }

    /**
     * Adds {@code finding} to the session's findings, where the report and the rules that decide over findings
     * read it.
     *
     * @throws IllegalStateException when a rule that reads the findings has already run at a lower salience than
     *                               this rule (it would never see this finding); the district's check is then an error
     */
    public static void report(RuleContext kcontext, Finding finding) {
        Assessment.current().report(kcontext.getMatch(), finding);
    }

    /** Compares {@code actual} with the rule's {@code @required} (true for a yes/no when not given). */
    public static Finding check(RuleContext kcontext, String subject, Measured actual) {
        Assessment assessment = Assessment.current();
        RuleMetadata md = assessment.metadata(kcontext.getRule());
        Object required = actual.isFlag() || md.required() == null
                ? flagRequired(md) : md.requiredNumber();
        return judge(assessment, kcontext, md, subject, actual, required);
    }

    /** Compares {@code actual} with a standard the rule computed, e.g. ⌈classes ÷ 12⌉ music rooms. */
    public static Finding check(RuleContext kcontext, String subject, Measured actual, double required) {
        Assessment assessment = Assessment.current();
        return judge(assessment, kcontext, assessment.metadata(kcontext.getRule()), subject, actual, required);
    }

    /** As above, with a standard that may itself be missing (then NOT_ASSESSED, naming what is missing). */
    public static Finding check(RuleContext kcontext, String subject, Measured actual, Measured required) {
        Assessment assessment = Assessment.current();
        RuleMetadata md = assessment.metadata(kcontext.getRule());
        if (!required.isPresent()) {
            return base(assessment, kcontext, md, subject, Status.NOT_ASSESSED)
                    .actual(actual.isPresent() ? rounded(actual.getValue()) : null)
                    .measured(actual)
                    .message(label(md) + ": not assessed, the standard cannot be set: " + required.getMissing())
                    .build();
        }
        Finding f = judge(assessment, kcontext, md, subject, actual, required.getValue());
        String standard = " [standard: " + required.getField() + "]";
        return f.toBuilder().message(() -> f.getMessage() + standard).build();
    }

    /**
     * A finding whose status the rule decided itself, such as RES.8 over seven findings or a veto. A FAIL before
     * the rule's {@code @due} year becomes WARN as for any other finding.
     */
    public static Finding outcome(RuleContext kcontext, String subject, Status status, Object actual, String message) {
        return outcome(kcontext, subject, status, actual, null, null, message);
    }

    /** As above, also stating the value required and how it was compared, for the report's columns. */
    public static Finding outcome(RuleContext kcontext, String subject, Status status, Object actual,
                                  Object required, String comparator, String message) {
        Assessment assessment = Assessment.current();
        return decided(assessment, kcontext, subject, assessment.given(kcontext.getRule(), status), actual, required,
                comparator, message);
    }

    /**
     * {@link #outcome} for a status a helper decided (a roll-up, RES.8, a verdict read): not one the rule wrote, so
     * never one a mutant swaps.
     */
    static Finding decided(Assessment assessment, RuleContext kcontext, String subject, Status status, Object actual,
                           Object required, String comparator, String message) {
        RuleMetadata md = assessment.metadata(kcontext.getRule());
        if (isPart(assessment, md)) {
            return base(assessment, kcontext, md, subject, Status.INFO).contribution(true).actual(rounded(actual))
                    .required(rounded(required), comparator).message(label(md) + ": " + message + partOf(md)).build();
        }
        Status s = settled(md, assessment.year(), status);
        String text = s == status ? message : message + shortfallWords(md, assessment.year(), s);
        return assessment.review(base(assessment, kcontext, md, subject, s).actual(rounded(actual))
                .required(rounded(required), comparator).message(label(md) + ": " + text).build());
    }

    /**
     * The province's standard when the district reports it, otherwise the rule's own {@code @required}, marked
     * as a default in the finding so nobody mistakes it for the province's figure. Without either, the
     * finding is NOT_ASSESSED.
     */
    public static Measured provincialOrDefault(RuleContext kcontext, Measured provincial) {
        if (provincial.isPresent()) {
            return provincial;
        }
        Double fallback = Assessment.current().metadata(kcontext.getRule()).requiredNumber();
        return fallback == null
                ? Measured.missing(provincial.getField(), "the province's standard (" + provincial.getField()
                        + ") is not reported and the rule has no default")
                : Measured.of("rule default; the province's standard " + provincial.getField() + " was not reported", fallback);
    }

    /**
     * The verdict of a standard over the findings its pass condition names (collected by the verdict rule).
     *
     * @param standard a short name such as "MoE-2017"
     * @param title    what the standard is, for the report
     */
    public static StandardVerdict standard(RuleContext kcontext, String standard, String title, Collection<?> deciding) {
        Assessment assessment = Assessment.current();
        assessment.decided(kcontext.getMatch());
        List<Finding> findings = new ArrayList<>(deciding.size());
        for (Object o : deciding) {
            findings.add((Finding) o);
        }
        String pkg = kcontext.getRule().getPackageName();
        return new StandardVerdict(standard, title, findings, pkg, kcontext.getRule().getName(), assessment.isDraft(pkg));
    }

    /**
     * A local target "pass standard X (by the rule's {@code @due})" judged on the verdict the standard's own rule
     * inserted, rather than by copying its rules: PASS, FAIL (WARN before {@code @due}), or NOT_ASSESSED when the
     * standard could not be decided (INCOMPLETE) or had no data at all (NOT_SUBMITTED).
     */
    public static Finding standardPassed(RuleContext kcontext, String subject, StandardVerdict v) {
        // "MoE-2017 FAIL (449 PASS, 2 FAIL)": the standard's verdict and what it rests on, in the report's own words.
        String counts = v.getStandard() + " " + v.getVerdict() + " (" + v.getCounts().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")";
        if (v.getVerdict() == Verdict.PASS || v.getVerdict() == Verdict.FAIL) {
            boolean passed = v.getVerdict() == Verdict.PASS;
            return decided(Assessment.current(), kcontext, subject, passed ? Status.PASS : Status.FAIL, passed, true, "==",
                    counts + (passed ? ", met" : ", not met"));
        }
        return decided(Assessment.current(), kcontext, subject, Status.NOT_ASSESSED, null, true, "==", "not assessed, the "
                + v.getStandard() + " verdict is " + v.getVerdict() + " (" + counts + "): supply the data it lacks");
    }

    /**
     * "The district passes the national assessment (by the rule's {@code @due})": met once the district declares it
     * was recognised under MoE-2017 (qualityBalanceRecognizedYear) in or before the year assessed, whatever a later
     * year's data say; otherwise judged on this run's MoE-2017 verdict as {@link #standardPassed} does.
     */
    public static Finding recognition(RuleContext kcontext, District district, StandardVerdict v) {
        Measured declared = district.getQualityBalanceRecognizedYear();
        if (declared.isPresent() && declared.number() <= district.getYear()) {
            return decided(Assessment.current(), kcontext, district.getCode(), Status.PASS, true, true, "==",
                    "recognised in " + Figures.format(declared.getValue()) + " (qualityBalanceRecognizedYear), met");
        }
        return standardPassed(kcontext, district.getCode(), v);
    }

    private static Finding judge(Assessment assessment, RuleContext kcontext, RuleMetadata md, String subject,
                                 Measured actual, Object required) {
        String comparator = actual.isFlag() || required instanceof Boolean ? "==" : md.comparator();
        Finding.Builder b = base(assessment, kcontext, md, subject, Status.NOT_ASSESSED)
                .required(rounded(required), comparator).measured(actual);
        if (isPart(assessment, md)) {
            return contribution(kcontext, md, b, actual, comparator, required);
        }
        if (!actual.isPresent()) {
            // A baseline is context: without its figure there is nothing to show, and nothing undecided.
            return b.status(settled(md, assessment.year(), Status.NOT_ASSESSED))
                    .message(label(md) + ": not assessed, " + actual.getMissing()).build();
        }
        if (actual.isFlag() != (required instanceof Boolean)) {
            throw new IllegalStateException("rule \"" + kcontext.getRule().getName() + "\" compares " + actual.getField()
                    + (actual.isFlag() ? " (yes/no) with the number " : " (a number) with ") + required);
        }
        boolean met = actual.isFlag() ? actual.getValue().equals(required)
                : Comparison.meets(actual.number(), comparator, ((Number) required).doubleValue());
        Status status = settled(md, assessment.year(), met ? Status.PASS : Status.FAIL);
        // The words are made only if the finding is shown: a national run makes millions of findings, most PASS.
        String label = label(md);
        Object value = actual.getValue();
        String shortfall = status == Status.PASS ? "" : shortfallWords(md, assessment.year(), status);
        String against = md.force() == Force.BASELINE ? " (baseline " : " (required ";
        String outcome = md.force() == Force.BASELINE ? (met ? ", at or beyond it" : ", below it") + shortfall
                : status == Status.PASS ? ", met" : ", not met" + shortfall;
        Finding f = b.status(status).actual(rounded(value)).message(() -> label + ": " + Figures.format(value) + against
                + Comparison.symbol(comparator) + " " + Figures.format(required) + ")" + outcome).build();
        return assessment.review(f);
    }

    /**
     * The status a target's outcome takes from the rule's force and due year: a shortfall (FAIL) before {@code @due}
     * is WARN, whatever the force; from then on (or when undated) a shortfall of an aspiration is SHORT_OF_AIM,
     * since the text asks for an effort, not a result; a baseline is only ever INFO. The roll-up of a city's figures
     * settles its outcome the same way.
     */
    public static Status settled(RuleMetadata md, int year, Status status) {
        return settled(md.force(), md.due(), year, status);
    }

    /** As above, for a target of {@code force} due in {@code due} (null: binding now), as a finding carries them. */
    public static Status settled(Force force, Integer due, int year, Status status) {
        if (force == Force.BASELINE && status != Status.ERROR) {
            return Status.INFO;
        }
        if (status != Status.FAIL) {
            return status;
        }
        if (due != null && year < due) {
            return Status.WARN;
        }
        return force == Force.ASPIRATION ? Status.SHORT_OF_AIM : Status.FAIL;
    }

    /** What a report adds to "not met" for a settled status: not yet due, or an aim and not a duty. */
    public static String shortfallWords(RuleMetadata md, int year, Status status) {
        return shortfallWords(md.force(), md.due(), year, status);
    }

    /** As above, for a target of {@code force} due in {@code due}. */
    public static String shortfallWords(Force force, Integer due, int year, Status status) {
        return switch (status) {
            case WARN -> force == Force.ASPIRATION ? "; an aim for " + due + ", not yet due in " + year
                    : "; binding from " + due + ", not yet due in " + year;
            case SHORT_OF_AIM -> "; short of the aim" + (due == null ? "" : " for " + due)
                    + " (an aspiration of the text, never a failure)";
            case INFO -> "; the figure the text reports as reached: a baseline, judged nowhere";
            default -> "";
        };
    }

    /** The rule binds a city or province and runs on one of its districts: the district's figure is only a part. */
    private static boolean isPart(Assessment assessment, RuleMetadata md) {
        return md.binds() != Binds.DISTRICT && assessment.isDistrict();
    }

    /**
     * A district's part of a city's or province's target: its own figure and weight, as INFO, added into the roll-up
     * the checker judges once for the whole city. The value must say how the city's figure is made from the
     * districts': a ratio (the numerators and denominators add up) or an additive amount.
     */
    private static Finding contribution(RuleContext kcontext, RuleMetadata md, Finding.Builder b, Measured actual,
                                        String comparator, Object required) {
        b.status(Status.INFO).contribution(true);
        if (!actual.isPresent()) {
            return b.message(label(md) + ": " + actual.getMissing() + ": the " + md.binds().word()
                    + "'s figure cannot be made without this district's" + partOf(md)).build();
        }
        if (actual.isFlag() || (actual.getDenominator() == null && !actual.isAdditive())) {
            throw new IllegalStateException("rule \"" + kcontext.getRule().getName() + "\" binds the " + md.binds().word()
                    + ", so its value " + actual.getField() + " must say how the " + md.binds().word()
                    + "'s figure is made from its districts': a ratio (OpenMeasures.share, ratio, weighted) or an"
                    + " amount that adds up (OpenMeasures.summed)");
        }
        Object value = actual.getValue();
        String field = actual.getField();
        int by = field.indexOf(Measured.WEIGHTED_BY);
        String weight = actual.getDenominator() == null ? ""
                : by >= 0 ? " (weight " + Figures.format(actual.getDenominator()) + " " + field.substring(by + Measured.WEIGHTED_BY.length()) + ")"
                : " (" + Figures.format(actual.getNumerator()) + " / " + Figures.format(actual.getDenominator()) + ")";
        return b.actual(rounded(value)).message(() -> label(md) + ": " + Figures.format(value) + weight
                + " in this district, against the " + md.binds().word() + "'s target "
                + Comparison.symbol(comparator) + " " + Figures.format(required) + partOf(md)).build();
    }

    private static String partOf(RuleMetadata md) {
        return "; a part of the " + md.binds().word() + "'s figure: the target is judged on the " + md.binds().word()
                + " as a whole, never on this district alone";
    }

    private static Finding.Builder base(Assessment assessment, RuleContext kcontext, RuleMetadata md, String subject,
                                        Status status) {
        String id = md.id();
        if (id == null) {
            throw new IllegalStateException("rule \"" + kcontext.getRule().getName() + "\" has no @id(…) catalogue ID");
        }
        String pkg = kcontext.getRule().getPackageName();
        return Finding.builder(id, subject).status(status)
                .source(md.source())
                .name(md.name(), md.nameEn())
                .due(md.due())
                .binds(md.binds())
                .force(md.force())
                .draft(assessment.isDraft(pkg))
                .rule(pkg, kcontext.getRule().getName());
    }

    private static Boolean flagRequired(RuleMetadata md) {
        String r = md.required();
        return r == null || Boolean.parseBoolean(r);
    }

    private static String label(RuleMetadata md) {
        String en = md.nameEn();
        return en != null ? en : md.id();
    }

    private static Object rounded(Object v) {
        return v instanceof Double d ? Figures.round(d) : v;
    }
}
