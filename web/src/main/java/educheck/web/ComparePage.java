package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.compare.ComparisonTable;
import educheck.checker.render.ComparisonFormats;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Districts side by side, each as last checked, in the html of {@code educheck compare}, with the roll-ups over
 * them. Districts are chosen with check boxes in a GET form, so a comparison is a link that can be shared.
 */
final class ComparePage {

    private final RunArchive archive;

    ComparePage(RunArchive archive) {
        this.archive = archive;
    }

    void page(Context ctx) {
        Words w = Layout.words(ctx);
        Map<String, DistrictReport> latest = latestByDistrict();
        List<String> chosen = ctx.queryParams("district").stream().filter(latest::containsKey).distinct().toList();
        StringBuilder form = new StringBuilder("<section class=\"card\"><h1>").append(esc(w.get("compare.title"))).append("</h1><p>")
                .append(esc(w.get("compare.help"))).append("</p><form class=\"stack\" method=\"get\" action=\"/compare\"><div class=\"checks\">");
        for (DistrictReport d : latest.values()) {
            form.append("<label><input type=\"checkbox\" name=\"district\" value=\"").append(esc(d.code())).append('"')
                    .append(chosen.contains(d.code()) ? " checked" : "").append("> ").append(esc(d.code() + " " + d.name() + " (" + d.year() + ")"))
                    .append("</label>");
        }
        form.append("</div><button type=\"submit\">").append(esc(w.get("compare.submit"))).append("</button></form></section>\n");
        if (chosen.isEmpty()) {
            Layout.page(ctx, w.get("compare.title"), form.toString());
            return;
        }
        ComparisonTable.Builder builder = ComparisonTable.builder(null);
        chosen.forEach(code -> builder.add(latest.get(code)));
        // Roll-ups judged over the chosen districts come with the runs; none are re-judged here.
        ComparisonTable table = builder.build(new RunOutcome(RunOutcome.emptyCounts(), List.of(), List.of(), 0));
        StringWriter out = new StringWriter();
        try {
            ComparisonFormats.byName("html").write(out, table, RenderOptions.plain(w.zh() ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = out.toString().replaceFirst("</head>", "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>")
                .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement("<body>\n" + Layout.nav(ctx) + form));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    private Map<String, DistrictReport> latestByDistrict() {
        Map<String, DistrictReport> latest = new LinkedHashMap<>();
        for (CheckedRun r : archive.runs(500)) {
            for (DistrictReport d : r.districts()) {
                latest.putIfAbsent(d.code(), d);
            }
        }
        return latest;
    }
}
