package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** The runs list, a run's report (the html report itself, framed by the site) and its downloads. */
final class ReportPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final RunArchive archive;

    ReportPages(RunArchive archive) {
        this.archive = archive;
    }

    void runs(Context ctx) throws IOException {
        Words w = Layout.words(ctx);
        List<Uploads.Upload> runs = ReadAccess.runs(ctx, archive, 200);
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1>" + esc(w.get("runs.title")) + "</h1>\n");
        if (runs.isEmpty()) {
            b.append("<p>").append(esc(w.get("runs.none"))).append("</p>");
        } else {
            b.append("<table id=\"runs\"><thead><tr>");
            for (String col : List.of("col.run", "col.time", "col.file", "col.user", "col.districts")) {
                b.append("<th>").append(esc(w.get(col))).append("</th>");
            }
            b.append("</tr></thead><tbody>\n");
            for (Uploads.Upload r : runs) {
                b.append("<tr><td class=\"id\">").append(Layout.link("/runs/" + r.runId(), String.valueOf(r.runId()))).append("</td><td>")
                        .append(TIME.format(r.at())).append("</td><td class=\"id\">").append(esc(r.fileName())).append("</td><td>")
                        .append(esc(uploader(w, r))).append("</td><td>");
                for (Uploads.District d : r.districts()) {
                    b.append(Layout.badge(ctx, d.verdict())).append(' ')
                            .append(Layout.link("/districts/" + d.code(), d.code() + " " + d.name() + " " + d.year())).append("<br>");
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>");
        }
        Layout.page(ctx, w.get("runs.title"), b.append("</section>").toString());
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
            framed(ctx, run, null, "");
        } else {
            framed(ctx, run, java.util.Set.of(), summary(ctx, run));
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
        framed(ctx, run, java.util.Set.of(code), "<p>" + Layout.link("/runs/" + run.runId(), w.format("report.back", run.runId())) + "</p>");
    }

    /** Every district of a run with its verdict and a link to its page. */
    private static String summary(Context ctx, Uploads.Upload run) {
        Words w = Layout.words(ctx);
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>").append(esc(w.format("report.districts", run.districts().size())))
                .append("</h2><table id=\"run-districts\"><thead><tr><th>").append(esc(w.get("col.districts"))).append("</th><th>")
                .append(esc(w.get("col.year"))).append("</th><th>").append(esc(w.get("col.verdict"))).append("</th><th>")
                .append(esc(w.get("report.history"))).append("</th></tr></thead><tbody>\n");
        for (Uploads.District d : run.districts()) {
            b.append("<tr><td>").append(Layout.link("/runs/" + run.runId() + "/districts/" + d.code(), d.code() + " " + d.name()))
                    .append("</td><td>").append(d.year()).append("</td><td>").append(Layout.badge(ctx, d.verdict())).append("</td><td>")
                    .append(Layout.link("/districts/" + d.code(), w.get("report.history"))).append("</td></tr>\n");
        }
        return b.append("</tbody></table></section>\n").toString();
    }

    /** The run's html with {@code codes} only (null: all), framed by the site; {@code part} follows the downloads. */
    private void framed(Context ctx, Uploads.Upload run, java.util.Set<String> codes, String part) throws IOException {
        Words w = Layout.words(ctx);
        StringWriter out = new StringWriter(1 << 16);
        if (codes == null) {
            archive.render(run.runId(), "html", w.zh(), out);
        } else {
            archive.render(run.runId(), "html", w.zh(), codes, out);
        }
        StringBuilder extra = new StringBuilder("<section class=\"card downloads\" id=\"downloads\"><strong>")
                .append(esc(w.get("report.downloads"))).append(":</strong> ");
        for (String f : Reports.ORDER) {
            String label = f.equals("rectification") ? w.get("report.rectification") : f.toUpperCase(Locale.ROOT);
            extra.append("<a href=\"/runs/").append(run.runId()).append("/download/").append(f).append("\" download>").append(esc(label))
                    .append("</a>");
        }
        extra.append("<div class=\"meta\">").append(esc(w.get("report.uploaded"))).append(" ").append(TIME.format(run.at())).append(" · ")
                .append(esc(w.get("report.by"))).append(" ").append(esc(uploader(w, run))).append(" · ")
                .append(esc(run.fileName())).append(" · sha256 ").append(esc(run.sha256())).append("</div><div>")
                .append(esc(w.get("report.history"))).append(": ");
        for (Uploads.District d : run.districts()) {
            if (codes == null || codes.contains(d.code()) || run.districts().size() <= 20) {
                extra.append("<a class=\"history\" href=\"/districts/").append(esc(d.code())).append("\">").append(esc(d.code() + " " + d.name()))
                        .append("</a> ");
            }
        }
        extra.append("</div></section>\n").append(part);
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
