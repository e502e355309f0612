package educheck.checker.drafts;

import educheck.checker.run.DistrictChecker;
import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a proposed rule set is worth before anyone may publish it: it is compiled under the allow-list (never trusted:
 * whoever typed it is not whoever runs it), and, when it compiles, every fixture beside the rules is run. The same
 * check for the browser's drafts, the command line and the four-eyes review.
 *
 * @param problems  what keeps the rules from compiling, each at its file and line where known; empty when they compile
 * @param fixtures  every fixture's result (empty when the rules do not compile)
 * @param rules     the compiled rules, or null when they do not compile
 */
public record DraftCheck(List<Problem> problems, List<FixtureResult> fixtures, RuleSet rules) {

    /**
     * One reason the rules do not compile.
     *
     * @param file    the path in the rules folder, or null when the problem names none
     * @param line    its line, or 0 when unknown
     * @param message the plain message, without the location
     */
    public record Problem(String file, int line, String message) {

        /** As the command line prints it: {@code file:line: message}. */
        @Override
        public String toString() {
            return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
        }
    }

    private static final Pattern LOCATED = Pattern.compile("^([^:\\s][^:]*?):(\\d+)(?::\\d+)?: (.*)$", Pattern.DOTALL);
    private static final Pattern FILE_ONLY = Pattern.compile("^([^:\\s]+\\.(?:drl|xml|csv|expected)): (.*)$", Pattern.DOTALL);

    /** Compiles {@code files} restricted to the allow-list and runs every fixture with {@code budget} per district. */
    public static DraftCheck of(RuleFiles files, RuleCompiler compiler, RuleBudget budget) {
        RuleSet rules;
        try {
            rules = RuleSet.load(files, compiler);
        } catch (RuleSetException e) {
            return new DraftCheck(e.problems().stream().map(DraftCheck::problem).toList(), List.of(), null);
        }
        List<FixtureResult> results = new FixtureRunner(new DistrictChecker(rules).withBudget(budget)).runAll();
        return new DraftCheck(List.of(), results, rules);
    }

    /** A problem line ({@code file:line:col: message}) split into its parts. */
    static Problem problem(String line) {
        Matcher m = LOCATED.matcher(line);
        if (m.matches()) {
            return new Problem(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        Matcher f = FILE_ONLY.matcher(line);
        if (f.matches()) {
            return new Problem(f.group(1), 0, f.group(2));
        }
        return new Problem(null, 0, line);
    }

    public boolean compiles() {
        return problems.isEmpty();
    }

    public List<FixtureResult> failingFixtures() {
        List<FixtureResult> failing = new ArrayList<>();
        fixtures.stream().filter(r -> !r.passed()).forEach(failing::add);
        return failing;
    }

    /** Compiles, has fixtures, and every one passes: the only state in which it may be published. */
    public boolean publishable() {
        return compiles() && !fixtures.isEmpty() && failingFixtures().isEmpty();
    }

    /** The problems of one file, by line. */
    public List<Problem> problemsIn(String file) {
        return problems.stream().filter(p -> file.equals(p.file())).toList();
    }

    /** In one sentence, for a refusal: why this draft may not be published. Null when it may. */
    public String refusal() {
        if (!compiles()) {
            return problems.size() + " error(s): the rules do not compile (first: " + problems.get(0) + ")";
        }
        if (fixtures.isEmpty()) {
            return "the rules have no fixtures, so nothing shows they judge as intended";
        }
        List<FixtureResult> failing = failingFixtures();
        if (!failing.isEmpty()) {
            return failing.size() + " fixture(s) fail (first: " + failing.get(0).fixture() + ": "
                    + failing.get(0).failures().get(0) + ")";
        }
        return null;
    }
}
