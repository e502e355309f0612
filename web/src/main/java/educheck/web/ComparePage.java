package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.compare.ComparisonTable;
import educheck.checker.render.ComparisonFormats;
import educheck.checker.render.RenderOptions;
import educheck.checker.render.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunOutcome;
import educheck.store.Uploads;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
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

    void page(Context ctx) throws IOException {
        Words w = Layout.words(ctx);
        Map<String, Uploads.Upload> latest = latestByDistrict();
        List<String> chosen = ctx.queryParams("district").stream().filter(latest::containsKey).distinct().limit(50).toList();
        StringBuilder form = new StringBuilder("<section class=\"card\"><h1>").append(esc(w.get("compare.title"))).append("</h1><p>")
                .append(esc(w.get("compare.help"))).append("</p><form class=\"stack\" method=\"get\" action=\"/compare\"><div class=\"checks\">");
        for (Map.Entry<String, Uploads.Upload> e : latest.entrySet()) {
            Uploads.District d = e.getValue().districts().stream().filter(x -> x.code().equals(e.getKey())).findFirst().orElseThrow();
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
        List<RollupReport> rollups = new ArrayList<>();
        for (String code : chosen) {
            archive.replay(latest.get(code).runId(), new OneDistrict(code, builder, rollups));
        }
        ComparisonTable table = builder.build(new RunOutcome(RunOutcome.emptyCounts(), List.of(), rollups, 0));
        StringWriter out = new StringWriter();
        ComparisonFormats.byName("html").write(out, table, RenderOptions.plain(w.zh() ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        String html = out.toString().replaceFirst("</head>", "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>")
                .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement("<body>\n" + Layout.nav(ctx) + form));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    /** Passes on one district of a stored run, and the run's roll-ups that judged it. */
    private static final class OneDistrict implements ReportStream {
        private final String code;
        private final ComparisonTable.Builder builder;
        private final List<RollupReport> rollups;

        OneDistrict(String code, ComparisonTable.Builder builder, List<RollupReport> rollups) {
            this.code = code;
            this.builder = builder;
            this.rollups = rollups;
        }

        @Override
        public void district(DistrictReport d) {
            if (d.code().equals(code)) {
                builder.add(d);
            }
        }

        @Override
        public void finish(RunOutcome outcome) {
            for (RollupReport r : outcome.rollups()) {
                boolean judgesIt = r.group().counties().stream().anyMatch(c -> c.code().equals(code) && c.inRun());
                if (judgesIt && rollups.stream().noneMatch(x -> x.finding().getId().equals(r.finding().getId())
                        && x.finding().getSubject().equals(r.finding().getSubject()))) {
                    rollups.add(r);
                }
            }
        }
    }

    private Map<String, Uploads.Upload> latestByDistrict() throws IOException {
        Map<String, Uploads.Upload> latest = new LinkedHashMap<>();
        for (Uploads.Upload r : archive.runs(500)) {
            for (Uploads.District d : r.districts()) {
                latest.putIfAbsent(d.code(), r);
            }
        }
        return latest;
    }
}
