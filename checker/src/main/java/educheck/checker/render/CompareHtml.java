package educheck.checker.render;

import static educheck.checker.render.Html.badge;
import static educheck.checker.render.Html.esc;

import educheck.checker.compare.ComparisonTable;
import educheck.checker.compare.ComparisonTable.Cell;
import educheck.checker.compare.ComparisonTable.Column;
import educheck.checker.compare.ComparisonTable.Row;
import educheck.checker.report.RollupReport;
import educheck.model.Finding;
import educheck.model.Verdict;
import java.io.PrintWriter;
import java.io.Writer;

/** The comparison as one self-contained html table, cells coloured by status, the same style as the report. */
final class CompareHtml implements ComparisonFormat {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void write(Writer writer, ComparisonTable table, RenderOptions options) {
        PrintWriter out = new PrintWriter(writer);
        Labels words = new Labels(options.lang());
        out.printf("<!DOCTYPE html>%n<html lang=\"%s\">%n<head>%n<meta charset=\"utf-8\">%n<title>%s</title>%n<style>%n%s"
                        + "table.grid thead th { position: sticky; top: 0; }%n</style>%n</head>%n<body>%n<main>%n",
                words.zh() ? "zh-CN" : "en", esc(words.get("compareTitle")), Html.css());
        out.printf("<header class=\"run card\"><h1>%s</h1><div class=\"meta\">%s</div><div class=\"legend\">%s</div></header>%n",
                esc(words.get("compareTitle")), esc(CompareCells.judged(table, words)), esc(words.get("compareLegend")));
        out.println("<section class=\"card\"><div class=\"grid-wrap\"><table class=\"grid\"><thead><tr><th></th>");
        for (Column c : table.columns()) {
            out.printf("<th class=\"num\">%s<br>%s<br><span class=\"muted\">%d · %s</span></th>", esc(c.code()), esc(c.name()), c.year(),
                    esc(String.join(" › ", c.jurisdictions())));
        }
        out.println("</tr></thead><tbody>");
        out.printf("<tr><th>%s</th>", esc(words.get("col.verdict")));
        table.columns().forEach(c -> out.printf("<td class=\"num\">%s</td>", badge(c.verdict().name(), words.of(c.verdict()))));
        out.println("</tr>");
        for (String standard : CompareCells.standards(table)) {
            out.printf("<tr><th class=\"id\">%s</th>", esc(standard));
            for (Column c : table.columns()) {
                Verdict v = c.standards().get(standard);
                out.printf("<td class=\"num\">%s</td>", v == null ? "—" : badge(v.name(), words.of(v)));
            }
            out.println("</tr>");
        }
        for (Row row : table.rows()) {
            out.printf("<tr><td title=\"%s\">%s</td>", esc(row.sample().getSource()), esc(CompareCells.label(row, words)));
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = table.cell(row, i);
                out.printf("<td class=\"cell %s\">%s</td>", cell == null ? "none" : cell.status().name(),
                        esc(CompareCells.value(row, cell, words)));
            }
            out.println("</tr>");
        }
        out.println("</tbody></table></div></section>");
        if (!table.rollups().isEmpty()) {
            out.printf("<section class=\"card\"><h3>%s</h3><table><tbody>%n", esc(words.get("rollups")));
            for (RollupReport r : table.rollups()) {
                Finding f = r.finding();
                out.printf("<tr><td class=\"id\">%s</td><td class=\"id\">%s</td><td>%d</td><td>%s</td><td>%s %s</td></tr>%n",
                        esc(f.getId()), esc(f.getSubject()), r.group().year(), esc(words.nameOf(f)),
                        badge(f.getStatus().name(), words.of(f.getStatus())), esc(words.measure(f)));
            }
            out.println("</tbody></table></section>");
        }
        out.println("</main>\n</body>\n</html>");
        out.flush();
    }
}
