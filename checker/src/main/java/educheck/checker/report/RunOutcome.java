package educheck.checker.report;

import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.io.InputError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a run ended: the verdict count over the districts checked, the input errors of the files or districts
 * that could not be checked, the roll-ups judged over all districts of the run, how many districts a rule
 * failed on (ERROR findings), the notices on files read and checked all the same (rows hidden in a sheet), and how
 * many files educheck itself failed to read (each also an input error naming the file; the others were checked).
 */
public record RunOutcome(Map<Verdict, Integer> verdicts, List<InputError> inputErrors, List<RollupReport> rollups,
                         int ruleFaults, List<InputError> notices, int readerFaults) {

    /** Exit status when a rule failed at run time for some district: the rules need fixing, not the input. */
    public static final int RULE_FAULT = 5;
    /** Exit status when educheck failed on a file: not the clerk's fault, nor the rules'. */
    public static final int INTERNAL = 4;

    public RunOutcome(Map<Verdict, Integer> verdicts, List<InputError> inputErrors, List<RollupReport> rollups, int ruleFaults) {
        this(verdicts, inputErrors, rollups, ruleFaults, List.of(), 0);
    }

    /**
     * Exit status per the contract: 4 when educheck failed on a file (to be reported, whatever else), else 2 bad
     * input (the clerk's to fix, so it comes next), else 5 when a rule failed for some district or roll-up (the rule
     * author's to fix), else 1 when any district is not PASS, else 0. Roll-up verdicts judge cities and provinces,
     * not the districts submitted, so they do not change it.
     */
    public int exitCode() {
        if (readerFaults > 0) {
            return INTERNAL;
        }
        if (!inputErrors.isEmpty()) {
            return 2;
        }
        // A roll-up whose rule failed (ran over its budget, say) is the rule author's to fix as a district's is.
        if (ruleFaults > 0 || rollups.stream().anyMatch(r -> r.finding().is(Status.ERROR))) {
            return RULE_FAULT;
        }
        return verdicts.entrySet().stream().anyMatch(e -> e.getKey() != Verdict.PASS && e.getValue() > 0) ? 1 : 0;
    }

    /**
     * The input errors as the command line prints them: a heading line, then one indented line per error. The web
     * application answers a bad upload with the same lines.
     */
    public List<String> inputErrorLines(boolean chinese) {
        return lines(inputErrors, chinese, chinese
                ? "educheck: " + inputErrors.size() + " 个数据错误；相关文件或区县未检查："
                : "educheck: " + inputErrors.size() + " input error(s); those files or districts were not checked:");
    }

    /** The notices as the command line prints them, after the input errors: a heading line, then one line each. */
    public List<String> noticeLines(boolean chinese) {
        return lines(notices, chinese, chinese
                ? "educheck: " + notices.size() + " 条提示；相关数据照常读取和检查："
                : "educheck: " + notices.size() + " notice(s); what they concern was read and checked all the same:");
    }

    private static List<String> lines(List<InputError> errors, boolean chinese, String heading) {
        List<String> lines = new java.util.ArrayList<>();
        if (!errors.isEmpty()) {
            lines.add(heading);
            errors.forEach(e -> lines.add("  " + e.text(chinese)));
        }
        return lines;
    }

    public int districts() {
        return verdicts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static Map<Verdict, Integer> emptyCounts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        return counts;
    }
}
