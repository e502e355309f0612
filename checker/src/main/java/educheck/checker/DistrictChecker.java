package educheck.checker;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.Rectification;
import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Kindergarten;
import educheck.model.School;
import educheck.model.SchoolSection;
import educheck.model.StandardVerdict;
import educheck.model.Verdict;
import educheck.rules.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.command.Command;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/**
 * Checks one district: one stateless session on the kbase of its jurisdiction, with the district, its schools,
 * their sections and its kindergartens as facts. Thread-safe; kbases are built once per rule set and shared.
 */
public final class DistrictChecker {

    private final RuleSet rules;

    public DistrictChecker(RuleSet rules) {
        this.rules = rules;
    }

    public RuleSet rules() {
        return rules;
    }

    public DistrictReport check(Path file, District district) {
        String jurisdiction = rules.jurisdictionFor(district.getCode());
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts(district)),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects(new ClassObjectFilter(Finding.class), "findings"),
                CommandFactory.newGetObjects(new ClassObjectFilter(StandardVerdict.class), "standards"));
        ExecutionResults results = new Assessment(district.getYear()).run(() ->
                rules.kieBase(jurisdiction).newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands)));

        List<Finding> findings = typed(results.getValue("findings"), Finding.class);
        for (Finding f : findings) {
            RuleInfo info = rules.index().find(f.getRulePackage(), f.getRuleName());
            f.setRule(info == null ? f.getRulePackage() + "/" + f.getRuleName() : info.file());
        }
        FindingOrder.sort(findings);
        List<StandardVerdict> standards = typed(results.getValue("standards"), StandardVerdict.class);
        standards.sort(Comparator.comparing(StandardVerdict::getStandard));
        List<Verdict> verdicts = new ArrayList<>();
        standards.forEach(s -> verdicts.add(s.getVerdict()));
        return new DistrictReport(file, district.getCode(), district.getName(), district.getYear(),
                rules.jurisdictionsFor(district.getCode()), Verdict.combine(verdicts), standards, findings,
                Rectification.of(findings), names(district));
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

    private static <T> List<T> typed(Object value, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Object o : (Collection<?>) value) {
            list.add(type.cast(o));
        }
        return list;
    }
}
