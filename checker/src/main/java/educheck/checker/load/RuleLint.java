package educheck.checker.load;

import educheck.model.Binds;
import educheck.model.Force;
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
            String binds = md.text(RuleMetadata.BINDS);
            if (binds != null && Binds.of(binds) == null) {
                errors.add(at(files, r, "@binds") + ": @binds(\"" + binds + "\") in rule \"" + r.name()
                        + "\" must be \"district\", \"city\" or \"province\"");
            }
            String force = md.text(RuleMetadata.FORCE);
            if (force != null && Force.of(force) == null) {
                errors.add(at(files, r, "@force") + ": @force(\"" + force + "\") in rule \"" + r.name()
                        + "\" must be \"binding\", \"aspiration\" or \"baseline\"");
            }
        }
        return errors;
    }

    /**
     * Words of the seeds that set how firmly a clause binds (docs/readings.md §1): a @source quoting one of the
     * aspiration words is read as an aspiration unless a binding word governs a later clause of its own.
     */
    private static final Pattern ASPIRATION_WORDS = Pattern.compile("力争|争取|推动|推进|鼓励|努力|着力推动|加快推进");
    private static final Pattern BINDING_WORDS = Pattern.compile("确保|保证|保障|必须|不低于|不少于|至少|达到|实现|落实|消除|消灭");

    /**
     * A rule whose {@code @force} is not what its {@code @source} quote's wording says (docs/readings.md §1): a quote
     * with an aspiration word (力争, 推动…) on a binding rule, or a quote with only binding words on an aspiration;
     * and a target that declares no @binds or @force (read as a district's binding target).
     */
    static List<String> forceWarnings(RuleFiles files, RuleInfo r) {
        List<String> warnings = new ArrayList<>();
        RuleMetadata md = r.metadata();
        if (md.text(RuleMetadata.ID) == null) {
            return warnings;
        }
        if (md.text(RuleMetadata.BINDS) == null || md.text(RuleMetadata.FORCE) == null) {
            warnings.add(r.location() + ": rule \"" + r.name() + "\" declares no "
                    + (md.text(RuleMetadata.BINDS) == null ? "@binds" : "") + (md.text(RuleMetadata.BINDS) == null
                    && md.text(RuleMetadata.FORCE) == null ? " or " : "") + (md.text(RuleMetadata.FORCE) == null ? "@force" : "")
                    + ": it is read as binding the district; say whom the text binds (district, city, province) and how"
                    + " firmly (binding, aspiration, baseline)");
        }
        String source = md.text(RuleMetadata.SOURCE);
        Force force = Force.of(String.valueOf(md.text(RuleMetadata.FORCE)));
        if (source == null || force == null || force == Force.BASELINE) {
            return warnings;
        }
        Matcher aim = ASPIRATION_WORDS.matcher(source);
        boolean aspirationWord = aim.find();
        boolean bindingWord = BINDING_WORDS.matcher(source).find();
        if (force == Force.BINDING && aspirationWord && !bindingWord) {
            warnings.add(at(files, r, "@force") + ": rule \"" + r.name() + "\" says @force(\"binding\") but its @source"
                    + " reads \"" + aim.group() + "\", an aspiration's wording (docs/readings.md §1): make it"
                    + " @force(\"aspiration\"), or say in its comment why the clause binds");
        } else if (force == Force.ASPIRATION && !aspirationWord && bindingWord) {
            warnings.add(at(files, r, "@force") + ": rule \"" + r.name() + "\" says @force(\"aspiration\") but its @source"
                    + " carries only binding wording (确保, 达到, 不低于…; docs/readings.md §1): make it"
                    + " @force(\"binding\"), or say in its comment why the clause is an aim");
        }
        return warnings;
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
            warnings.addAll(forceWarnings(files, r));
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
