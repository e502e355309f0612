package educheck.checker.run;


import educheck.checker.load.FindingOrder;
import educheck.checker.load.RuleFaults;
import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleSet;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.Rectification;
import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Kindergarten;
import educheck.model.Measure;
import educheck.model.Measured;
import educheck.model.School;
import educheck.model.SchoolSection;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.Waivers;
import educheck.rules.Assessment;
import educheck.rules.Mutant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.command.Command;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Checks one district: one stateless session on the kbase of its jurisdiction, with the district, its schools,
 * their sections and its kindergartens as facts. Thread-safe; kbases are built once per rule set and shared.
 */
public final class DistrictChecker {

    private final RuleSet rules;
    private final Waivers waivers;
    /** The jurisdiction every district is judged under, or null for each district's own (the normal path). */
    private final String judgeAs;
    /** Last year's figures for what a submission's {@code <previous>} lacks, or null to use the file's alone. */
    private final LastYearFigures lastYear;
    private final RuleBudget budget;
    /** Whether a draft text's standard (征求意见稿) decides the district's verdict; by default it is shown only. */
    private final boolean draftsDecide;
    /** One rule read otherwise (mutation testing of the fixtures), or null: the rules as written. */
    private final Mutant mutant;

    public DistrictChecker(RuleSet rules) {
        this(rules, Waivers.NONE);
    }

    /** @param waivers accepted exceptions, applied as findings are made; they record which findings they met */
    public DistrictChecker(RuleSet rules, Waivers waivers) {
        this(rules, waivers, null, RuleBudget.DEFAULT);
    }

    private DistrictChecker(RuleSet rules, Waivers waivers, String judgeAs, RuleBudget budget) {
        this(rules, waivers, judgeAs, null, budget, false, null);
    }

    private DistrictChecker(RuleSet rules, Waivers waivers, String judgeAs, LastYearFigures lastYear, RuleBudget budget,
                            boolean draftsDecide, Mutant mutant) {
        this.rules = rules;
        this.waivers = waivers;
        this.judgeAs = judgeAs;
        this.lastYear = lastYear;
        this.budget = budget;
        this.draftsDecide = draftsDecide;
        this.mutant = mutant;
    }

    /**
     * A checker under which the standards of draft texts (征求意见稿) decide a district's verdict as adopted ones do,
     * for a run that treats the draft as the text to meet ({@code --drafts decide}).
     */
    public DistrictChecker withDraftsDeciding(boolean decide) {
        return new DistrictChecker(rules, waivers, judgeAs, lastYear, budget, decide, mutant);
    }

    /** Whether draft texts' standards decide districts' verdicts in this run. */
    public boolean draftsDecide() {
        return draftsDecide;
    }

    /**
     * A checker that completes each district's {@code <previous>} from {@code figures} before checking it: a figure
     * in the file wins, and a finding made from a figure taken elsewhere says where it came from.
     */
    public DistrictChecker withLastYear(LastYearFigures figures) {
        return new DistrictChecker(rules, waivers, judgeAs, figures, budget, draftsDecide, mutant);
    }

    /**
     * A checker whose sessions (each district's, the roll-ups', the fixtures') run under {@code budget} instead of
     * {@link RuleBudget#DEFAULT}: a district over it is reported with an ERROR finding naming the rule.
     */
    public DistrictChecker withBudget(RuleBudget budget) {
        return new DistrictChecker(rules, waivers, judgeAs, lastYear, budget, draftsDecide, mutant);
    }

    public RuleBudget budget() {
        return budget;
    }

    /**
     * A checker whose sessions (the districts' and the roll-ups' of {@link RollupRunner#of}) read one rule as
     * {@code mutant} says: what {@code rules test --mutations} runs the fixtures under. The compiled rules are shared.
     */
    public DistrictChecker withMutant(Mutant mutant) {
        return new DistrictChecker(rules, waivers, judgeAs, lastYear, budget, draftsDecide, mutant);
    }

    /** The rule this checker reads otherwise, or null. */
    public Mutant mutant() {
        return mutant;
    }

    /**
     * A checker that judges every district under {@code jurisdiction}'s rule sets whatever its code: what a
     * Zhejiang county would score under Shanghai's targets ({@code compare --judge-as CN-31}).
     *
     * @throws IllegalArgumentException when the rule set declares no such jurisdiction
     */
    public DistrictChecker judgedAs(String jurisdiction) {
        if (!rules.kmodule().has(jurisdiction)) {
            throw new IllegalArgumentException("no rule set " + jurisdiction + "; one of " + String.join(", ", rules.jurisdictions()));
        }
        return new DistrictChecker(rules, waivers, jurisdiction, lastYear, budget, draftsDecide, mutant);
    }

    public RuleSet rules() {
        return rules;
    }

    public Waivers waivers() {
        return waivers;
    }

    /**
     * The engine's part of a check: the district's findings, in the engine's order, and its standards' verdicts,
     * as the rules made them. {@link #check} builds the report from this; the benchmarks time it on its own.
     *
     * @throws RuntimeException when a rule throws, the session cannot run or its budget runs out (check reports it
     *                          as a rule error)
     */
    public Assessed assess(District district) {
        String jurisdiction = jurisdictionOf(district);
        Assessment assessment = new Assessment(district.getYear(), district.getCode(), waivers,
                rules.texts().draftPackages(), mutant);
        List<Object> facts = facts(district);
        facts.add(assessment.findings());
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(),
                RunFaults.insertedFindingsCommand(),
                CommandFactory.newGetObjects(new ClassObjectFilter(StandardVerdict.class), "standards"));
        StatelessKieSession session = rules.kieBase(jurisdiction).newStatelessKieSession();
        ExecutionResults results = budget.run(commands, batch -> assessment.run(() -> session.execute(batch)));
        return new Assessed(jurisdiction, RunFaults.made(assessment, results, rules.index()),
                typed(results.getValue("standards"), StandardVerdict.class));
    }

    /** The jurisdiction whose rule sets judge the district: its own, or the one every district is judged as. */
    private String jurisdictionOf(District district) {
        return judgeAs != null ? judgeAs : rules.jurisdictionFor(district.getCode());
    }

    /** What the rules made of one district: findings in the engine's order, and the standards' verdicts. */
    public record Assessed(String jurisdiction, List<Finding> findings, List<StandardVerdict> standards) {
    }

    public DistrictReport check(Path file, District district) {
        String unread = lastYear == null ? null : completePrevious(district);
        Assessed assessed;
        try {
            assessed = assess(district);
        } catch (RuntimeException e) {
            BudgetExceeded spent = BudgetExceeded.in(e);
            return spent != null ? overBudget(file, district, spent)
                    : aborted(file, district, RunFaults.sessionAborted(district, e, rules.index()));
        }
        String jurisdiction = assessed.jurisdiction();
        List<Finding> findings = assessed.findings();
        // A rule's package and name are the same string objects in each of its findings: looked up once per rule.
        Map<String, Map<String, String>> fileOf = new IdentityHashMap<>();
        for (Finding f : findings) {
            f.setRule(fileOf.computeIfAbsent(f.getRulePackage(), p -> new IdentityHashMap<>())
                    .computeIfAbsent(f.getRuleName(), name -> rules.index().fileOf(f.getRulePackage(), name)));
        }
        if (district.getPrevious() != null && district.getPrevious().hasFiguresFromElsewhere()) {
            findings.replaceAll(DistrictChecker::sayWhereLastYearCameFrom);
        }
        if (unread != null) {
            findings.replaceAll(f -> sayLastYearCouldNotBeRead(f, unread));
        }
        FindingOrder.sort(findings);
        List<StandardVerdict> standards = assessed.standards();
        standards.sort(Comparator.comparing(StandardVerdict::getStandard));
        if (draftsDecide) {
            standards.replaceAll(s -> s.deciding(true));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (StandardVerdict s : standards) {
            if (s.decides()) {
                verdicts.add(s.getVerdict());
            }
        }
        Verdict verdict = Verdict.combine(verdicts);
        // A rule that failed outside every standard's findings still leaves the district undecided.
        if (verdict != Verdict.FAIL && findings.stream().anyMatch(f -> f.is(Status.ERROR))) {
            verdict = Verdict.ERROR;
        }
        return new DistrictReport(file, district.getCode(), district.getName(), district.getYear(),
                rules.kmodule().chain(jurisdiction), verdict, standards, findings,
                Rectification.of(findings, district), names(district), measures(district));
    }

    /** The report of a district whose session ran out of its budget: one ERROR finding naming the rule. */
    DistrictReport overBudget(Path file, District district, BudgetExceeded spent) {
        return aborted(file, district, RunFaults.budgetExceeded(district.getCode(), "district " + district.getCode(),
                spent, rules.index()));
    }

    /**
     * Adds last year's recorded figures the submission lacks; returns why they could not be read (the archive failed),
     * or null. A failure leaves the figures missing: the rules that need them are NOT_ASSESSED, never the whole run lost.
     */
    private String completePrevious(District district) {
        LastYearFigures.Recorded recorded;
        try {
            recorded = lastYear.of(district.getCode(), district.getYear() - 1);
        } catch (IOException | UncheckedIOException e) {
            return e.getMessage();
        }
        if (recorded != null) {
            district.completePrevious(recorded.measures(), recorded.origin());
        }
        return null;
    }

    /** A finding not assessed for want of last year's figure says that the archive that holds them could not be read. */
    private static Finding sayLastYearCouldNotBeRead(Finding f, String reason) {
        Measured m = f.getMeasured();
        if (!f.is(Status.NOT_ASSESSED) || m == null || m.getMissing() == null || !m.getMissing().contains("last year's")) {
            return f;
        }
        return f.toBuilder().message(() -> f.getMessage() + " [last year's figures could not be read: " + reason + "]").build();
    }

    /** A finding whose value was made from a figure taken from outside the file ends by saying where it came from. */
    private static Finding sayWhereLastYearCameFrom(Finding f) {
        String field = f.getMeasured() == null ? null : f.getMeasured().getField();
        int at = field == null ? -1 : field.lastIndexOf(" figure from ");
        if (at < 0) {
            return f;
        }
        // The note closes where its parenthesis does: a weighted value's field goes on after it (" weighted by …").
        int close = field.indexOf(')', at);
        String note = field.substring(field.lastIndexOf(" (", at) + 2, close < 0 ? field.length() : close);
        return f.toBuilder().message(() -> f.getMessage() + " [last year's " + note + "]").build();
    }

    private DistrictReport aborted(Path file, District district, Finding fault) {
        RuleInfo info = rules.index().find(fault.getRulePackage(), fault.getRuleName());
        fault.setRule(info == null ? null : info.file());
        String jurisdiction = jurisdictionOf(district);
        return new DistrictReport(file, district.getCode(), district.getName(), district.getYear(),
                rules.kmodule().chain(jurisdiction), Verdict.ERROR, List.of(), List.of(fault), List.of(), names(district),
                measures(district));
    }

    private static List<Object> facts(District district) {
        List<Object> facts = new ArrayList<>();
        facts.add(district);
        facts.addAll(district.getSchools());
        facts.addAll(SchoolSection.of(district));
        facts.addAll(district.getKindergartens());
        return facts;
    }

    private static Map<String, String> names(District district) {
        Map<String, String> names = new LinkedHashMap<>();
        for (School s : district.getSchools()) {
            names.put(s.getId(), s.getName());
        }
        for (Kindergarten k : district.getKindergartens()) {
            names.put(k.getId(), k.getName());
        }
        return names;
    }

    private static Map<String, String> measures(District district) {
        Map<String, String> measures = new LinkedHashMap<>();
        for (Measure m : district.getMeasures()) {
            if (m.getKey() != null && m.getValue() != null) {
                measures.put(m.getKey(), m.getValue());
            }
        }
        return measures;
    }

    private static <T> List<T> typed(Object value, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Object o : (Collection<?>) value) {
            list.add(type.cast(o));
        }
        return list;
    }
}
