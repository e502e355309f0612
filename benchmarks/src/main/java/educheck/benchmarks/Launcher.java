package educheck.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the {@code educheck} launcher (and {@code java -version}) as a user would, in a child process, and times
 * it. The heap a run used comes from its GC log: the largest heap before a collection.
 */
final class Launcher {

    /** One timed run; {@code peakHeapMb} 0 when not measured (no heap given) or no collection ran. */
    record Timed(double seconds, double cpuSeconds, long peakHeapMb, int exitCode) {
        String peakHeap() {
            return peakHeapMb == 0 ? "no GC" : peakHeapMb + " MB";
        }
    }

    /** Several runs of one command. */
    record Latency(double[] wall, double[] cpu) {
        double median() {
            return median(wall);
        }

        double min() {
            return min(wall);
        }

        double max() {
            return max(wall);
        }

        double cpuMedian() {
            return median(cpu);
        }

        double cpuMin() {
            return min(cpu);
        }

        double cpuMax() {
            return max(cpu);
        }

        private static double min(double[] values) {
            return Arrays.stream(values).min().orElse(0);
        }

        private static double max(double[] values) {
            return Arrays.stream(values).max().orElse(0);
        }

        private static double median(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Path TIME = Path.of("/usr/bin/time");

    private final Path repo;

    Launcher(Path repo) {
        this.repo = repo;
    }

    /** {@code educheck check INPUT --output REPORT}, with {@code -Xmx<heap>} and a GC log when heap is given. */
    Timed check(Path input, Path report, String heap) throws IOException, InterruptedException {
        Path gcLog = Files.createTempFile("educheck-gc", ".log");
        Path times = Files.createTempFile("educheck-time", ".txt");
        List<String> command = List.of(repo.resolve("educheck").toString(), "check", input.toString(), "--output", report.toString());
        ProcessBuilder pb = new ProcessBuilder(withTime(command, times)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (heap != null) {
            pb.environment().put("EDUCHECK_JAVA_OPTS", "-Xmx" + heap + " -Xlog:gc:file=" + gcLog);
        }
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap == null ? 0 : peakHeapMb(gcLog);
        double cpu = cpuSeconds(times);
        Files.deleteIfExists(gcLog);
        Files.deleteIfExists(times);
        if (exit > 1) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
        return new Timed(seconds, cpu, peak, exit);
    }

    /**
     * {@code educheck ARGS} once, timed; with {@code cache} as its cache folder (XDG_CACHE_HOME, where compiled rule
     * folders are kept) when given.
     */
    Timed run(List<String> args, Path cache) throws IOException, InterruptedException {
        Path times = Files.createTempFile("educheck-time", ".txt");
        List<String> command = new ArrayList<>(List.of(repo.resolve("educheck").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(withTime(command, times)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (cache != null) {
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
        }
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds(times);
        Files.deleteIfExists(times);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
        return new Timed(seconds, cpu, 0, exit);
    }

    /** {@code runs} cold runs of {@code educheck ARGS --output FILE}. */
    Latency latency(int runs, String... args) throws IOException, InterruptedException {
        Path report = Files.createTempFile("educheck-latency", ".txt");
        List<String> command = new ArrayList<>(List.of(repo.resolve("educheck").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--output", report.toString()));
        try {
            return timed(runs, command);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    Latency javaVersion(int runs) throws IOException, InterruptedException {
        return timed(runs, List.of("java", "-version"));
    }

    private static Latency timed(int runs, List<String> command) throws IOException, InterruptedException {
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            Path times = Files.createTempFile("educheck-time", ".txt");
            List<String> c = withTime(command, times);
            long start = System.nanoTime();
            int exit = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            wall[i] = (System.nanoTime() - start) / 1e9;
            if (exit > 1) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
            }
            cpu[i] = cpuSeconds(times);
            Files.deleteIfExists(times);
        }
        return new Latency(wall, cpu);
    }

    /** The command under /usr/bin/time, which writes its user and system CPU seconds to {@code times}. */
    private static List<String> withTime(List<String> command, Path times) {
        List<String> c = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            c.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        }
        c.addAll(command);
        return c;
    }

    private static double cpuSeconds(Path times) throws IOException {
        for (String line : Files.readAllLines(times)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[0].matches("[\\d.]+") && f[1].matches("[\\d.]+")) {
                return Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
            }
        }
        return 0;
    }

    /** The largest heap before a collection in a {@code -Xlog:gc} log, in MB; 0 when no collection ran. */
    static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = HEAP_BEFORE_GC.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }
}
