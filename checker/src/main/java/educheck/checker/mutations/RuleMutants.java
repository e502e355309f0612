package educheck.checker.mutations;

import educheck.checker.RuleFiles;
import educheck.checker.RuleInfo;
import educheck.model.Force;
import educheck.model.Status;
import educheck.rules.Mutant;
import educheck.rules.RuleMetadata;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small wrong versions of a rule that a typo or a misreading of its text would make (docs/rule-authoring.md,
 * "Mutations"), read from the rule's DRL as written:
 *
 * <ul>
 *   <li>its {@code @required} one step up and one step down ({@link #step});</li>
 *   <li>its comparator strict where it is loose and loose where it is strict ({@code >=} ↔ {@code >}, {@code <=} ↔
 *       {@code <});</li>
 *   <li>its {@code @due} a year early and a year late;</li>
 *   <li>its force misread: binding as an aim, an aim as binding, a baseline as a binding target;</li>
 *   <li>each status it writes into {@code outcome(…)} swapped: PASS ↔ FAIL, NOT_ASSESSED → PASS, WARN and
 *       SHORT_OF_AIM → FAIL.</li>
 * </ul>
 *
 * <p>Only what the rule's finding depends on is changed, so that every mutant could be noticed by some fixture: a
 * threshold only where the rule compares with its {@code @required}; a comparator only where it compares numbers;
 * nothing but the force of a baseline (a baseline is INFO whatever its figure); nothing of a district's part of a
 * city target that it reports with {@code outcome} (the city's own rule judges the target).
 */
public final class RuleMutants {

    private static final Pattern ANNOTATION = Pattern.compile("@(required|comparator|due|force)\\s*\\(\\s*\"?([^\")]*)\"?\\s*\\)");
    /** A call; the helpers a rule reports through take {@code kcontext} first. */
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    /** The helpers that compare with the rule's {@code @required} besides check. */
    private static final java.util.Set<String> READ_REQUIRED = java.util.Set.of("provincialOrDefault", "recognisedShare",
            "recognisedCount", "total");
    /** The helpers that report nothing of their own: the finding's and the verdict's. */
    private static final java.util.Set<String> NOT_FINDINGS = java.util.Set.of("report", "standard");
    private static final Pattern STATUS = Pattern.compile("^Status\\.([A-Z_]+)$");
    private static final Map<String, String> COMPARATOR_SWAP = Map.of(">=", ">", ">", ">=", "<=", "<", "<", "<=");
    private static final Map<Status, Status> STATUS_SWAP = Map.of(Status.PASS, Status.FAIL, Status.FAIL, Status.PASS,
            Status.NOT_ASSESSED, Status.PASS, Status.WARN, Status.FAIL, Status.SHORT_OF_AIM, Status.FAIL);

    private RuleMutants() {
    }

    /** Every mutant of every rule with an {@code @id} in {@code rules}, in the order the rules are written. */
    public static List<RuleMutant> of(RuleFiles files, Iterable<RuleInfo> rules) {
        List<RuleMutant> mutants = new ArrayList<>();
        for (RuleInfo rule : rules) {
            if (rule.id() != null) {
                String drl = files.text(rule.file());
                mutants.addAll(of(rule, drl == null ? new String[0] : drl.split("\r?\n", -1)));
            }
        }
        return mutants;
    }

    /**
     * The smallest change of a written threshold that matters for its unit: the last written decimal (4.2: 0.1;
     * 0.5827: 0.0001), and one percentage point at most for a share or rate between -1 and 1 written with a
     * decimal point (0.8 and 1.0: 0.01); a whole number (a count, a year, yuan) by 1.
     */
    static BigDecimal step(String written) {
        BigDecimal v = new BigDecimal(written.strip());
        int decimals = Math.max(v.scale(), 0);
        if (decimals > 0 && v.abs().compareTo(BigDecimal.ONE) <= 0) {
            decimals = Math.max(decimals, 2);
        }
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    private static List<RuleMutant> of(RuleInfo rule, String[] lines) {
        Map<String, Written> written = annotations(rule, lines);
        RuleMetadata md = rule.metadata();
        Force force;
        try {
            force = md.force();
        } catch (IllegalArgumentException e) {
            return List.of();  // rules validate refuses it; nothing sensible to mutate
        }
        Consequence calls = Consequence.of(rule, lines);
        int headLine = rule.line();
        List<RuleMutant> mutants = new ArrayList<>();
        Written f = written.get(RuleMetadata.FORCE);
        int forceLine = f != null ? f.line : headLine;
        if (force == Force.BASELINE) {
            mutants.add(metadata(rule, forceLine, RuleMetadata.FORCE, "\"baseline\"", "\"binding\"", Force.BINDING.word()));
            return mutants;
        }
        if (calls.partOnly && md.binds() != educheck.model.Binds.DISTRICT) {
            return mutants;
        }
        Written required = written.get(RuleMetadata.REQUIRED);
        boolean numeric = required != null && isNumber(required.value);
        if (numeric && calls.readsRequired) {
            BigDecimal v = new BigDecimal(required.value.strip());
            BigDecimal step = step(required.value);
            for (BigDecimal n : List.of(v.add(step), v.subtract(step))) {
                mutants.add(metadata(rule, required.line, RuleMetadata.REQUIRED, required.value, n.toPlainString(), n.doubleValue()));
            }
        }
        Written comparator = written.get(RuleMetadata.COMPARATOR);
        if ((numeric && calls.readsRequired) || calls.computesStandard) {
            String cmp = md.comparator();
            String swapped = COMPARATOR_SWAP.get(cmp);
            if (swapped != null) {
                int line = comparator != null ? comparator.line : required != null ? required.line : headLine;
                mutants.add(metadata(rule, line, RuleMetadata.COMPARATOR, "\"" + cmp + "\"", "\"" + swapped + "\"", swapped));
            }
        }
        Written due = written.get(RuleMetadata.DUE);
        if (due != null && isNumber(due.value) && calls.settles) {
            int year = new BigDecimal(due.value.strip()).intValue();
            for (int y : List.of(year - 1, year + 1)) {
                mutants.add(metadata(rule, due.line, RuleMetadata.DUE, due.value, String.valueOf(y), (double) y));
            }
        }
        if (calls.settles) {
            Force misread = force == Force.BINDING ? Force.ASPIRATION : Force.BINDING;
            mutants.add(metadata(rule, forceLine, RuleMetadata.FORCE, "\"" + force.word() + "\"", "\"" + misread.word() + "\"",
                    misread.word()));
        }
        calls.statuses.forEach((status, line) -> {
            Status swapped = STATUS_SWAP.get(status);
            if (swapped != null) {
                mutants.add(new RuleMutant(rule, line, "Status." + status + " → Status." + swapped,
                        Mutant.status(rule.pkg(), rule.name(), status, swapped)));
            }
        });
        return mutants;
    }

    private static RuleMutant metadata(RuleInfo rule, int line, String key, String before, String after, Object value) {
        return new RuleMutant(rule, line, "@" + key + "(" + before + ") → " + after,
                Mutant.metadata(rule.pkg(), rule.name(), key, value));
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** An annotation's value as written, and its line. */
    private record Written(String value, int line) {
    }

    /** The rule's annotations, between its {@code rule} line and its {@code then}. */
    private static Map<String, Written> annotations(RuleInfo rule, String[] lines) {
        Map<String, Written> found = new LinkedHashMap<>();
        for (int n = rule.line(); n <= Math.min(rule.thenLine(), lines.length); n++) {
            Matcher m = ANNOTATION.matcher(stripComment(lines[n - 1]));
            while (m.find()) {
                found.putIfAbsent(m.group(1), new Written(m.group(2), n));
            }
        }
        return found;
    }

    private static String stripComment(String line) {
        int c = line.indexOf("//");
        return c < 0 ? line : line.substring(0, c);
    }

    /**
     * What a rule's consequence calls, from its text: which of its metadata its findings depend on.
     *
     * @param readsRequired    compares with its {@code @required} (check with three arguments, a roll-up helper,
     *                         provincialOrDefault)
     * @param computesStandard compares numbers with a standard it computes (check with four arguments)
     * @param settles          makes findings whose status its force and due year settle (any helper at all)
     * @param partOnly         reports through {@code outcome} alone: for a city's target on a district, a figure shown
     * @param statuses         each status written into {@code outcome(…)}, with the line of its first
     */
    private record Consequence(boolean readsRequired, boolean computesStandard, boolean settles, boolean partOnly,
                               Map<Status, Integer> statuses) {

        static Consequence of(RuleInfo rule, String[] lines) {
            StringBuilder text = new StringBuilder();
            List<Integer> lineAt = new ArrayList<>();
            int last = Math.min(rule.endLine(), lines.length);
            for (int n = rule.thenLine() + 1; n < last; n++) {
                String line = stripComment(lines[n - 1]) + "\n";
                text.append(line);
                for (int k = 0; k < line.length(); k++) {
                    lineAt.add(n);
                }
            }
            boolean readsRequired = false;
            boolean computes = false;
            boolean other = false;
            boolean outcome = false;
            boolean rollupGroup = head(rule, lines).contains("RollupGroup");
            Map<Status, Integer> statuses = new LinkedHashMap<>();
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                List<String> args = arguments(text, m.end());
                String helper = m.group(1);
                if (args.isEmpty() || !args.get(0).strip().equals("kcontext") || NOT_FINDINGS.contains(helper)) {
                    continue;
                }
                if (helper.equals("outcome")) {
                    outcome = true;
                    Matcher s = args.size() > 2 ? STATUS.matcher(args.get(2).strip()) : null;
                    if (s != null && s.matches()) {
                        statuses.putIfAbsent(Status.valueOf(s.group(1)), lineAt.get(m.start()));
                    }
                    continue;
                }
                other = true;
                readsRequired |= helper.equals("check") ? args.size() == 3 : READ_REQUIRED.contains(helper);
                computes |= helper.equals("check") && args.size() == 4;
            }
            boolean settles = other || outcome;
            boolean partOnly = outcome && !other && !rollupGroup;
            return new Consequence(readsRequired, computes, settles, partOnly, statuses);
        }

        /** The rule's text from its {@code rule} line to its {@code then}: its conditions. */
        private static String head(RuleInfo rule, String[] lines) {
            StringBuilder b = new StringBuilder();
            for (int n = rule.line(); n <= Math.min(rule.thenLine(), lines.length); n++) {
                b.append(stripComment(lines[n - 1])).append('\n');
            }
            return b.toString();
        }

        /** The top-level arguments of the call whose '(' ends just before {@code from}. */
        private static List<String> arguments(CharSequence text, int from) {
            List<String> args = new ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            StringBuilder arg = new StringBuilder();
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    quoted = c != '"' || text.charAt(i - 1) == '\\';
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0) {
                        args.add(arg.toString());
                        return args;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    args.add(arg.toString());
                    arg.setLength(0);
                    continue;
                }
                arg.append(c);
            }
            return args;
        }
    }
}
