package educheck.checker.report;

import educheck.checker.RuleSet;
import java.util.List;

/**
 * What a report says about the rules it was made with, so any verdict can be traced to the exact rule files.
 *
 * @param origin        "bundled" or the rules folder used
 * @param jurisdictions every rule set declared
 */
public record RunInfo(String origin, String sha256, int rules, List<String> jurisdictions) {

    public static RunInfo of(RuleSet rules) {
        return new RunInfo(rules.files().origin(), rules.sha256(), rules.ruleCount(), rules.jurisdictions());
    }
}
