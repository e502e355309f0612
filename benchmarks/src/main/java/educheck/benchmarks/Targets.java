package educheck.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 28's speed targets beside what this run measured, printed last as one table, so a run says at a glance which
 * targets it met. A section that did not run leaves its targets out.
 */
final class Targets {

    private record Row(String target, String measured, boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** A target that holds when {@code value} is at most {@code limit}. */
    void atMost(String target, double value, double limit, String measured) {
        rows.add(new Row(target, measured, value <= limit));
    }

    void print(PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println("## Targets (issue 28)");
        out.println();
        out.println("| target | this run | met |");
        out.println("|---|---|---|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %s | %s |%n", r.target(), r.measured(), r.met() ? "**met**" : "missed");
        }
        out.println();
    }
}
