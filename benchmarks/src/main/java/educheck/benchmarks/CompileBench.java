package educheck.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Table 6: what holding a rules folder to the allow-list costs. The bundled rules, exported as a folder, compiled
 * from an empty cache ({@code educheck rules validate DIR}) as they are held to the allow-list, and with
 * {@code --trust-rules}, which skips only that check; in turn, so a change in the machine's load falls on both.
 */
final class CompileBench {

    private CompileBench() {
    }

    static void run(Launcher launcher, int runs, Path work, PrintStream out) throws IOException, InterruptedException {
        Path rules = work.resolve("exported-rules");
        deleteTree(rules);
        launcher.run(List.of("rules", "export", rules.toString()), null);
        double[][] wall = new double[2][runs];
        double[][] cpu = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int trusted = 0; trusted < 2; trusted++) {
                Path cache = Files.createTempDirectory("educheck-cache");
                List<String> command = trusted == 1 ? List.of("rules", "validate", "--trust-rules", rules.toString())
                        : List.of("rules", "validate", rules.toString());
                Launcher.Timed t = launcher.run(command, cache);
                wall[trusted][i] = t.seconds();
                cpu[trusted][i] = t.cpuSeconds();
                deleteTree(cache);
            }
        }
        out.println("## 6. Compiling a rules folder, with and without the allow-list check");
        out.println();
        out.printf(Locale.ROOT, "The bundled rules as a folder (`educheck rules export`), compiled from an empty cache by `educheck rules "
                + "validate DIR`, %d runs each, in turn; `--trust-rules` skips the allow-list check and nothing else.%n%n", runs);
        out.println("| compile | wall median (min–max) | CPU median (min–max) |");
        out.println("|---|---:|---:|");
        row(out, "held to the allow-list", wall[0], cpu[0]);
        row(out, "`--trust-rules`", wall[1], cpu[1]);
        out.printf(Locale.ROOT, "| the allow-list's share | %+.1f %% | %+.1f %% |%n%n", 100 * (median(wall[0]) / median(wall[1]) - 1),
                100 * (median(cpu[0]) / median(cpu[1]) - 1));
    }

    private static void row(PrintStream out, String what, double[] wall, double[] cpu) {
        Launcher.Latency w = of(wall);
        Launcher.Latency c = of(cpu);
        out.printf(Locale.ROOT, "| %s | %.2f s (%.2f–%.2f) | %.2f s (%.2f–%.2f) |%n", what, w.median(), w.min(), w.max(),
                c.median(), c.min(), c.max());
    }

    private static double median(double[] v) {
        return of(v).median();
    }

    /** The launcher's own summary of runs (median, min, max) over one series. */
    private static Launcher.Latency of(double[] v) {
        return new Launcher.Latency(v, v);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
