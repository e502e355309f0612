package educheck.checker.run;

import educheck.checker.load.RuleFaults;
import educheck.checker.load.RuleIndex;
import educheck.checker.load.RuleInfo;
import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Status;
import educheck.rules.Assessment;
import educheck.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.command.Command;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/**
 * The findings a session's end makes beside its rules': one for a session a rule aborted while matching, one for a
 * session out of its budget, one for each rule that inserted its finding as a fact. A rule that throws in its
 * consequence is {@link RuleFaults}' (the kbase hands it there as it happens).
 */
final class RunFaults {

    private RunFaults() {
    }

    /**
     * The one finding for a district whose session a rule aborted, naming the rule when Drools's message does;
     * the district's other findings are lost with the session, so it must not look checked.
     */
    static Finding sessionAborted(District district, RuntimeException e, RuleIndex index) {
        String text = RuleFaults.describe(e);
        Matcher m = RULE_IN_MESSAGE.matcher(text);
        RuleInfo rule = null;
        if (m.find()) {
            String name = m.group(1);
            rule = index.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        }
        String message = (rule == null ? "a rule" : "rule \"" + rule.name() + "\"") + " failed while matching district "
                + district.getCode() + ", which stopped every rule for it: " + text;
        if (rule == null) {
            return Finding.builder("RULE-ERROR", district.getCode()).status(Status.ERROR).message(message).build();
        }
        return RuleFaults.finding(rule.pkg(), rule.name(), rule.metadata(), district.getCode(), message);
    }

    /**
     * The one finding for a session stopped by its budget, about {@code about} (a district's code, a roll-up's
     * city or province) unless the match names a school or section; {@code what} says which check it was in words.
     * Names the rule that was firing (or fired last), as the engine's match events reported it.
     */
    static Finding budgetExceeded(String about, String what, BudgetExceeded e, RuleIndex index) {
        Rule rule = e.rule();
        String message = e.explain(what);
        if (rule == null) {
            return Finding.builder("RULE-ERROR", about).status(Status.ERROR).message(message).build();
        }
        String subject = about;
        if (e.match() != null) {
            try {
                String found = RuleFaults.subjectOf(e.match().getObjects());
                subject = found.equals("district") ? about : found;
            } catch (RuntimeException ignored) {
                // The session's thread may still be changing its facts: the district stands in for the subject.
            }
        }
        RuleInfo info = index.find(rule.getPackageName(), rule.getName());
        return RuleFaults.finding(rule.getPackageName(), rule.getName(), info != null ? info.metadata() : RuleMetadata.of(rule), subject, message);
    }

    /** The name under which {@link #insertedFindingsCommand} returns its facts. */
    private static final String INSERTED = "inserted";

    /** The command, run after the rules fire, that fetches the findings rules inserted as facts the old way. */
    static Command<?> insertedFindingsCommand() {
        return CommandFactory.newGetObjects(new ClassObjectFilter(Finding.class), INSERTED);
    }

    /**
     * What a session's rules made: the findings they reported, then one ERROR finding for each rule that inserted
     * its finding as a fact instead ({@link #insertedFindingsCommand} must have run in the session).
     */
    static List<Finding> made(Assessment assessment, ExecutionResults results, RuleIndex index) {
        List<Finding> findings = new ArrayList<>(assessment.findings().all());
        findings.addAll(insertedFindings((Collection<?>) results.getValue(INSERTED), index));
        return findings;
    }

    /**
     * A rule written the old way, {@code insert(check(…))}, puts its finding where no verdict and no report sees
     * it. Each such rule becomes one ERROR finding naming it, so no standard is passed without its finding.
     *
     * @param inserted the Finding facts left in the session
     */
    private static List<Finding> insertedFindings(Collection<?> inserted, RuleIndex index) {
        Map<String, Finding> faults = new LinkedHashMap<>();
        for (Object o : inserted) {
            Finding f = (Finding) o;
            faults.computeIfAbsent(f.getRulePackage() + "/" + f.getRuleName(), k -> {
                RuleInfo rule = index.find(f.getRulePackage(), f.getRuleName());
                String message = "rule \"" + f.getRuleName() + "\" inserted its finding " + f.getId()
                        + " as a fact, where no verdict and no report sees it: report it instead, report(kcontext, check(…))";
                return rule == null
                        ? Finding.builder(f.getId(), f.getSubject()).status(Status.ERROR).rule(f.getRulePackage(), f.getRuleName()).message(message).build()
                        : RuleFaults.finding(rule.pkg(), rule.name(), rule.metadata(), f.getSubject(), message);
            });
        }
        return List.copyOf(faults.values());
    }

    /** The rule's name as Drools quotes it in a constraint error: {@code [Rule "CN.CE.RES.1 primary" in …]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \\\\?\"(.+?)\\\\?\" in");
}
