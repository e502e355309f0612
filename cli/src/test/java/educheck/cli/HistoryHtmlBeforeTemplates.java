package educheck.cli;

import educheck.checker.render.YearChart;
import educheck.store.DistrictHistory;
import educheck.store.DistrictHistory.Row;
import educheck.store.DistrictHistory.Year;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The history page as it was built before templates (commit 554cfe4), kept to compare bytes and time against
 * {@link HistoryHtml}. A district's history as one self-contained page (no scripts, no fetches; prints as it shows): each numeric
 * indicator as a small inline-SVG line chart of its value per year against its requirement ({@link YearChart}, as
 * on the web's district page), then every finding's status per year. The report's stylesheet is reused so the two
 * look alike.
 */
final class HistoryHtmlBeforeTemplates {

    private HistoryHtmlBeforeTemplates() {
    }

    static void write(DistrictHistory h, PrintWriter out) throws IOException {
        out.println("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">");
        out.printf("<title>%s %s — history</title>%n", esc(h.code()), esc(h.name()));
        out.println("<style>" + css() + ".charts{display:flex;flex-wrap:wrap;gap:12px}.chart{border:1px solid #ccc;"
                + "padding:6px;margin:0;break-inside:avoid;flex:0 0 auto}.chart svg{display:block}</style></head><body>");
        out.printf("<h1>%s %s</h1>%n<table><tr><th>year</th><th>verdict</th><th>standards</th><th>run</th><th>rules</th></tr>%n",
                esc(h.code()), esc(h.name()));
        for (int i = 0; i < h.years().size(); i++) {
            Year y = h.years().get(i);
            StringBuilder standards = new StringBuilder();
            y.standards().forEach(s -> standards.append(esc(s.standard())).append(' ')
                    .append("<span class=\"badge ").append(esc(s.verdict())).append("\">").append(esc(s.verdict())).append("</span> "));
            out.printf("<tr><td>%d</td><td><span class=\"badge %s\">%s</span></td><td>%s</td><td>%d (%s)</td><td%s>%s</td></tr>%n", y.year(),
                    esc(y.verdict()), esc(y.verdict()), standards, y.runId(), y.recorded().toString().substring(0, 10),
                    h.rulesChangedAt(i) ? " class=\"rules-changed\"" : "", esc(y.rules().shown()) + (h.rulesChangedAt(i) ? " ≠" : ""));
        }
        out.println("</table>");
        for (String note : HistoryReport.rulesChanged(h)) {
            out.printf("<p class=\"notice rules-changed\">≠ %s</p>%n", esc(note));
        }
        Map<List<String>, Map<Integer, Row>> rows = HistoryReport.byIndicator(h);
        out.println("<h2>Numeric indicators against their requirement</h2><div class=\"charts\">");
        for (Map.Entry<List<String>, Map<Integer, Row>> e : rows.entrySet()) {
            if (e.getValue().values().stream().anyMatch(r -> r.actual() instanceof Double)) {
                chart(out, e.getKey(), e.getValue(), h.years());
            }
        }
        out.println("</div><h2>Every finding by year</h2><table><tr><th>indicator</th><th>subject</th>");
        h.years().forEach(y -> out.printf("<th>%d</th>", y.year()));
        out.println("</tr>");
        for (Map.Entry<List<String>, Map<Integer, Row>> e : rows.entrySet()) {
            out.printf("<tr><td>%s</td><td>%s</td>", esc(e.getKey().get(0)), esc(e.getKey().get(1)));
            for (Year y : h.years()) {
                Row r = e.getValue().get(y.year());
                out.print(r == null ? "<td>—</td>" : "<td><span class=\"badge " + esc(r.status()) + "\">" + esc(r.status())
                        + "</span> " + esc(HistoryReport.value(r.actual())) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</table></body></html>");
    }

    /** The values against the requirement, year by year, drawn as the web's district page draws them. */
    private static void chart(PrintWriter out, List<String> key, Map<Integer, Row> byYear, List<Year> years) {
        List<YearChart.Point> points = new ArrayList<>();
        for (Year y : years) {
            Row r = byYear.get(y.year());
            points.add(r == null ? new YearChart.Point(y.year(), null, null, null, null)
                    : new YearChart.Point(y.year(), r.actual() instanceof Double a ? a : null, r.status(),
                            r.required() instanceof Double q ? q : null, r.comparator()));
        }
        out.print(YearChart.figure(key.get(0) + " " + key.get(1), points));
    }

    private static String css() throws IOException {
        try (InputStream in = HistoryHtmlBeforeTemplates.class.getClassLoader().getResourceAsStream("educheck/checker/render/report.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String esc(Object o) {
        if (o == null) {
            return "";
        }
        return o.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
