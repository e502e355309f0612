package educheck.benchmarks;

import educheck.checker.load.CountyTable;
import educheck.checker.load.RuleFiles;
import educheck.generator.Generator;
import educheck.store.Archive;
import educheck.store.DistrictHistory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the archive costs (issue 15): for N generated districts, the time {@code --archive} adds to
 * {@code educheck check} through the launcher, and the archive's size, into embedded H2 and into PostgreSQL (when
 * {@code EDUCHECK_BENCH_PG_URL} or {@code EDUCHECK_TEST_PG_URL} names a server: .ci/postgres starts one); then,
 * on an archive holding YEARS runs of the N districts (one per year), how long {@code history} of one district
 * takes in process (median of 21 after 5 warm-up queries).
 *
 * <p>{@code benchmarks/archive [--districts N] [--years Y] [--archives h2,postgresql] [--educheck LAUNCHER]} from
 * the repository root; defaults 2843, 5, both, and this checkout's {@code ./educheck} (another checkout's launcher
 * measures its build against this one on the same data).
 */
public final class ArchiveBenchmark {

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path repo = Path.of(".").toAbsolutePath().normalize();
        int districts = 2843;
        int years = 5;
        List<String> databases = List.of("h2", "postgresql");
        Path educheck = repo.resolve("educheck");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--districts" -> districts = Integer.parseInt(args[i + 1]);
                case "--years" -> years = Integer.parseInt(args[i + 1]);
                case "--archives" -> databases = List.of(args[i + 1].split(","));
                case "--educheck" -> educheck = Path.of(args[i + 1]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createDirectories(repo.resolve("benchmarks/target/work/archive-" + districts));
        Map<String, String> counties = CountyTable.of(RuleFiles.bundled()).under("");
        List<Path> files = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            Path file = work.resolve("districts-" + (2020 + y) + ".xml");
            if (!Files.exists(file)) {
                new Generator(1, 2020 + y, counties).write(districts, file);
            }
            files.add(file);
        }
        String pg = System.getenv().getOrDefault("EDUCHECK_BENCH_PG_URL", System.getenv("EDUCHECK_TEST_PG_URL"));
        out.printf("## Archive: %d districts, %d years%n%n", districts, years);
        Machine.describe(out);
        out.println();
        out.printf("- launcher timed: %s%n%n", educheck);
        double[] plain = check(educheck, files.get(0), work, null);
        out.printf("| run | wall s | added by --archive | CPU s (user+sys) | peak RSS | archive size | load (1 min) after |%n"
                + "|---|---|---|---|---|---|---|%n");
        out.printf(Locale.ROOT, "| check, no archive | %.1f | | %.1f | %.0f MB | | %s |%n", plain[0], plain[1], plain[2], load());
        List<String> locations = new ArrayList<>();
        Path h2 = work.resolve("h2");
        deleteTree(h2);
        if (databases.contains("h2")) {
            locations.add(h2.toString());
        }
        if (pg != null && databases.contains("postgresql")) {
            String schema = "bench" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            locations.add(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }
        for (String location : locations) {
            String name = location.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
            for (int y = 0; y < years; y++) {
                double[] t = check(educheck, files.get(y), work, location);
                out.printf(Locale.ROOT, "| check --archive (%s), year %d | %.1f | %+.1f s (%+.0f %%) | %.1f | %.0f MB | %s | %s |%n",
                        name, y + 1, t[0], t[0] - plain[0], 100 * (t[0] - plain[0]) / plain[0], t[1], t[2], size(location), load());
            }
        }
        out.printf("%n| history of one district over %d years | median ms | slowest ms |%n|---|---|---|%n", years);
        for (String location : locations) {
            String name = location.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
            try (Archive archive = Archive.open(location)) {
                String code = archive.history(firstCode(files.get(0)), null).code();
                double[] ms = new double[21];
                for (int i = -5; i < ms.length; i++) {
                    long start = System.nanoTime();
                    DistrictHistory h = archive.history(code, null);
                    if (h.years().size() != years) {
                        throw new IllegalStateException(code + " has " + h.years().size() + " years, not " + years);
                    }
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(ms);
                out.printf(Locale.ROOT, "| %s (district %s, all indicators) | %.1f | %.1f |%n", name, code, ms[ms.length / 2], ms[ms.length - 1]);
            }
        }
    }

    /**
     * Wall seconds, CPU seconds (user + system, every thread of the launcher and its JVM; NaN without /usr/bin/time)
     * and peak RSS in MB of {@code educheck check FILE --output …} (with {@code --archive LOCATION} when given). CPU is
     * the figure to compare on a shared machine: other processes stretch wall time far more than they add CPU.
     */
    private static double[] check(Path educheck, Path file, Path work, String location) throws IOException, InterruptedException {
        Path cpu = work.resolve("cpu.txt");
        Files.deleteIfExists(cpu);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            command.addAll(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", cpu.toString()));
        }
        command.addAll(List.of(educheck.toString(), "check", file.toString(), "--output", work.resolve("report.txt").toString()));
        if (location != null) {
            command.addAll(List.of("--archive", location));
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("console.txt").toFile()).start();
        int exit = p.waitFor();
        if (exit > 1) {
            throw new IllegalStateException("check exited " + exit + ": " + Files.readString(work.resolve("console.txt")));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (!Files.exists(cpu)) {
            return new double[] {wall, Double.NaN, Double.NaN};
        }
        // The last line: /usr/bin/time first says "Command exited with non-zero status 1" when some district fails.
        List<String> lines = Files.readAllLines(cpu);
        String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
        return new double[] {wall, Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Long.parseLong(f[2]) / 1024.0};
    }

    private static String size(String location) throws Exception {
        if (!location.startsWith("jdbc:")) {
            try (Stream<Path> files = Files.walk(Path.of(location))) {
                return mb(files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum());
            }
        }
        try (Connection c = DriverManager.getConnection(location); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
            r.next();
            return mb(r.getLong(1));
        }
    }

    /** The 1-minute load average: the machine is shared, and a figure means little without it. */
    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    private static String firstCode(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            String line = lines.filter(l -> l.contains("<district ")).findFirst().orElseThrow();
            int at = line.indexOf("code=\"") + 6;
            return line.substring(at, line.indexOf('"', at));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
