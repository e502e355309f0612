package educheck.checker.report;

import educheck.checker.RuleSet;
import educheck.checker.RuleTrust;
import educheck.model.Waivers;
import java.util.List;

/**
 * What a report says about the rules and waivers it was made with, so any verdict can be traced to the exact rule
 * files and the exact list of accepted exceptions.
 *
 * @param origin        "bundled" or the rules folder used, followed by "(unrestricted)" when it was not held to the
 *                      allow-list (--trust-rules)
 * @param jurisdictions every rule set declared
 * @param waivers       the run's waivers: their file and its sha256, and (once the run is over) what became of each
 */
public record RunInfo(String origin, String sha256, int rules, List<String> jurisdictions, Waivers waivers) {

    public static RunInfo of(RuleSet rules) {
        return of(rules, Waivers.NONE);
    }

    public static RunInfo of(RuleSet rules, Waivers waivers) {
        // Every format prints the origin on its rule-set line, so an unrestricted rule set says so wherever it is read.
        String origin = rules.files().origin() + (rules.trust() == RuleTrust.UNRESTRICTED ? " (unrestricted)" : "");
        return new RunInfo(origin, rules.sha256(), rules.ruleCount(), rules.jurisdictions(), waivers);
    }
}
