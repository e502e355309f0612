package educheck.cli;

import educheck.checker.render.HtmlOutput;
import educheck.checker.render.YearChart;
import educheck.store.DistrictHistory;
import educheck.store.DistrictHistory.Row;
import educheck.store.DistrictHistory.Year;
import gg.jte.Content;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A district's history as one self-contained page (no scripts, no fetches; prints as it shows): each numeric
 * indicator as a small inline-SVG line chart of its value per year against its requirement ({@link YearChart}, as
 * on the web's district page), then every finding's status per year. The report's stylesheet is reused so the two
 * look alike. The page is {@code history.jte}.
 */
final class HistoryHtml {

    private HistoryHtml() {
    }

    static void write(DistrictHistory h, PrintWriter out) throws IOException {
        Map<List<String>, Map<Integer, Row>> rows = HistoryReport.byIndicator(h);
        List<Content> charts = new ArrayList<>();
        for (Map.Entry<List<String>, Map<Integer, Row>> e : rows.entrySet()) {
            if (e.getValue().values().stream().anyMatch(r -> r.actual() instanceof Double)) {
                charts.add(chart(e.getKey(), e.getValue(), h.years()));
            }
        }
        JtehistoryGenerated.render(HtmlOutput.to(out), null, h, css(), HistoryReport.rulesChanged(h), charts, rows);
        out.flush();
    }

    /** The values against the requirement, year by year, drawn as the web's district page draws them. */
    private static Content chart(List<String> key, Map<Integer, Row> byYear, List<Year> years) {
        List<YearChart.Point> points = new ArrayList<>();
        for (Year y : years) {
            Row r = byYear.get(y.year());
            points.add(r == null ? new YearChart.Point(y.year(), null, null, null, null)
                    : new YearChart.Point(y.year(), r.actual() instanceof Double a ? a : null, r.status(),
                            r.required() instanceof Double q ? q : null, r.comparator()));
        }
        return YearChart.content(key.get(0) + " " + key.get(1), points);
    }

    private static String css() throws IOException {
        try (InputStream in = HistoryHtml.class.getClassLoader().getResourceAsStream("educheck/checker/render/report.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
