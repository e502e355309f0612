package educheck.checker.report;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleTrust;
import educheck.model.Waivers;
import java.util.List;

/**
 * What a report says about the rules and waivers it was made with, so any verdict can be traced to the exact rule
 * files and the exact list of accepted exceptions.
 *
 * @param origin        "bundled", "archive" or the rules folder used, followed by "(unrestricted)" when it was not
 *                      held to the allow-list (--trust-rules)
 * @param jurisdictions every rule set declared
 * @param waivers       the run's waivers: their file and its sha256, and (once the run is over) what became of each
 * @param version       the rule set's published version in the archive, or null when the run is not archived or its
 *                      rules were never published; reports print it only when there is one
 * @param basis         why these rules: bundled, in force in the archive, --rules DIR or --rules-version N
 */
public record RunInfo(String origin, String sha256, int rules, List<String> jurisdictions, Waivers waivers,
                      Integer version, RuleBasis basis) {

    public RunInfo(String origin, String sha256, int rules, List<String> jurisdictions, Waivers waivers) {
        this(origin, sha256, rules, jurisdictions, waivers, null, "bundled".equals(origin) ? RuleBasis.BUNDLED : RuleBasis.FOLDER);
    }

    /** The same run, judged by rule-set version {@code n} of the archive (null for none). */
    public RunInfo withVersion(Integer n) {
        return new RunInfo(origin, sha256, rules, jurisdictions, waivers, n, basis);
    }

    /** The same run, its rules chosen for the reason {@code why}. */
    public RunInfo withBasis(RuleBasis why) {
        return new RunInfo(origin, sha256, rules, jurisdictions, waivers, version, why);
    }

    public static RunInfo of(RuleSet rules) {
        return of(rules, Waivers.NONE);
    }

    /** The run's rules as loaded: bundled, or a folder (its origin); {@link #withBasis} says otherwise. */
    public static RunInfo of(RuleSet rules, Waivers waivers) {
        // Every format prints the origin on its rule-set line, so an unrestricted rule set says so wherever it is read.
        String origin = rules.files().origin() + (rules.trust() == RuleTrust.UNRESTRICTED ? " (unrestricted)" : "");
        return new RunInfo(origin, rules.sha256(), rules.ruleCount(), rules.jurisdictions(), waivers, null,
                rules.files().isBundled() ? RuleBasis.BUNDLED : RuleBasis.FOLDER);
    }
}
