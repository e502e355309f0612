package educheck.checker;

import educheck.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the compiler does not catch in a rule's metadata. Errors stop the rules from loading (a rule whose
 * {@code @required} is not a number would fail in the middle of a run); warnings are for {@code rules validate}:
 * things that compile and run but mislead a reader or a report.
 */
public final class RuleLint {

    private static final Set<String> COMPARATORS = Set.of(">=", "<=", ">", "<", "==");
    private static final Pattern STANDARD_VERDICT = Pattern.compile("\\bstandard\\s*\\(");
    /** {@code insert(} of anything but a standard's verdict: in these rule sets, a finding inserted the old way. */
    private static final Pattern INSERTS_FINDING = Pattern.compile("\\binsert\\s*\\((?!\\s*standard\\s*\\()");

    private RuleLint() {
    }

    /** Metadata a run would trip over: a non-numeric {@code @required} or {@code @due}, an unknown comparator. */
    public static List<String> errors(RuleFiles files, RuleIndex index) {
        List<String> errors = new ArrayList<>();
        for (RuleInfo r : index.rules()) {
            RuleMetadata md = r.metadata();
            String required = md.text(RuleMetadata.REQUIRED);
            if (required != null && !required.equals("true") && !required.equals("false") && !isNumber(md, RuleMetadata.REQUIRED)) {
                errors.add(at(files, r, "@required") + ": @required(" + required + ") in rule \"" + r.name()
                        + "\" must be a number such as 4.2, or true/false");
            }
            String due = md.text(RuleMetadata.DUE);
            if (due != null && !(isNumber(md, RuleMetadata.DUE) && md.number(RuleMetadata.DUE) == Math.rint(md.number(RuleMetadata.DUE)))) {
                errors.add(at(files, r, "@due") + ": @due(" + due + ") in rule \"" + r.name() + "\" must be a year such as 2025");
            }
            String cmp = md.text(RuleMetadata.COMPARATOR);
            if (cmp != null && !COMPARATORS.contains(cmp)) {
                errors.add(at(files, r, "@comparator") + ": @comparator(\"" + cmp + "\") in rule \"" + r.name()
                        + "\" must be one of \">=\", \"<=\", \">\", \"<\", \"==\"");
            }
        }
        return errors;
    }

    /**
     * Rules that report findings without a catalogue ID or a source; two rules of one jurisdiction with the same
     * ID and scope (their findings could not be told apart); a rule that turns shortfalls into WARN itself although
     * its due year has passed (a WARN-only rule past its deadline). A past @due on an ordinary rule is not flagged:
     * it still decides WARN or FAIL for the data of earlier years.
     *
     * @param currentYear the calendar year now
     */
    public static List<String> warnings(RuleFiles files, RuleIndex index, int currentYear) {
        List<String> warnings = new ArrayList<>();
        Map<String, RuleInfo> byIdAndScope = new LinkedHashMap<>();
        for (RuleInfo r : index.rules()) {
            RuleMetadata md = r.metadata();
            String id = md.text(RuleMetadata.ID);
            if (!reportsStandard(r)) {
                if (id == null) {
                    warnings.add(r.location() + ": rule \"" + r.name() + "\" has no @id(\"…\"): a finding it reports has no"
                            + " catalogue ID, and the run stops when it makes one");
                }
                if (md.text(RuleMetadata.SOURCE) == null) {
                    warnings.add(r.location() + ": rule \"" + r.name() + "\" has no @source(\"…\"): its findings will not"
                            + " name the policy clause they rest on");
                }
            }
            if (id != null) {
                String scope = md.text(RuleMetadata.SCOPE);
                RuleInfo first = byIdAndScope.putIfAbsent(r.pkg() + "\u0000" + id + "\u0000" + scope, r);
                if (first != null) {
                    warnings.add(r.location() + ": rule \"" + r.name() + "\" has the same @id(\"" + id + "\") and "
                            + (scope == null ? "no @scope" : "@scope(\"" + scope + "\")") + " as rule \"" + first.name()
                            + "\" (" + first.location() + "); give each a @scope naming the subjects it covers");
                }
            }
            Integer due = isNumber(md, RuleMetadata.DUE) ? md.due() : null;
            if (due != null && due < currentYear && reportsWarnItself(r, index)) {
                warnings.add(at(files, r, "@due") + ": rule \"" + r.name() + "\" reports WARN itself, yet its @due(" + due
                        + ") has passed: from " + due + " a shortfall should FAIL; let check() decide (it gives WARN"
                        + " before the due year) or update the @due");
            }
            if (INSERTS_FINDING.matcher(r.consequence()).find()) {
                warnings.add(inConsequence(files, r, "insert") + ": rule \"" + r.name() + "\" inserts a fact: a finding"
                        + " inserted is seen by no verdict and no report (the check reports it as a rule error); report it"
                        + " with report(kcontext, check(…)) instead");
            }
        }
        return warnings;
    }

    /** The consequence writes Status.WARN, directly or through a DRL function of its package. */
    static boolean reportsWarnItself(RuleInfo r, RuleIndex index) {
        if (r.consequence().contains("Status.WARN")) {
            return true;
        }
        return index.functions(r.pkg()).entrySet().stream()
                .anyMatch(f -> f.getValue().contains("Status.WARN") && r.consequence().contains(f.getKey() + "("));
    }

    /** A verdict rule reports a standard's verdict, not a finding, and needs no catalogue ID. */
    static boolean reportsStandard(RuleInfo r) {
        return r.metadata().text(RuleMetadata.ID) == null && STANDARD_VERDICT.matcher(r.consequence()).find();
    }

    private static boolean isNumber(RuleMetadata md, String key) {
        try {
            return md.number(key) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code file:line:column} of the first {@code word(} in the rule's consequence, or the rule's own line. */
    private static String inConsequence(RuleFiles files, RuleInfo r, String word) {
        return firstOnLines(files, r, r.thenLine(), r.endLine(), Pattern.compile("\\b" + word + "\\s*\\("));
    }

    /** {@code file:line:column} of an annotation of the rule, or the rule's own line when not found. */
    private static String at(RuleFiles files, RuleInfo r, String annotation) {
        return firstOnLines(files, r, r.line(), r.thenLine(), Pattern.compile(Pattern.quote(annotation + "(")));
    }

    /** {@code file:line:column} of the first match of {@code what} on lines {@code from} to {@code to}, or the rule's line. */
    private static String firstOnLines(RuleFiles files, RuleInfo r, int from, int to, Pattern what) {
        String text = files.text(r.file());
        if (text != null) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = from; i <= Math.min(to, lines.length); i++) {
                Matcher m = what.matcher(lines[i - 1]);
                if (m.find()) {
                    return r.file() + ":" + i + ":" + (m.start() + 1);
                }
            }
        }
        return r.location();
    }
}
