package educheck.cli;

import educheck.store.DistrictHistory;
import educheck.store.DistrictHistory.Row;
import educheck.store.DistrictHistory.Year;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A district's history as one self-contained page (no scripts, no fetches; prints as it shows): each numeric
 * indicator as a small inline-SVG line chart of its value per year against its requirement, then every finding's
 * status per year. The report's stylesheet is reused so the two look alike.
 */
final class HistoryHtml {

    private static final int W = 260;
    private static final int H = 90;

    private HistoryHtml() {
    }

    static void write(DistrictHistory h, PrintWriter out) throws IOException {
        out.println("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">");
        out.printf("<title>%s %s — history</title>%n", esc(h.code()), esc(h.name()));
        out.println("<style>" + css() + ".charts{display:flex;flex-wrap:wrap;gap:12px}.chart{border:1px solid #ccc;"
                + "padding:6px;break-inside:avoid}.chart svg{display:block}.req{stroke:#c00;stroke-dasharray:4 3}"
                + ".val{stroke:#036;fill:none;stroke-width:2}.pt{fill:#036}</style></head><body>");
        out.printf("<h1>%s %s</h1>%n<table><tr><th>year</th><th>verdict</th><th>standards</th><th>run</th></tr>%n",
                esc(h.code()), esc(h.name()));
        for (Year y : h.years()) {
            StringBuilder standards = new StringBuilder();
            y.standards().forEach(s -> standards.append(esc(s.standard())).append(' ')
                    .append("<span class=\"badge ").append(esc(s.verdict())).append("\">").append(esc(s.verdict())).append("</span> "));
            out.printf("<tr><td>%d</td><td><span class=\"badge %s\">%s</span></td><td>%s</td><td>%d (%s)</td></tr>%n", y.year(),
                    esc(y.verdict()), esc(y.verdict()), standards, y.runId(), y.recorded().toString().substring(0, 10));
        }
        out.println("</table>");
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

    /** Values as a line, the requirement as a dashed line (it can change between years), years along the bottom. */
    private static void chart(PrintWriter out, List<String> key, Map<Integer, Row> byYear, List<Year> years) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Row r : byYear.values()) {
            for (Object v : new Object[] {r.actual(), r.required()}) {
                if (v instanceof Double d) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        if (max == min) {
            max = min + 1;
        }
        StringBuilder values = new StringBuilder();
        StringBuilder required = new StringBuilder();
        StringBuilder points = new StringBuilder();
        // The scale's ends, so a reader sees how far the line is from its requirement, not only that it is.
        StringBuilder labels = new StringBuilder(String.format(
                "<text x=\"%d\" y=\"11\" font-size=\"9\" text-anchor=\"end\">%s</text><text x=\"%d\" y=\"%d\" font-size=\"9\""
                        + " text-anchor=\"end\">%s</text>", W - 2, esc(HistoryReport.value(round(max))), W - 2, H - 14,
                esc(HistoryReport.value(round(min)))));
        for (int i = 0; i < years.size(); i++) {
            double x = years.size() == 1 ? W / 2.0 : 20 + i * (W - 70.0) / (years.size() - 1);
            labels.append(String.format("<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%d</text>", x, H - 2,
                    years.get(i).year()));
            Row r = byYear.get(years.get(i).year());
            if (r == null) {
                continue;
            }
            if (r.actual() instanceof Double d) {
                double y = y(d, min, max);
                values.append(String.format("%.1f,%.1f ", x, y));
                points.append(String.format("<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"><title>%s %s</title></circle>", x, y,
                        years.get(i).year(), esc(HistoryReport.value(d))));
            }
            if (r.required() instanceof Double d) {
                required.append(String.format("%.1f,%.1f ", x, y(d, min, max)));
            }
        }
        out.printf("<div class=\"chart\"><div>%s %s</div><svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">"
                        + "<polyline class=\"req\" fill=\"none\" points=\"%s\"/><polyline class=\"val\" points=\"%s\"/>%s%s</svg></div>%n",
                esc(key.get(0)), esc(key.get(1)), W, H, W, H, required.toString().trim(), values.toString().trim(), points, labels);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static double y(double v, double min, double max) {
        return 8 + (H - 24) * (1 - (v - min) / (max - min));
    }

    private static String css() throws IOException {
        try (InputStream in = HistoryHtml.class.getClassLoader().getResourceAsStream("educheck/checker/render/report.css")) {
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
