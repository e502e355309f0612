package educheck.cli;

import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleTrust;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options on how far rules are trusted: the time budget of each district's check, and --trust-rules. */
final class RuleOptions {

    /** --rule-timeout, on the commands that run rules. */
    static final class Timeout {
        @Option(names = "--rule-timeout", paramLabel = "SECONDS",
                description = "Stop a district's (or roll-up's) check after SECONDS (default 10) with an ERROR finding naming"
                        + " the rule that was running; the other districts are checked and the run exits 5.")
        Double seconds;

        RuleBudget budget(CommandSpec spec) {
            if (seconds == null) {
                return RuleBudget.DEFAULT;
            }
            try {
                return RuleBudget.seconds(seconds);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--rule-timeout: " + e.getMessage());
            }
        }
    }

    /** --trust-rules, on the commands that load a rules folder. */
    static final class Trust {
        @Option(names = "--trust-rules",
                description = "Do not hold the rules folder to the allow-list of what rules may use (files, network,"
                        + " processes and so on are refused otherwise); only for rules you have read. Reports say"
                        + " \"unrestricted\".")
        boolean unrestricted;

        RuleTrust trust() {
            return unrestricted ? RuleTrust.UNRESTRICTED : RuleTrust.RESTRICTED;
        }
    }

    private RuleOptions() {
    }
}
