package educheck.checker.render;

import educheck.checker.report.ReportStream;

import static educheck.checker.render.Html.badge;
import static educheck.checker.render.Html.esc;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.Verdict;
import educheck.model.io.InputError;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-contained html file (inline CSS, SVG and a few lines of script; nothing fetched) that opens offline and
 * prints. Districts are written as they are checked, each folded in a {@code <details>} (the first open, later
 * ones open only when they do not pass); the run's summary is written last but shown first (CSS order).
 */
final class HtmlFormat implements ReportFormat {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public ReportStream open(Writer out, RunInfo run, RenderOptions options) {
        return new Stream(new PrintWriter(out), run, new Labels(options.lang()));
    }

    private static final class Stream implements ReportStream {
        private final PrintWriter out;
        private final Labels words;
        private final List<String[]> index = new ArrayList<>();

        Stream(PrintWriter out, RunInfo run, Labels words) {
            this.out = out;
            this.words = words;
            out.printf("<!DOCTYPE html>%n<html lang=\"%s\">%n<head>%n<meta charset=\"utf-8\">%n", words.zh() ? "zh-CN" : "en");
            out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            out.printf("<title>%s</title>%n<style>%n%s</style>%n%s%n</head>%n<body>%n<main>%n",
                    esc(words.get("report")), Html.css(), SiteAssets.scriptElement());
            String basis = words.ruleBasis(run);
            out.printf("<header class=\"run card\"><h1>%s</h1><div class=\"meta\">%s: %s · sha256 %s · %d%s · %s: %s</div>"
                            + "<div class=\"tools\"><button type=\"button\" data-open-all=\"true\">%s</button>"
                            + "<button type=\"button\" data-open-all=\"false\">%s</button></div></header>%n",
                    esc(words.get("report")), esc(words.get("rules")), esc(run.origin()), esc(run.sha256()), run.rules(),
                    basis.isEmpty() ? "" : " · <span id=\"rule-basis\">" + esc(basis) + "</span>",
                    esc(words.get("ruleSets")), esc(String.join(", ", run.jurisdictions())),
                    esc(words.get("expandAll")), esc(words.get("collapseAll")));
            out.flush();
        }

        @Override
        public void district(DistrictReport d) {
            // A long run stays readable: the first district is open, later ones only when they need attention.
            boolean open = index.isEmpty() || d.verdict() != Verdict.PASS;
            HtmlDistrict.write(out, words, d, open);
            index.add(new String[] {HtmlDistrict.anchor(d), d.code(), d.name(), String.valueOf(d.year()), d.verdict().name()});
        }

        @Override
        public void finish(RunOutcome outcome) {
            out.printf("<section class=\"run-summary card\"><h3>%s</h3>%n<div class=\"counts\">", esc(words.get("runSummary")));
            out.print(badge("NOT_SUBMITTED", outcome.districts() + " " + words.get("districts")));
            for (Map.Entry<Verdict, Integer> e : outcome.verdicts().entrySet()) {
                if (e.getKey() != Verdict.NOT_SUBMITTED) {
                    out.print(badge(e.getKey().name(), words.of(e.getKey()) + " " + e.getValue()));
                }
            }
            out.println("</div>");
            if (!index.isEmpty()) {
                out.printf("<table><thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>%n",
                        esc(words.get("col.district")), esc(words.get("col.year")), esc(words.get("col.verdict")));
                for (String[] d : index) {
                    out.printf("<tr><td><a href=\"#%s\">%s %s</a></td><td>%s</td><td>%s</td></tr>%n", esc(d[0]), esc(d[1]),
                            esc(d[2]), esc(d[3]), badge(d[4], words.of(Verdict.valueOf(d[4]))));
                }
                out.println("</tbody></table>");
            }
            rollups(outcome.rollups());
            inputErrors(outcome.inputErrors());
            out.println("</section>\n</main>\n</body>\n</html>");
            out.flush();
        }

        private void rollups(List<RollupReport> rollups) {
            if (rollups.isEmpty()) {
                return;
            }
            out.printf("<h3>%s</h3>%n<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>%n",
                    esc(words.get("rollups")), esc(words.get("col.id")), esc(words.get("col.rollup")), esc(words.get("col.year")),
                    esc(words.get("col.indicator")), esc(words.get("col.value")), esc(words.get("col.source")));
            for (RollupReport r : rollups) {
                Finding f = r.finding();
                out.printf("<tr><td class=\"id\">%s</td><td class=\"id\">%s</td><td>%d</td><td>%s</td><td>%s %s<div class=\"src\">%s</div></td>"
                                + "<td class=\"src\">%s<br>%s</td></tr>%n",
                        esc(f.getId()), esc(f.getSubject()), r.group().year(), esc(words.nameOf(f)),
                        badge(f.getStatus().name(), words.of(f.getStatus())), esc(words.measure(f)),
                        esc(words.reason(Labels.messageTail(f))), esc(f.getSource()), esc(f.getRule()));
            }
            out.println("</tbody></table>");
        }

        private void inputErrors(List<InputError> errors) {
            if (errors.isEmpty()) {
                return;
            }
            out.printf("<h3>%s</h3>%n<table><thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>%n",
                    esc(words.get("inputErrors")), esc(words.get("col.file")), esc(words.get("col.field")), esc(words.get("col.message")));
            for (InputError e : errors) {
                out.printf("<tr class=\"row-FAIL\"><td class=\"id\">%s:%d:%d</td><td class=\"id\">%s</td><td>%s</td></tr>%n",
                        esc(e.file()), e.line(), e.column(), esc(e.field()), esc(e.message()));
            }
            out.println("</tbody></table>");
        }
    }
}
