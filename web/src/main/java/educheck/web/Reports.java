package educheck.web;

import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.render.ReportStream;
import educheck.checker.report.DistrictReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** A run written out in any report format, exactly as {@code educheck check --format F} writes it. */
final class Reports {

    /** Format → file extension and content type of its download. */
    static final Map<String, String[]> DOWNLOADS = Map.of(
            "html", new String[] {"html", "text/html; charset=utf-8"},
            "json", new String[] {"json", "application/json; charset=utf-8"},
            "csv", new String[] {"csv", "text/csv; charset=utf-8"},
            "xml", new String[] {"xml", "application/xml; charset=utf-8"},
            "text", new String[] {"txt", "text/plain; charset=utf-8"},
            "rectification", new String[] {"rectification.csv", "text/csv; charset=utf-8"});

    static final List<String> ORDER = List.of("html", "json", "csv", "xml", "text", "rectification");

    private Reports() {
    }

    static void write(CheckedRun run, String format, boolean zh, Writer out) throws IOException {
        ReportStream stream = Formats.byName(format).open(out, run.info(), RenderOptions.plain(zh ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        for (DistrictReport d : run.districts()) {
            stream.district(d);
        }
        stream.finish(run.outcome());
        out.flush();
    }

    static String render(CheckedRun run, String format, boolean zh) {
        StringWriter out = new StringWriter(1 << 16);
        try {
            write(run, format, zh, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
