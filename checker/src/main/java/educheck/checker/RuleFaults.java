package educheck.checker;

import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Kindergarten;
import educheck.model.School;
import educheck.model.SchoolSection;
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
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;
import org.kie.internal.command.CommandFactory;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

/**
 * A rule that throws (a division by zero in a consequence a policy officer wrote, say) must not take the district
 * or the run down with it. Its fault becomes an ERROR finding naming the rule and the subject, the other rules
 * and districts go on, and the run ends with a code that says the rules need fixing.
 *
 * <p>Drools calls the handler for a consequence that throws and carries on firing. A fault while matching (in a
 * rule's conditions) aborts the whole session instead; {@link #sessionAborted} then stands in for the district.
 */
public final class RuleFaults implements ConsequenceExceptionHandler {

    /** The rule's name as Drools quotes it in a constraint error: {@code [Rule "CN.CE.RES.1 primary" in …]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \\\\?\"(.+?)\\\\?\" in");

    /** Drools makes the handler from its class name, once per session. */
    public RuleFaults() {
    }

    /** The kbase settings that route consequence faults here. */
    static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFaults.class));
        return conf;
    }

    @Override
    public void handleException(Match match, RuleRuntime session, Exception exception) {
        BudgetExceeded spent = BudgetExceeded.in(exception);
        if (spent != null) {
            // Not the rule's fault to record and go on from: the whole session stops.
            throw spent;
        }
        Rule rule = match.getRule();
        String subject = subjectOf(match.getObjects());
        // Reported, so the verdict rules see it and no standard can pass over a rule that did not finish.
        Assessment.current().fault(finding(rule.getPackageName(), rule.getName(), RuleMetadata.of(rule), subject,
                "rule \"" + rule.getName() + "\" failed for " + subject + ": " + describe(exception)));
    }

    /**
     * The one finding for a district whose session a rule aborted, naming the rule when Drools's message does;
     * the district's other findings are lost with the session, so it must not look checked.
     */
    static Finding sessionAborted(District district, RuntimeException e, RuleIndex index) {
        String text = describe(e);
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
        return finding(rule.pkg(), rule.name(), rule.metadata(), district.getCode(), message);
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
                String found = subjectOf(e.match().getObjects());
                subject = found.equals("district") ? about : found;
            } catch (RuntimeException ignored) {
                // The session's thread may still be changing its facts: the district stands in for the subject.
            }
        }
        RuleInfo info = index.find(rule.getPackageName(), rule.getName());
        return finding(rule.getPackageName(), rule.getName(), info != null ? info.metadata() : RuleMetadata.of(rule), subject, message);
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
                        : finding(rule.pkg(), rule.name(), rule.metadata(), f.getSubject(), message);
            });
        }
        return List.copyOf(faults.values());
    }

    private static Finding finding(String pkg, String ruleName, RuleMetadata md, String subject, String message) {
        String id = md.text(RuleMetadata.ID);
        return Finding.builder(id == null ? ruleName : id, subject).status(Status.ERROR)
                .source(md.text(RuleMetadata.SOURCE))
                .name(md.text(RuleMetadata.NAME), md.text(RuleMetadata.NAME_EN))
                .rule(pkg, ruleName)
                .message(message)
                .build();
    }

    /** The most specific thing the rule matched: a section, else a school or kindergarten, else the district. */
    private static String subjectOf(List<Object> objects) {
        String district = null;
        String unit = null;
        for (Object o : objects) {
            if (o instanceof SchoolSection s) {
                return s.getSubject();
            }
            if (o instanceof School s && unit == null) {
                unit = s.getId();
            } else if (o instanceof Kindergarten k && unit == null) {
                unit = k.getId();
            } else if (o instanceof Finding f && unit == null) {
                unit = f.getSubject();
            } else if (o instanceof District d) {
                district = d.getCode();
            }
        }
        return unit != null ? unit : district != null ? district : "district";
    }

    /** The innermost cause, which names what went wrong ({@code ArithmeticException: / by zero}). */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = String.valueOf(e.getMessage());
        String inner = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == e || outer.contains(inner) ? inner : outer + " (" + inner + ")";
    }
}
