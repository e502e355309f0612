package educheck.checker.render;

import educheck.checker.run.SampleChecks;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.ReportStream;
import educheck.checker.report.RunInfo;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * How long the html report of one district takes to render, the check done once beforehand: the report page of
 * {@code check --format html} and of the web's run page. {@code main [renders] [sample]}: 1000 renders of the failing
 * sample by default, after as many to warm up, five rounds, in Chinese. Used for docs/benchmarks.md's "Templates"
 * (the same file compiled against the string-built report of b0c43c0^ gives the figures before templates).
 */
public final class ReportRenderTiming {

    private ReportRenderTiming() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path file = args.length > 1 ? Path.of(args[1]) : SampleChecks.FAILING;
        SampleChecks.Run run = SampleChecks.check(file);
        RunInfo info = RunInfo.of(SampleChecks.rules());
        for (int round = 0; round < 5; round++) {
            long chars = 0;
            for (int i = 0; i < n; i++) {
                chars += render(run, info).length();
            }
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                chars += render(run, info).length();
            }
            long ns = System.nanoTime() - t;
            System.out.printf("html report, %s: %d renders in %.1f ms, %.1f µs each (%d chars)%n", file.getFileName(), n, ns / 1e6,
                    ns / 1e3 / n, chars / (2L * n));
        }
    }

    private static String render(SampleChecks.Run run, RunInfo info) throws java.io.IOException {
        StringWriter out = new StringWriter(1 << 16);
        ReportStream s = Formats.byName("html").open(out, info, RenderOptions.plain(RenderOptions.Lang.ZH));
        for (DistrictReport d : run.districts()) {
            s.district(d);
        }
        s.finish(run.outcome());
        return out.toString();
    }
}
