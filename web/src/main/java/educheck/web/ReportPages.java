package educheck.web;

import static educheck.checker.render.SiteAssets.badge;
import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.render.SiteAssets;
import educheck.checker.report.DistrictReport;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The runs list, a run's report (the html report itself, framed by the site) and its downloads. */
final class ReportPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final RunArchive archive;

    ReportPages(RunArchive archive) {
        this.archive = archive;
    }

    void runs(Context ctx) {
        Words w = Layout.words(ctx);
        List<CheckedRun> runs = archive.runs(200);
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1>" + esc(w.get("runs.title")) + "</h1>\n");
        if (runs.isEmpty()) {
            b.append("<p>").append(esc(w.get("runs.none"))).append("</p>");
        } else {
            b.append("<table id=\"runs\"><thead><tr><th>").append(esc(w.get("col.run"))).append("</th><th>").append(esc(w.get("col.time")))
                    .append("</th><th>").append(esc(w.get("col.file"))).append("</th><th>").append(esc(w.get("col.user")))
                    .append("</th><th>").append(esc(w.get("col.districts"))).append("</th><th>").append(esc(w.get("col.verdict")))
                    .append("</th></tr></thead><tbody>\n");
            for (CheckedRun r : runs) {
                b.append("<tr><td class=\"id\">").append(Layout.link("/runs/" + r.id(), r.id())).append("</td><td>")
                        .append(TIME.format(r.at())).append("</td><td class=\"id\">").append(esc(r.fileName())).append("</td><td>")
                        .append(esc(r.user())).append("</td><td>");
                for (DistrictReport d : r.districts()) {
                    b.append(Layout.link("/districts/" + d.code(), d.code() + " " + d.name())).append(' ');
                }
                b.append("</td><td>").append(badge(r.verdict().name(), r.verdict().name())).append("</td></tr>\n");
            }
            b.append("</tbody></table>");
        }
        Layout.page(ctx, w.get("runs.title"), b.append("</section>").toString());
    }

    /** The same html as {@code --format html}, with the site's bar, the downloads, and its script served as a file. */
    void report(Context ctx) {
        CheckedRun run = find(ctx);
        Words w = Layout.words(ctx);
        String html = Reports.render(run, "html", w.zh());
        StringBuilder extra = new StringBuilder("<section class=\"card downloads\" id=\"downloads\"><strong>")
                .append(esc(w.get("report.downloads"))).append(":</strong> ");
        for (String f : Reports.ORDER) {
            String label = f.equals("rectification") ? w.get("report.rectification") : f.toUpperCase(java.util.Locale.ROOT);
            extra.append("<a href=\"/runs/").append(run.id()).append("/download/").append(f).append("\" download>").append(esc(label))
                    .append("</a>");
        }
        extra.append("<div class=\"meta\">").append(esc(w.get("report.uploaded"))).append(" ").append(TIME.format(run.at())).append(" · ")
                .append(esc(w.get("report.by"))).append(" ").append(esc(run.user())).append(" · ").append(esc(run.fileName()))
                .append(" · sha256 ").append(esc(run.sha256())).append("</div><div>").append(esc(w.get("report.history"))).append(": ");
        for (DistrictReport d : run.districts()) {
            extra.append("<a class=\"history\" href=\"/districts/").append(esc(d.code())).append("\">").append(esc(d.code() + " " + d.name()))
                    .append("</a> ");
        }
        extra.append("</div></section>\n");
        html = html.replace(SiteAssets.scriptElement(), "<script src=\"/assets/report.js\"></script>")
                .replaceFirst("</head>", "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>")
                .replaceFirst("<body>\n<main>\n", java.util.regex.Matcher.quoteReplacement("<body>\n" + Layout.nav(ctx) + "<main>\n" + extra));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    void download(Context ctx) {
        CheckedRun run = find(ctx);
        String format = ctx.pathParam("format");
        String[] kind = Reports.DOWNLOADS.get(format);
        if (kind == null) {
            throw new Refusal(404, "error.format");
        }
        ctx.contentType(kind[1]);
        ctx.header("Content-Disposition", "attachment; filename=\"educheck-run-" + run.id() + "." + kind[0] + "\"");
        ctx.result(Reports.render(run, format, Layout.words(ctx).zh()));
    }

    private CheckedRun find(Context ctx) {
        String id = ctx.pathParam("id");
        if (!RunArchive.validId(id)) {
            throw new Refusal(404, "error.notFound");
        }
        return archive.run(id).orElseThrow(() -> new Refusal(404, "error.notFound"));
    }
}
