package educheck.cli;

import educheck.checker.mutations.MutationReport;
import java.io.PrintStream;
import java.util.Locale;

/** How the mutants no fixture noticed are shown, by {@code rules test --mutations} and {@code rules publish}. */
final class Survivors {

    private Survivors() {
    }

    /** Each survivor at the line changed, then the totals: made, killed, survived, and the time taken. */
    static void print(PrintStream out, MutationReport report) {
        if (!report.ran()) {
            out.printf("mutations: not run, since %d fixture(s) fail with the rules as written%n", report.failing().size());
            return;
        }
        for (MutationReport.Outcome o : report.survivors()) {
            out.printf("survived  %s  %s \"%s\": %s%s%n", o.mutant().location(), o.mutant().rule().id(),
                    o.mutant().rule().name(), o.mutant().change(),
                    o.ran() == 0 ? " (no fixture makes a finding of this rule)" : " (no fixture notices; " + o.ran()
                            + " fixture(s) make findings of this rule)");
        }
        out.printf(Locale.ROOT, "mutations: %d made, %d killed, %d survived (%.1f s)%n", report.made(), report.killed(),
                report.survivors().size(), report.seconds());
    }
}
