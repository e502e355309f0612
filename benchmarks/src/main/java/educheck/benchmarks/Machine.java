package educheck.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on, and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    static void describe(PrintStream out) {
        out.printf("- machine: %d cores (%s), %s memory, %s %s%n", Runtime.getRuntime().availableProcessors(),
                first("/proc/cpuinfo", "model name"), first("/proc/meminfo", "MemTotal"), System.getProperty("os.name"),
                System.getProperty("os.version"));
        out.printf("- Java: %s %s%n", System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        out.printf("- load average at start (1, 5, 15 min): %s%n", loadAverage());
    }

    static void load(PrintStream out) {
        out.printf("Load average at the end (1, 5, 15 min): %s. Other sessions share these cores: above 2 the figures "
                + "are slowed by them.%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String first(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: say so
        }
        return "unknown";
    }
}
