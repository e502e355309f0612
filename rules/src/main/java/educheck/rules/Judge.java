package educheck.rules;

import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Findings;
import educheck.model.Measured;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
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
            return base(kcontext, md, subject, Status.NOT_ASSESSED)
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
        RuleMetadata md = assessment.metadata(kcontext.getRule());
        Status s = deferred(assessment, md, status);
        String text = s == status ? message : message + notYetDue(assessment, md);
        return assessment.review(base(kcontext, md, subject, s).actual(rounded(actual))
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
        Assessment.current().decided(kcontext.getMatch());
        List<Finding> findings = new ArrayList<>(deciding.size());
        for (Object o : deciding) {
            findings.add((Finding) o);
        }
        return new StandardVerdict(standard, title, findings, kcontext.getRule().getPackageName(), kcontext.getRule().getName());
    }

    /**
     * A local target "pass standard X (by the rule's {@code @due})" judged on the verdict the standard's own rule
     * inserted, rather than by copying its rules: PASS, FAIL (WARN before {@code @due}), or NOT_ASSESSED when the
     * standard could not be decided (INCOMPLETE) or had no data at all (NOT_SUBMITTED).
     */
    public static Finding standardPassed(RuleContext kcontext, String subject, StandardVerdict v) {
        String counts = v.getStandard() + " " + v.getVerdict() + " " + v.getCounts();
        if (v.getVerdict() == Verdict.PASS || v.getVerdict() == Verdict.FAIL) {
            boolean passed = v.getVerdict() == Verdict.PASS;
            return outcome(kcontext, subject, passed ? Status.PASS : Status.FAIL, passed, true, "==",
                    counts + (passed ? ", met" : ", not met"));
        }
        return outcome(kcontext, subject, Status.NOT_ASSESSED, null, true, "==", "not assessed, the " + v.getStandard()
                + " verdict is " + v.getVerdict() + " (" + counts + "): supply the data it lacks");
    }

    private static Finding judge(Assessment assessment, RuleContext kcontext, RuleMetadata md, String subject,
                                 Measured actual, Object required) {
        String comparator = actual.isFlag() || required instanceof Boolean ? "==" : md.comparator();
        Finding.Builder b = base(kcontext, md, subject, Status.NOT_ASSESSED)
                .required(rounded(required), comparator).measured(actual);
        if (!actual.isPresent()) {
            return b.message(label(md) + ": not assessed, " + actual.getMissing()).build();
        }
        if (actual.isFlag() != (required instanceof Boolean)) {
            throw new IllegalStateException("rule \"" + kcontext.getRule().getName() + "\" compares " + actual.getField()
                    + (actual.isFlag() ? " (yes/no) with the number " : " (a number) with ") + required);
        }
        boolean met = actual.isFlag() ? actual.getValue().equals(required)
                : Comparison.meets(actual.number(), comparator, ((Number) required).doubleValue());
        Status status = deferred(assessment, md, met ? Status.PASS : Status.FAIL);
        // The words are made only if the finding is shown: a national run makes millions of findings, most PASS.
        String label = label(md);
        Object value = actual.getValue();
        String notYetDue = status == Status.WARN ? notYetDue(assessment, md) : "";
        Finding f = b.status(status).actual(rounded(value)).message(() -> label + ": " + Figures.format(value) + " (required "
                + Comparison.symbol(comparator) + " " + Figures.format(required) + ")"
                + (status == Status.PASS ? ", met" : ", not met" + notYetDue)).build();
        return assessment.review(f);
    }

    private static Finding.Builder base(RuleContext kcontext, RuleMetadata md, String subject, Status status) {
        String id = md.id();
        if (id == null) {
            throw new IllegalStateException("rule \"" + kcontext.getRule().getName() + "\" has no @id(…) catalogue ID");
        }
        return Finding.builder(id, subject).status(status)
                .source(md.source())
                .name(md.name(), md.nameEn())
                .due(md.due())
                .rule(kcontext.getRule().getPackageName(), kcontext.getRule().getName());
    }

    /** FAIL becomes WARN while the target is not yet binding. */
    private static Status deferred(Assessment assessment, RuleMetadata md, Status status) {
        Integer due = md.due();
        return status == Status.FAIL && due != null && assessment.year() < due ? Status.WARN : status;
    }

    private static String notYetDue(Assessment assessment, RuleMetadata md) {
        return "; binding from " + md.due() + ", not yet due in " + assessment.year();
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
