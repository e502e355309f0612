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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the archive costs (issues 15 and 28): for N generated districts, the time {@code --archive} adds to
 * {@code educheck check} through the launcher, its CPU (the process's, and for PostgreSQL the server's too), its peak
 * RSS and the archive's size, into the embedded archive (SQLite) and into PostgreSQL (when {@code EDUCHECK_BENCH_PG_URL}
 * or {@code EDUCHECK_TEST_PG_URL} names a server: .ci/postgres starts one, and {@code benchmarks/run} does so itself);
 * then, on an archive holding YEARS runs of the N districts (one per year), how long {@code history} of one district
 * takes in process (median of 21 after 5 warm-up queries).
 *
 * <p>{@code benchmarks/archive [--districts N] [--years Y] [--archives sqlite,postgresql] [--educheck LAUNCHER]} from
 * the repository root; defaults 2843, 5, both, and this checkout's {@code ./educheck} (another checkout's launcher
 * measures its build against this one on the same data). {@code benchmarks/run} runs the same as its last section.
 */
public final class ArchiveBenchmark {

    static final List<String> DATABASES = List.of("sqlite", "postgresql");
    /** Clock ticks a second in /proc/PID/stat: 100 on every Linux this runs on. */
    private static final double TICKS = 100;

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path repo = Path.of(".").toAbsolutePath().normalize();
        int districts = 2843;
        int years = 5;
        List<String> databases = DATABASES;
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
        Machine.describe(out);
        out.println();
        Targets targets = new Targets();
        run(repo, educheck, districts, years, databases, repo.resolve("benchmarks/target/work"), out, targets);
        targets.print(out);
    }

    static void run(Path repo, Path educheck, int districts, int years, List<String> databases, Path workRoot, PrintStream out,
                    Targets targets) throws Exception {
        Map<String, String> counties = CountyTable.of(RuleFiles.bundled()).under("");
        int n = Math.min(districts, new Generator(1, 2020, counties).countryDistricts());
        Path work = Files.createDirectories(workRoot.resolve("archive-" + n));
        List<Path> files = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            Path file = work.resolve("districts-" + (2020 + y) + ".xml");
            if (!Files.exists(file)) {
                new Generator(1, 2020 + y, counties).write(n, file);
            }
            files.add(file);
        }
        String pg = System.getenv().getOrDefault("EDUCHECK_BENCH_PG_URL", System.getenv("EDUCHECK_TEST_PG_URL"));
        out.printf("## 7. Archive: %,d districts, %d years%n%n", n, years);
        out.printf("Each year's file (`educheck generate --seed 1`, years 2020–%d) checked with `--archive` through the launcher "
                + "(`%s`), one after another into one archive; *added* is against the same check of the first year without "
                + "an archive. CPU is the process's (user + system, all threads); for PostgreSQL, + the server's (its "
                + "processes' CPU over the run, from /proc). Peak RSS of the process. Then `history` of one district, in "
                + "process, on the archive of all %d years: median and slowest of 21 after 5 untimed.%n%n", 2019 + years,
                educheck, years);
        double[] plain = check(educheck, files.get(0), work, null, null);
        out.printf("| run | wall s | added by --archive | CPU s | peak RSS | archive size | load (1 min) after |%n"
                + "|---|---|---|---|---|---|---|%n");
        out.printf(Locale.ROOT, "| check, no archive | %.1f | | %.1f | %.0f MB | | %s |%n", plain[0], plain[1], plain[2], load());
        List<String> locations = new ArrayList<>();
        Path embedded = work.resolve("sqlite");
        deleteTree(embedded);
        if (databases.contains("sqlite")) {
            locations.add(embedded.toString());
        }
        if (pg != null && databases.contains("postgresql")) {
            String schema = "bench" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            locations.add(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } else if (databases.contains("postgresql")) {
            out.println("| PostgreSQL | not measured: no server (EDUCHECK_BENCH_PG_URL or EDUCHECK_TEST_PG_URL) | | | | | |");
        }
        boolean national = n == new Generator(1, 2020, counties).countryDistricts();
        for (String location : locations) {
            boolean server = location.startsWith("jdbc:postgresql");
            String name = server ? "PostgreSQL" : "SQLite";
            for (int y = 0; y < years; y++) {
                double[] t = check(educheck, files.get(y), work, location, server ? location : null);
                String cpu = server ? String.format(Locale.ROOT, "%.1f + %.1f server", t[1], t[3]) : String.format(Locale.ROOT, "%.1f", t[1]);
                out.printf(Locale.ROOT, "| check --archive (%s), year %d | %.1f | %+.1f s (%+.0f %%) | %s | %.0f MB | %s | %s |%n",
                        name, y + 1, t[0], t[0] - plain[0], 100 * (t[0] - plain[0]) / plain[0], cpu, t[2], size(location), load());
                if (y == 0 && national) {
                    double limit = server ? 10 : 20;
                    targets.atMost(String.format(Locale.ROOT, "archiving the national set adds ≤ %.0f s on %s", limit, name),
                            t[0] - plain[0], limit, String.format(Locale.ROOT, "%+.1f s (%.1f s against %.1f s)", t[0] - plain[0], t[0], plain[0]));
                    targets.atMost("peak RSS ≤ 1.5 GB while archiving on " + name, t[2], 1536,
                            String.format(Locale.ROOT, "%.0f MB", t[2]));
                }
            }
        }
        out.printf("%n| history of one district over %d years | median ms | slowest ms |%n|---|---|---|%n", years);
        for (String location : locations) {
            String name = location.startsWith("jdbc:postgresql") ? "PostgreSQL" : "SQLite";
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
                if (national && years >= 5) {
                    targets.atMost("history of one district on five national years ≤ 50 ms (" + name + ")", ms[ms.length / 2], 50,
                            String.format(Locale.ROOT, "%.1f ms median, %.1f ms slowest", ms[ms.length / 2], ms[ms.length - 1]));
                }
            }
        }
        out.println();
    }

    /**
     * Wall seconds, CPU seconds (user + system, every thread of the launcher and its JVM; NaN without /usr/bin/time),
     * peak RSS in MB of {@code educheck check FILE --output …} (with {@code --archive LOCATION} when given), and the
     * CPU seconds of the PostgreSQL server at {@code server} over the run (0 without one). CPU is the figure to compare
     * on a shared machine: other processes stretch wall time far more than they add CPU.
     */
    private static double[] check(Path educheck, Path file, Path work, String location, String server) throws Exception {
        double serverBefore = server == null ? 0 : serverCpu(server);
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
        double serverSeconds = server == null ? 0 : serverCpu(server) - serverBefore;
        if (!Files.exists(cpu)) {
            return new double[] {wall, Double.NaN, Double.NaN, serverSeconds};
        }
        // The last line: /usr/bin/time first says "Command exited with non-zero status 1" when some district fails.
        List<String> lines = Files.readAllLines(cpu);
        String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
        return new double[] {wall, Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Long.parseLong(f[2]) / 1024.0, serverSeconds};
    }

    /**
     * The CPU seconds the PostgreSQL server at {@code url} has used so far, when it runs on this machine: its postmaster's
     * own, its ended children's (each connection's backend, once closed) and its live children's (the WAL writer, the
     * checkpointer…), from /proc. NaN when not readable.
     */
    private static double serverCpu(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            long postmaster = Long.parseLong(stat(r.getLong(1))[1]);
            String[] own = stat(postmaster);
            // fields after the name: state, ppid, … utime (11), stime (12), cutime (13), cstime (14)
            double seconds = 0;
            for (int i = 11; i <= 14; i++) {
                seconds += Double.parseDouble(own[i]) / TICKS;
            }
            seconds += ProcessHandle.of(postmaster).orElseThrow().children()
                    .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
            return seconds;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** /proc/PID/stat's fields after the command name (which may hold spaces): [0] is the state, [1] the parent. */
    private static String[] stat(long pid) throws IOException {
        String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
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
