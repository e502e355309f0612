package educheck.checker.mutations;

import educheck.checker.load.CountyTable;
import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleSet;
import educheck.model.Binds;
import educheck.model.Figures;
import educheck.model.Force;
import educheck.model.Status;
import educheck.rules.Comparison;
import educheck.rules.Mutant;
import educheck.rules.RuleMetadata;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * a due year and a force only where the rule can fall short; nothing but the force of a baseline (a baseline is INFO
 * whatever its figure); nothing of a district's part of a city target that compares nothing itself (the city's own
 * rule judges the target). A share of a city's counties moves by whole counties ({@link #countySteps}).
 */
public final class RuleMutants {

    private static final Pattern ANNOTATION = Pattern.compile("@(required|comparator|due|force)\\s*\\(\\s*\"?([^\")]*)\"?\\s*\\)");
    /** A call; the helpers a rule reports through take {@code kcontext} first. */
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    /** The helpers that compare with the rule's {@code @required} besides check. */
    private static final Set<String> READ_REQUIRED = Set.of("provincialOrDefault", "recognisedShare",
            "recognisedCount", "total");
    /** The helpers that report nothing of their own: the finding's and the verdict's. */
    private static final Set<String> NOT_FINDINGS = Set.of("report", "standard");
    private static final Pattern STATUS = Pattern.compile("^Status\\.([A-Z_]+)$");
    private static final Pattern GROUP = Pattern.compile("RollupGroup\\s*\\(\\s*jurisdiction\\s*==\\s*\"([^\"]+)\"");
    private static final Map<String, String> COMPARATOR_SWAP = Map.of(">=", ">", ">", ">=", "<=", "<", "<", "<=");
    private static final Map<Status, Status> STATUS_SWAP = Map.of(Status.PASS, Status.FAIL, Status.FAIL, Status.PASS,
            Status.NOT_ASSESSED, Status.PASS, Status.WARN, Status.FAIL, Status.SHORT_OF_AIM, Status.FAIL);

    private RuleMutants() {
    }

    /** Every mutant of every rule of {@code rules} with an {@code @id}, in the order the rules are written. */
    public static List<RuleMutant> of(RuleSet rules) {
        return of(rules, rules.index().rules());
    }

    /** The mutants of {@code which} (rules of {@code rules} with an {@code @id}). */
    public static List<RuleMutant> of(RuleSet rules, Collection<RuleInfo> which) {
        List<RuleMutant> mutants = new ArrayList<>();
        for (RuleInfo rule : which) {
            if (rule.id() != null) {
                String drl = rules.files().text(rule.file());
                mutants.addAll(of(rule, drl == null ? new String[0] : drl.split("\r?\n", -1), rules.counties()));
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

    private static List<RuleMutant> of(RuleInfo rule, String[] lines, CountyTable counties) {
        Map<String, Written> written = annotations(rule, lines);
        RuleMetadata md = rule.metadata();
        Force force;
        Binds binds;
        try {
            force = md.force();
            binds = md.binds();
        } catch (IllegalArgumentException e) {
            return List.of();  // rules validate refuses a @force or @binds that is none of its words: nothing to mutate
        }
        Consequence calls = Consequence.of(rule, lines);
        int headLine = rule.line();
        List<RuleMutant> mutants = new ArrayList<>();
        Written f = written.get(RuleMetadata.FORCE);
        int forceLine = f != null ? f.line : headLine;
        if (force == Force.BASELINE) {
            if (calls.canFail) {
                mutants.add(metadata(rule, forceLine, RuleMetadata.FORCE, "\"baseline\"", "\"binding\"", Force.BINDING.word()));
            }
            return mutants;
        }
        if (calls.partOnly && binds != Binds.DISTRICT) {
            return mutants;
        }
        Written required = written.get(RuleMetadata.REQUIRED);
        boolean numeric = required != null && isNumber(required.value);
        String cmp = md.comparator();
        // A share of a city's counties moves by whole counties: a threshold between two counts is the same threshold.
        int counted = calls.countyShare && (cmp.equals(">=") || cmp.equals(">")) ? counties.under(prefix(calls.group)).size() : 0;
        if (numeric && calls.readsRequired) {
            mutants.addAll(counted > 0 ? countySteps(rule, required, cmp, counted) : steps(rule, required));
        }
        Written comparator = written.get(RuleMetadata.COMPARATOR);
        boolean atACount = counted == 0
                || (numeric && isWhole(new BigDecimal(required.value.strip()).multiply(BigDecimal.valueOf(counted))));
        if (((numeric && calls.readsRequired) || calls.computesStandard) && atACount) {
            String swapped = COMPARATOR_SWAP.get(cmp);
            if (swapped != null) {
                int line = comparator != null ? comparator.line : required != null ? required.line : headLine;
                mutants.add(metadata(rule, line, RuleMetadata.COMPARATOR, "\"" + cmp + "\"", "\"" + swapped + "\"", swapped));
            }
        }
        Written due = written.get(RuleMetadata.DUE);
        if (due != null && isNumber(due.value) && calls.canFail) {
            int year = new BigDecimal(due.value.strip()).intValue();
            for (int y : List.of(year - 1, year + 1)) {
                mutants.add(metadata(rule, due.line, RuleMetadata.DUE, due.value, String.valueOf(y), (double) y));
            }
        }
        if (calls.canFail) {
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

    /** {@code @required} one written step up and one down. */
    private static List<RuleMutant> steps(RuleInfo rule, Written required) {
        BigDecimal v = new BigDecimal(required.value.strip());
        BigDecimal step = step(required.value);
        List<RuleMutant> mutants = new ArrayList<>();
        for (BigDecimal n : List.of(v.add(step), v.subtract(step))) {
            mutants.add(metadata(rule, required.line, RuleMetadata.REQUIRED, required.value, n.toPlainString(), n.doubleValue()));
        }
        return mutants;
    }

    /**
     * {@code @required} of a share of {@code of} counties read as one county more and one fewer: 0.70 of Shaoxing's 6
     * needs 5 of them, and is misread as needing 6 or 4 (1 and 0.6667), not as 0.71 or 0.69, which need 5 as well.
     */
    private static List<RuleMutant> countySteps(RuleInfo rule, Written required, String cmp, int of) {
        double r = Double.parseDouble(required.value.strip());
        int needed = 0;
        while (needed <= of && !Comparison.meets((double) needed / of, cmp, r)) {
            needed++;
        }
        List<RuleMutant> mutants = new ArrayList<>();
        for (int n : List.of(needed + 1, needed - 1)) {
            if (n >= 1 && n <= of) {
                // The threshold at which n counties are just enough: n/of itself, or the count below it for '>'.
                double threshold = (double) (cmp.equals(">") ? n - 1 : n) / of;
                mutants.add(metadata(rule, required.line, RuleMetadata.REQUIRED, required.value,
                        Figures.format(Figures.round(threshold)) + " (" + n + " of the " + of + " counties)", threshold));
            }
        }
        return mutants;
    }

    private static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }

    /** The county-code prefix of a roll-up's jurisdiction: 3302 for CN-33-3302, 33 for CN-33. */
    private static String prefix(String jurisdiction) {
        return jurisdiction.length() > 6 ? jurisdiction.substring(6) : jurisdiction.substring(3);
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
     * @param canFail          may fall short, so that its force and due year settle the status: any helper but
     *                         {@code outcome}, or {@code outcome} with a status other than one written, or FAIL
     * @param partOnly         compares nothing itself (no check, on a district): for a city's target, a figure shown
     * @param countyShare      judges the share of a city's or province's counties recognised ({@code recognisedShare})
     * @param group            the jurisdiction of the RollupGroup it matches, or null
     * @param statuses         each status written into {@code outcome(…)}, with the line of its first
     */
    private record Consequence(boolean readsRequired, boolean computesStandard, boolean canFail, boolean partOnly,
                               boolean countyShare, String group, Map<Status, Integer> statuses) {

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
            boolean checks = false;
            boolean helpers = false;
            boolean statusUnwritten = false;
            boolean countyShare = false;
            Matcher g = GROUP.matcher(head(rule, lines));
            String group = g.find() ? g.group(1) : null;
            Map<Status, Integer> statuses = new LinkedHashMap<>();
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                List<String> args = arguments(text, m.end());
                String helper = m.group(1);
                if (args.isEmpty() || !args.get(0).strip().equals("kcontext") || NOT_FINDINGS.contains(helper)) {
                    continue;
                }
                if (helper.equals("outcome")) {
                    Matcher s = args.size() > 2 ? STATUS.matcher(args.get(2).strip()) : null;
                    if (s != null && s.matches()) {
                        statuses.putIfAbsent(Status.valueOf(s.group(1)), lineAt.get(m.start()));
                    } else {
                        statusUnwritten = true;
                    }
                    continue;
                }
                helpers = true;
                checks |= helper.equals("check");
                readsRequired |= helper.equals("check") ? args.size() == 3 : READ_REQUIRED.contains(helper);
                computes |= helper.equals("check") && args.size() == 4;
                countyShare |= helper.equals("recognisedShare");
            }
            boolean canFail = helpers || statusUnwritten || statuses.containsKey(Status.FAIL);
            boolean partOnly = !checks && group == null;
            return new Consequence(readsRequired, computes, canFail, partOnly, countyShare && group != null, group, statuses);
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
