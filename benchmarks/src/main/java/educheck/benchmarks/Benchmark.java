package educheck.benchmarks;

import educheck.checker.load.CountyTable;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.generator.Generator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark harness: one command that prints the table in docs/benchmarks.md.
 *
 * <ol>
 *   <li>the national data set (generated) checked end to end through the {@code educheck} launcher, with a 2 GB
 *       heap: wall time, districts/s, schools/s, peak heap;</li>
 *   <li>educheck's checker against a plain-Java evaluator of the national standards on the same districts in the
 *       same run, after asserting they agree on every district;</li>
 *   <li>cold single-district {@code educheck check} latency against {@code java -version};</li>
 *   <li>end-to-end time for N, 2N and 4N districts.</li>
 * </ol>
 *
 * Run it with {@code benchmarks/run} from the repository root (see docs/benchmarks.md for the options).
 */
public final class Benchmark {

    private final Options o;
    private final PrintStream out;
    private final Map<String, String> counties;
    private final List<String> notes = new ArrayList<>();
    private final Targets targets = new Targets();

    Benchmark(Options options, PrintStream out) throws Exception {
        this.o = options;
        this.out = out;
        this.counties = CountyTable.of(RuleFiles.bundled()).under("");
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options = Options.parse(args);
        new Benchmark(options, out).run();
    }

    void run() throws Exception {
        Files.createDirectories(o.work);
        Launcher launcher = new Launcher(o.repo);
        out.println("# educheck benchmark");
        out.println();
        Machine.describe(out);
        out.printf("- data: `educheck generate --seed %d` (synthetic; district codes under real GB/T 2260 prefixes)%n", o.seed);
        out.printf("- command: `benchmarks/run %s`%n%n", String.join(" ", o.args.subList(2, o.args.size())).trim());

        if (o.national) {
            Generator.Summary data = dataset(o.districts);
            // One run on a shared virtual machine can be off by 15 %: the median of several, with the spread shown.
            List<Launcher.Timed> runs = new ArrayList<>();
            for (int i = 0; i < o.nationalRuns; i++) {
                runs.add(launcher.check(data.files().get(0).getParent(), o.work.resolve("national-report.txt"), o.heap));
            }
            runs.sort(Comparator.comparingDouble(Launcher.Timed::seconds));
            Launcher.Timed run = runs.get(runs.size() / 2);
            out.println("## 1. National data set, end to end");
            out.println();
            out.printf("`./educheck check DIR --output FILE` over %d province files, `-Xmx%s`, text report, median of %d runs (fastest "
                    + "to slowest in brackets); CPU is user + system time of the whole process (all threads, JIT and GC "
                    + "included) in the median run.%n%n", data.files().size(), o.heap, runs.size());
            out.println("| districts | schools | kindergartens | input | wall | CPU | districts/s | schools/s | peak heap | exit |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.0f MB | %.1f s (%.1f–%.1f) | %.1f s | %.0f | %,.0f | %s of %s | %d |%n%n",
                    data.districts(), data.schools(), data.kindergartens(), data.bytes() / 1e6, run.seconds(), runs.get(0).seconds(),
                    runs.get(runs.size() - 1).seconds(), run.cpuSeconds(), data.districts() / run.seconds(),
                    data.schools() / run.seconds(), run.peakHeap(), o.heap, run.exitCode());
            if (data.districts() == new Generator(o.seed, 2024, counties).countryDistricts()) {
                String measured = String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU", run.seconds(), run.cpuSeconds());
                targets.atMost("national set ≤ 8 s wall", run.seconds(), 8, measured);
                targets.atMost("national set ≤ 15 s CPU", run.cpuSeconds(), 15, measured);
            }
        }

        if (o.compare > 0) {
            Generator.Summary data = dataset(o.compare);
            EngineVsPlain.Result r = new EngineVsPlain(new DistrictChecker(RuleSet.bundled()).judgedAs("CN")).run(data.files(), o.warmUp);
            out.println("## 2. educheck against a plain-Java evaluator of the national standards");
            out.println();
            out.printf("Same %,d districts, one thread, CPU time of that thread; %d more districts first, untimed, to warm both up. "
                    + "educheck judges every district by the national rule set alone (`judgedAs(\"CN\")`), as the plain evaluator does. "
                    + "Both agreed on the MoE-2017 and MoE-2020 verdict and on the status of every national finding of every district. "
                    + "*Rules* is the engine's session alone (`DistrictChecker.assess`: the findings and verdicts, what the plain "
                    + "evaluator makes too); *check* is the whole `DistrictChecker.check`, which also sorts the findings into "
                    + "catalogue order, names each one's rule file and works out the rectification list.%n%n",
                    r.districts(), r.warmUp());
            out.println("| districts | national findings | plain Java | educheck rules | educheck check | per district: plain / rules / check | rules ÷ plain | check ÷ plain |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| %,d | %,d | %.2f s | %.2f s | %.2f s | %.2f / %.2f / %.2f ms | %.1f× | %.1f× |%n%n", r.districts(),
                    r.findings(), r.plainCpuSeconds(), r.rulesCpuSeconds(), r.educheckCpuSeconds(),
                    1000 * r.plainCpuSeconds() / r.districts(), 1000 * r.rulesCpuSeconds() / r.districts(),
                    1000 * r.educheckCpuSeconds() / r.districts(), r.rulesRatio(), r.ratio());
            targets.atMost("engine session ≤ 2.0× plain Java", r.rulesRatio(), 2.0, String.format(Locale.ROOT, "%.1f× (%,d districts)",
                    r.rulesRatio(), r.districts()));
            targets.atMost("whole check ≤ 2.5× plain Java", r.ratio(), 2.5, String.format(Locale.ROOT, "%.1f×", r.ratio()));
        }

        if (o.runs > 0) {
            Path sample = o.repo.resolve("samples/passing-320583-kunshan.xml");
            launcher.check(sample, o.work.resolve("warm.txt"), null);
            Launcher.Latency check = launcher.latency(o.runs, "check", sample.toString());
            Launcher.Latency java = launcher.javaVersion(o.runs);
            out.println("## 3. Cold single-district check");
            out.println();
            out.printf("Median of %d runs each; `./educheck check samples/passing-320583-kunshan.xml` (154 schools and kindergartens, "
                    + "1,600 findings), the launcher's own JVM options, report to a file.%n%n", o.runs);
            out.println("| command | median wall | min | max | CPU (user+sys) median |");
            out.println("|---|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| `educheck check` one district | %.2f s | %.2f s | %.2f s | %.2f s |%n", check.median(), check.min(), check.max(), check.cpuMedian());
            out.printf(Locale.ROOT, "| `java -version` | %.2f s | %.2f s | %.2f s | %.2f s |%n", java.median(), java.min(), java.max(), java.cpuMedian());
            out.printf(Locale.ROOT, "| ratio | %.1f× | | | %.1f× |%n%n", check.median() / java.median(), check.cpuMedian() / java.cpuMedian());
            targets.atMost("cold single-district check ≤ 0.5 s wall", check.median(), 0.5, String.format(Locale.ROOT,
                    "%.2f s (%.2f–%.2f), %.2f s CPU", check.median(), check.min(), check.max(), check.cpuMedian()));
        }

        if (o.scaling > 0) {
            out.println("## 4. Growth with district count");
            out.println();
            out.println("End to end through the launcher as in 1, each set generated with the same seed.");
            out.println();
            out.println("| districts | schools | wall | CPU | CPU per district | districts/s | CPU per district vs N |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|");
            double base = 0;
            for (int k : new int[] {1, 2, 4}) {
                int n = o.scaling * k;
                Generator.Summary data = dataset(n);
                Launcher.Timed run = launcher.check(data.files().get(0).getParent(), o.work.resolve("scale-report.txt"), o.heap);
                double perDistrict = run.cpuSeconds() / n;
                base = base == 0 ? perDistrict : base;
                out.printf(Locale.ROOT, "| %,d | %,d | %.1f s | %.1f s | %.1f ms | %.0f | %.2f |%n", n, data.schools(), run.seconds(),
                        run.cpuSeconds(), 1000 * perDistrict, n / run.seconds(), perDistrict / base);
            }
            out.println();
        }
        if (o.workbooks > 0) {
            WorkbookBench.run(new Launcher(o.repo), dataset(o.workbooks), o.work, o.heap, o.workbookRuns, out, targets);
        }
        if (o.compileRuns > 0) {
            CompileBench.run(launcher, o.compileRuns, o.work, out);
        }
        if (o.archiveYears > 0) {
            ArchiveBenchmark.run(o.repo, o.repo.resolve("educheck"), o.archiveDistricts, o.archiveYears, ArchiveBenchmark.DATABASES,
                    o.work, out, targets);
        }
        targets.print(out);
        Machine.load(out);
        notes.forEach(out::println);
    }

    /**
     * A generated data set in its own folder (one file per province). Generating is deterministic, so a folder
     * finished before (it has its summary file) is the same data and is reused.
     */
    private Generator.Summary dataset(int districts) throws IOException {
        Generator generator = new Generator(o.seed, 2024, counties);
        int n = Math.min(districts, generator.countryDistricts());
        Path dir = o.work.resolve("data-seed" + o.seed + "-" + n);
        Path done = dir.resolve("summary.txt");
        if (Files.exists(done)) {
            String[] f = Files.readString(done).trim().split(" ");
            List<Path> files;
            try (var list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
            return new Generator.Summary(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), files, Long.parseLong(f[4]));
        }
        Generator.Summary s = generator.write(n, dir);
        Files.writeString(done, s.districts() + " " + s.schools() + " " + s.sections() + " " + s.kindergartens() + " " + s.bytes());
        return s;
    }

    /** Command-line options of the harness. */
    record Options(List<String> args, Path repo, Path work, long seed, int districts, boolean national, int compare, int warmUp,
                   int runs, int scaling, String heap, int nationalRuns, int workbooks, int workbookRuns, int compileRuns,
                   int archiveDistricts, int archiveYears) {

        static Options parse(String[] args) {
            Path repo = Path.of(".").toAbsolutePath().normalize();
            Path work = repo.resolve("benchmarks/target/work");
            long seed = 1;
            int districts = Integer.MAX_VALUE;
            boolean national = true;
            int compare = Integer.MAX_VALUE;
            int warmUp = 300;
            int runs = 7;
            int scaling = 700;
            String heap = "2g";
            int nationalRuns = 3;
            int workbooks = Integer.MAX_VALUE;
            int workbookRuns = 3;
            int compileRuns = 4;
            int archiveDistricts = Integer.MAX_VALUE;
            int archiveYears = 5;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
                    case "--work" -> work = Path.of(args[++i]).toAbsolutePath().normalize();
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--districts" -> districts = Integer.parseInt(args[++i]);
                    case "--no-national" -> national = false;
                    case "--compare" -> compare = Integer.parseInt(args[++i]);
                    case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--scaling" -> scaling = Integer.parseInt(args[++i]);
                    case "--heap" -> heap = args[++i];
                    case "--national-runs" -> nationalRuns = Math.max(1, Integer.parseInt(args[++i]));
                    case "--workbooks" -> workbooks = Integer.parseInt(args[++i]);
                    case "--workbook-runs" -> workbookRuns = Math.max(1, Integer.parseInt(args[++i]));
                    case "--compile-runs" -> compileRuns = Integer.parseInt(args[++i]);
                    case "--archive-districts" -> archiveDistricts = Integer.parseInt(args[++i]);
                    case "--archive-years" -> archiveYears = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a + "; see docs/benchmarks.md");
                }
            }
            return new Options(List.of(args), repo, work, seed, districts, national, compare, warmUp, runs, scaling, heap, nationalRuns, workbooks, workbookRuns, compileRuns,
                    archiveDistricts, archiveYears);
        }
    }
}
