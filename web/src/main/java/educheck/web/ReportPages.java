package educheck.web;

import educheck.checker.render.SiteAssets;
import educheck.store.Uploads;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** The runs list (runs.jte), a run's report (the html report itself, framed by the site: report-frame.jte) and its downloads. */
final class ReportPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final RunArchive archive;

    ReportPages(RunArchive archive) {
        this.archive = archive;
    }

    /** A run in the runs list (runs.jte): its link, time, file, uploader and each district with its verdict. */
    record RunRow(Layout.Link run, String time, String file, String user, List<RunDistrict> districts) {
    }

    record RunDistrict(String status, String label, Layout.Link link) {
    }

    void runs(Context ctx) throws IOException {
        Words w = Layout.words(ctx);
        List<RunRow> rows = new ArrayList<>();
        for (Uploads.Upload r : ReadAccess.runs(ctx, archive, 200)) {
            List<RunDistrict> districts = new ArrayList<>();
            for (Uploads.District d : r.districts()) {
                districts.add(new RunDistrict(d.verdict(), Layout.word(ctx, d.verdict()),
                        new Layout.Link("/districts/" + d.code(), d.code() + " " + d.name() + " " + d.year())));
            }
            rows.add(new RunRow(new Layout.Link("/runs/" + r.runId(), String.valueOf(r.runId())), TIME.format(r.at()), r.fileName(),
                    uploader(w, r), districts));
        }
        List<String> columns = new ArrayList<>();
        for (String col : List.of("col.run", "col.time", "col.file", "col.user", "col.districts")) {
            columns.add(w.get(col));
        }
        Layout.Frame frame = Layout.frame(ctx, w.get("runs.title"));
        Layout.send(ctx, out -> JterunsGenerated.render(out, null, frame, columns, rows));
    }

    /** Who uploaded a run as a page shows it: the account, or nobody (the command line, or a server without accounts). */
    static String uploader(Words w, Uploads.Upload run) {
        return run.user() == null ? w.get("runs.nobody") : run.user();
    }

    /**
     * A run's report: the html of {@code --format html} with the site's bar, the downloads, and its script served as a
     * file. A run of one district shows it whole; a run of more shows a summary (each district's verdict, the roll-ups)
     * with a page per district, so a national run is not one page of millions of elements.
     */
    void report(Context ctx) throws IOException {
        Uploads.Upload run = find(ctx);
        if (run.districts().size() <= 1) {
            framed(ctx, run, null, null, null);
        } else {
            framed(ctx, run, java.util.Set.of(), null, summary(ctx, run));
        }
    }

    /** GET /runs/{id}/districts/{code}: one district of a run, as the report shows it. */
    void district(Context ctx) throws IOException {
        Uploads.Upload run = find(ctx);
        String code = DistrictPages.code(ctx);
        if (run.districts().stream().noneMatch(d -> d.code().equals(code))) {
            throw new Refusal(404, "error.notFound");
        }
        Words w = Layout.words(ctx);
        framed(ctx, run, java.util.Set.of(code), new Layout.Link("/runs/" + run.runId(), w.format("report.back", run.runId())), null);
    }

    /** Every district of a run with its verdict and a link to its page (report-frame.jte). */
    record Summary(String title, List<SummaryRow> rows) {
    }

    record SummaryRow(Layout.Link page, int year, String status, String label, Layout.Link history) {
    }

    private static Summary summary(Context ctx, Uploads.Upload run) {
        Words w = Layout.words(ctx);
        List<SummaryRow> rows = new ArrayList<>();
        for (Uploads.District d : run.districts()) {
            rows.add(new SummaryRow(new Layout.Link("/runs/" + run.runId() + "/districts/" + d.code(), d.code() + " " + d.name()), d.year(),
                    d.verdict(), Layout.word(ctx, d.verdict()), new Layout.Link("/districts/" + d.code(), w.get("report.history"))));
        }
        return new Summary(w.format("report.districts", run.districts().size()), rows);
    }

    /** What the site writes above a run's report (report-frame.jte): the downloads, who uploaded what, the histories. */
    record Downloads(List<Layout.Link> files, String time, String uploader, String file, String sha256, List<Layout.Link> history) {
    }

    /**
     * The run's html with {@code codes} only (null: all), framed by the site: its head, its bar and the downloads,
     * then {@code back} (a link back to the run) or {@code summary}, either may be null.
     */
    private void framed(Context ctx, Uploads.Upload run, java.util.Set<String> codes, Layout.Link back, Summary summary) throws IOException {
        Words w = Layout.words(ctx);
        StringWriter out = new StringWriter(1 << 16);
        if (codes == null) {
            archive.render(run.runId(), "html", w.zh(), out);
        } else {
            archive.render(run.runId(), "html", w.zh(), codes, out);
        }
        List<Layout.Link> files = new ArrayList<>();
        for (String f : Reports.ORDER) {
            String label = f.equals("rectification") ? w.get("report.rectification") : f.toUpperCase(Locale.ROOT);
            files.add(new Layout.Link("/runs/" + run.runId() + "/download/" + f, label));
        }
        List<Layout.Link> history = new ArrayList<>();
        for (Uploads.District d : run.districts()) {
            if (codes == null || codes.contains(d.code()) || run.districts().size() <= 20) {
                history.add(new Layout.Link("/districts/" + d.code(), d.code() + " " + d.name()));
            }
        }
        Downloads downloads = new Downloads(files, TIME.format(run.at()), uploader(w, run), run.fileName(), run.sha256(), history);
        String extra = Layout.html(o -> JtereportframeGenerated.render(o, null, w, downloads, back, summary));
        // The report is the html report's own templates (checker/src/main/jte), as check --format html writes it: the
        // site adds its head, its bar and the part above, and serves the report's script as a file.
        String html = out.toString().replace(SiteAssets.scriptElement(), "<script src=\"/assets/report.js\"></script>")
                .replaceFirst("</head>", Matcher.quoteReplacement(Layout.SITE_HEAD + "</head>"))
                .replaceFirst("<body>\n<main>\n", Matcher.quoteReplacement("<body>\n" + Layout.nav(ctx) + "<main>\n" + extra));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    /** A run in any format, streamed as it is read back from the archive. */
    void download(Context ctx) throws IOException {
        Uploads.Upload run = find(ctx);
        String format = ctx.pathParam("format");
        String[] kind = Reports.DOWNLOADS.get(format);
        if (kind == null) {
            throw new Refusal(404, "error.format");
        }
        ctx.contentType(kind[1]);
        ctx.header("Content-Disposition", "attachment; filename=\"educheck-run-" + run.runId() + "." + kind[0] + "\"");
        stream(ctx, run.runId(), format, Layout.words(ctx).zh());
    }

    void stream(Context ctx, long runId, String format, boolean zh) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        archive.render(runId, format, zh, out);
        out.flush();
    }

    private Uploads.Upload find(Context ctx) throws IOException {
        return ReadAccess.run(ctx, archive.run(ctx.pathParam("id")).orElseThrow(() -> new Refusal(404, "error.notFound")));
    }
}
