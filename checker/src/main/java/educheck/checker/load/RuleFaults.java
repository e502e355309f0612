package educheck.checker.load;


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

    /** Drools makes the handler from its class name, once per session. */
    public RuleFaults() {
    }

    /** The kbase settings that route consequence faults here. */
    public static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFaults.class));
        return conf;
    }

    @Override
    public void handleException(Match match, RuleRuntime session, Exception exception) {
        SessionStop stop = SessionStop.within(exception);
        if (stop != null) {
            // Not the rule's fault to record and go on from: the whole session stops.
            throw stop;
        }
        Rule rule = match.getRule();
        String subject = subjectOf(match.getObjects());
        // Reported, so the verdict rules see it and no standard can pass over a rule that did not finish.
        Assessment.current().fault(finding(rule.getPackageName(), rule.getName(), RuleMetadata.of(rule), subject,
                "rule \"" + rule.getName() + "\" failed for " + subject + ": " + describe(exception)));
    }

    public static Finding finding(String pkg, String ruleName, RuleMetadata md, String subject, String message) {
        String id = md.text(RuleMetadata.ID);
        return Finding.builder(id == null ? ruleName : id, subject).status(Status.ERROR)
                .source(md.text(RuleMetadata.SOURCE))
                .name(md.text(RuleMetadata.NAME), md.text(RuleMetadata.NAME_EN))
                .rule(pkg, ruleName)
                .message(message)
                .build();
    }

    /** The most specific thing the rule matched: a section, else a school or kindergarten, else the district. */
    public static String subjectOf(List<Object> objects) {
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
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = String.valueOf(e.getMessage());
        String inner = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == e || outer.contains(inner) ? inner : outer + " (" + inner + ")";
    }
}
