package educheck.benchmarks;

import educheck.generator.Generator;
import educheck.model.io.InputError;
import educheck.model.io.SubmissionConverter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Table 5: the national set read as workbooks (one per province, made by {@code educheck convert}) against the same
 * set as XML, end to end through the launcher, in turn; and one workbook whose school sheet has 200,000 rows, checked with
 * a 512 MB heap.
 */
final class WorkbookBench {

    static final int BIG_SHEET_SCHOOLS = 200_000;

    private WorkbookBench() {
    }

    static void run(Launcher launcher, Generator.Summary data, Path work, String heap, int runs, PrintStream out,
                    Targets targets) throws IOException, InterruptedException {
        Path xmlDir = data.files().get(0).getParent();
        Path xlsxDir = work.resolve(xmlDir.getFileName() + "-xlsx");
        Files.createDirectories(xlsxDir);
        long start = System.nanoTime();
        long xlsxBytes = 0;
        for (Path xml : data.files()) {
            Path xlsx = xlsxDir.resolve(xml.getFileName().toString().replace(".xml", ".xlsx"));
            if (!Files.exists(xlsx)) {
                convert(xml, xlsx);
            }
            xlsxBytes += Files.size(xlsx);
        }
        double convertSeconds = (System.nanoTime() - start) / 1e9;
        // In turn, ABBA: on this machine the second run of a pair tends to be the slower, so each input goes second
        // in half the pairs.
        List<Launcher.Timed> asXml = new ArrayList<>();
        List<Launcher.Timed> asXlsx = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (boolean xml : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                if (xml) {
                    asXml.add(launcher.check(xmlDir, work.resolve("wb-xml-report.txt"), heap));
                } else {
                    asXlsx.add(launcher.check(xlsxDir, work.resolve("wb-xlsx-report.txt"), heap));
                }
            }
        }
        boolean same = Files.mismatch(work.resolve("wb-xml-report.txt"), work.resolve("wb-xlsx-report.txt")) < 0
                || sameButFileNames(work.resolve("wb-xml-report.txt"), work.resolve("wb-xlsx-report.txt"));

        out.println("## 5. Workbooks (xlsx) against XML");
        out.println();
        out.printf(Locale.ROOT, "The set of 1 as %d province workbooks made by `educheck convert` (%.0f MB of xlsx against %.0f MB of XML; "
                + "converting all took %.0f s in one JVM, or the workbooks were reused), each checked end to end as in 1, %d runs each "
                + "in turn (ABBA), `-Xmx%s`; medians, with the fastest and slowest run. The reports %s.%n%n", data.files().size(),
                xlsxBytes / 1e6, data.bytes() / 1e6, convertSeconds, runs, heap,
                same ? "were identical but for the file names" : "DIFFERED (see benchmarks/target/work/wb-*-report.txt)");
        out.println("| input | districts | schools | wall | CPU | schools/s | peak heap | exit |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        Launcher.Latency fromXml = row(out, "XML", data, asXml, heap);
        Launcher.Latency fromXlsx = row(out, "xlsx", data, asXlsx, heap);
        out.println();
        double cpu = fromXlsx.cpuMedian() / fromXml.cpuMedian();
        double heapRatio = (double) medianHeap(asXlsx) / medianHeap(asXml);
        out.printf(Locale.ROOT, "Workbooks against XML, medians: **%.2f× the CPU**, %.2f× the wall time, **%.2f× the peak heap** "
                + "(issue 28's targets: within 1.2× the CPU and the peak heap).%n%n", cpu, fromXlsx.median() / fromXml.median(), heapRatio);
        targets.atMost("workbook input ≤ 1.2× XML CPU", cpu, 1.2, String.format(Locale.ROOT, "%.2f× (%.1f s against %.1f s)",
                cpu, fromXlsx.cpuMedian(), fromXml.cpuMedian()));
        targets.atMost("workbook peak heap ≤ 1.2× XML's", heapRatio, 1.2, String.format(Locale.ROOT, "%.2f× (%d MB against %d MB)",
                heapRatio, medianHeap(asXlsx), medianHeap(asXml)));

        Path big = work.resolve("big-school-sheet.xlsx");
        if (!Files.exists(big)) {
            Path xml = work.resolve("big-school-sheet.xml");
            writeBigSheet(xml);
            convert(xml, big);
            Files.delete(xml);
        }
        Launcher.Timed run = launcher.check(big, work.resolve("big-report.txt"), "512m");
        out.printf(Locale.ROOT, "One workbook with %,d rows in its school sheet (and as many in its section sheet; 100 districts of "
                + "2,000 primary schools), %.0f MB, `./educheck check` with `-Xmx512m`: %.1f s wall, %.1f s CPU, peak heap %s, exit %d.%n%n",
                BIG_SHEET_SCHOOLS, Files.size(big) / 1e6, run.seconds(), run.cpuSeconds(), run.peakHeap(), run.exitCode());
    }

    private static Launcher.Latency row(PrintStream out, String kind, Generator.Summary data, List<Launcher.Timed> runs, String heap) {
        Launcher.Latency t = new Launcher.Latency(runs.stream().mapToDouble(Launcher.Timed::seconds).toArray(),
                runs.stream().mapToDouble(Launcher.Timed::cpuSeconds).toArray());
        Launcher.Latency heaps = new Launcher.Latency(runs.stream().mapToDouble(Launcher.Timed::peakHeapMb).toArray(), new double[0]);
        out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f s (%.1f–%.1f) | %.1f s (%.1f–%.1f) | %,.0f | %d MB (%.0f–%.0f) of %s | %d |%n",
                kind, data.districts(), data.schools(), t.median(), t.min(), t.max(), t.cpuMedian(), t.cpuMin(), t.cpuMax(),
                data.schools() / t.median(), medianHeap(runs), heaps.min(), heaps.max(), heap, runs.get(0).exitCode());
        return t;
    }

    /** The median of the runs' peak heaps (largest heap before a collection), MB. */
    private static long medianHeap(List<Launcher.Timed> runs) {
        return Math.round(new Launcher.Latency(runs.stream().mapToDouble(Launcher.Timed::peakHeapMb).toArray(), new double[0]).median());
    }

    private static boolean sameButFileNames(Path a, Path b) throws IOException {
        return strip(Files.readAllLines(a)).equals(strip(Files.readAllLines(b)));
    }

    private static List<String> strip(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\\S+\\.(xml|xlsx)", "FILE")).toList();
    }

    private static void convert(Path from, Path to) throws IOException {
        try (OutputStream o = Files.newOutputStream(to)) {
            List<InputError> errors = SubmissionConverter.convert(from, SubmissionConverter.Format.XLSX, o);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(from + " does not convert: " + errors.get(0));
            }
        }
    }

    /** 100 districts of 2,000 plain primary schools, one section each: the school sheet of a large province. */
    private static void writeBigSheet(Path xml) throws IOException {
        try (Writer w = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n");
            int perDistrict = BIG_SHEET_SCHOOLS / 100;
            for (int d = 0; d < 100; d++) {
                w.write("<district code=\"" + (510100 + d) + "\" name=\"区" + d + "\"><teacherSalaryRatio>1.02</teacherSalaryRatio>\n");
                for (int s = 0; s < perDistrict; s++) {
                    int students = 200 + (s * 37 + d) % 900;
                    w.write("<school id=\"S" + s + "\" name=\"第" + s + "小学\" type=\"PRIMARY\" location=\"RURAL\" boarding=\"false\">"
                            + "<section level=\"PRIMARY\" students=\"" + students + "\" classes=\"" + (students / 40 + 1)
                            + "\" largestClass=\"45\" teachers=\"" + (students / 15) + "\" teachersAboveDegree=\"" + (students / 20)
                            + "\" teachingArea=\"" + students * 4.6 + "\" sportsArea=\"" + students * 7.5 + "\"/></school>\n");
                }
                w.write("</district>\n");
            }
            w.write("</submission>\n");
        }
    }
}
