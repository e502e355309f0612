package educheck.checker.run;


import educheck.checker.load.CountyTable;
import educheck.checker.load.FindingOrder;
import educheck.checker.load.RuleFaults;
import educheck.checker.load.RuleSet;

import educheck.checker.report.DistrictOutcome;
import educheck.checker.report.RollupReport;
import educheck.model.CountyStatus;
import educheck.model.Finding;
import educheck.model.RollupGroup;
import educheck.rules.Assessment;
import educheck.rules.Mutant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Judges the roll-up targets of every city and province that has districts in the run: one session per
 * jurisdiction and year on that jurisdiction's kbase, with a single {@link RollupGroup} fact listing all of its
 * county-level districts and what the run found for each; then the city targets whose figure is made from the
 * districts' own ({@link CityFigures}).
 */
public final class RollupRunner {

    private final RuleSet rules;
    private final CountyTable counties;
    private final RuleBudget budget;
    /** One rule read otherwise (mutation testing), or null. */
    private final Mutant mutant;

    public RollupRunner(RuleSet rules, CountyTable counties) {
        this(rules, counties, RuleBudget.DEFAULT);
    }

    /** @param budget what each roll-up session may spend, as a district's session may ({@link DistrictChecker#budget}) */
    public RollupRunner(RuleSet rules, CountyTable counties, RuleBudget budget) {
        this(rules, counties, budget, null);
    }

    private RollupRunner(RuleSet rules, CountyTable counties, RuleBudget budget, Mutant mutant) {
        this.rules = rules;
        this.counties = counties;
        this.budget = budget;
        this.mutant = mutant;
    }

    /** The roll-ups of the districts {@code checker} checks: its rules, county table, budget and mutant. */
    public static RollupRunner of(DistrictChecker checker) {
        return new RollupRunner(checker.rules(), checker.rules().counties(), checker.budget(), checker.mutant());
    }

    public List<RollupReport> run(Collection<DistrictOutcome> outcomes) {
        Map<Integer, Map<String, DistrictOutcome>> byYear = new TreeMap<>();
        for (DistrictOutcome o : outcomes) {
            byYear.computeIfAbsent(o.year(), y -> new TreeMap<>()).put(o.code(), o);
        }
        List<RollupReport> reports = new ArrayList<>();
        CityFigures cityFigures = new CityFigures(rules);
        byYear.forEach((year, districts) -> {
            for (String jurisdiction : jurisdictions(districts.keySet())) {
                RollupGroup group = group(jurisdiction, year, districts);
                if (!group.counties().isEmpty()) {
                    for (Finding f : judge(group)) {
                        reports.add(new RollupReport(f, group));
                    }
                }
            }
            List<RollupReport> cities = cityFigures.judge(year, districts);
            cities.sort(Comparator.comparing(RollupReport::finding, FindingOrder.CATALOGUE));
            reports.addAll(cities);
        });
        return reports;
    }

    /** The province and city rule sets above the districts of the run, e.g. CN-33 and CN-33-3302. */
    private Set<String> jurisdictions(Collection<String> codes) {
        Set<String> found = new LinkedHashSet<>();
        for (String code : codes) {
            for (String j : List.of("CN-" + code.substring(0, 2), "CN-" + code.substring(0, 2) + "-" + code.substring(0, 4))) {
                if (rules.kmodule().has(j)) {
                    found.add(j);
                }
            }
        }
        return found;
    }

    private RollupGroup group(String jurisdiction, int year, Map<String, DistrictOutcome> districts) {
        String prefix = jurisdiction.length() == 5 ? jurisdiction.substring(3) : jurisdiction.substring(6);
        List<CountyStatus> statuses = new ArrayList<>();
        counties.under(prefix).forEach((code, name) -> {
            DistrictOutcome o = districts.get(code);
            statuses.add(o == null ? new CountyStatus(code, name, false, null, null, Map.of())
                    : new CountyStatus(code, o.name(), true, o.moe2017(), o.declaredYear(), o.measures()));
        });
        return new RollupGroup(jurisdiction, prefix, year, statuses);
    }

    private List<Finding> judge(RollupGroup group) {
        Assessment assessment = new Assessment(group.year(), rules.texts().draftPackages(), mutant);
        StatelessKieSession session = rules.kieBase(group.jurisdiction()).newStatelessKieSession();
        List<Finding> findings;
        try {
            ExecutionResults results = budget.run(List.of(
                    CommandFactory.newInsert(group),
                    CommandFactory.newInsert(assessment.findings()),
                    CommandFactory.newFireAllRules(),
                    RunFaults.insertedFindingsCommand()), batch -> assessment.run(() -> session.execute(batch)));
            findings = RunFaults.made(assessment, results, rules.index());
        } catch (RuntimeException e) {
            BudgetExceeded spent = BudgetExceeded.in(e);
            if (spent == null) {
                throw e;
            }
            Finding fault = RunFaults.budgetExceeded(group.code(), "the roll-up of " + group.jurisdiction() + " for "
                    + group.year(), spent, rules.index());
            if (fault.getRulePackage() != null) {
                fault.setRule(rules.index().fileOf(fault.getRulePackage(), fault.getRuleName()));
            }
            return List.of(fault);
        }
        for (Finding f : findings) {
            f.setRule(rules.index().fileOf(f.getRulePackage(), f.getRuleName()));
        }
        findings.sort(FindingOrder.CATALOGUE);
        return findings;
    }
}
