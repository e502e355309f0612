package educheck.checker.render;

import educheck.checker.compare.ComparisonTable;
import educheck.checker.compare.ComparisonTable.Cell;
import educheck.checker.compare.ComparisonTable.Column;
import educheck.checker.compare.ComparisonTable.Row;
import educheck.checker.report.RollupReport;
import educheck.model.Verdict;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as a wide CSV for a spreadsheet: one row per indicator, and for each district its value (full
 * precision; the student-weighted mean of a summed row), its status, and how many schools or sections pass.
 * Verdict rows first, roll-ups last. Same dialect as the report's CSV ({@link Csv}).
 */
final class CompareCsv implements ComparisonFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public void write(Writer writer, ComparisonTable table, RenderOptions options) {
        Labels words = new Labels(options.lang());
        List<String> header = new ArrayList<>(List.of("kind", "id", "part", "name"));
        for (Column c : table.columns()) {
            String d = c.code() + " " + c.name() + " " + c.year();
            header.addAll(List.of(d + " value", d + " status", d + " passed", d + " total"));
        }
        PrintWriter out = Csv.start(writer, header);
        List<String> verdict = new ArrayList<>(List.of("verdict", "", "", words.get("col.verdict")));
        table.columns().forEach(c -> verdict.addAll(List.of("", c.verdict().name(), "", "")));
        Csv.row(out, verdict);
        for (String standard : CompareCells.standards(table)) {
            List<String> line = new ArrayList<>(List.of("standard", Csv.text(standard), "", ""));
            for (Column c : table.columns()) {
                Verdict v = c.standards().get(standard);
                line.addAll(List.of("", v == null ? "" : v.name(), "", ""));
            }
            Csv.row(out, line);
        }
        for (Row row : table.rows()) {
            List<String> line = new ArrayList<>(List.of(row.summed() ? "summed" : "value", Csv.text(row.id()),
                    Csv.text(row.part()), Csv.text(words.nameOf(row.sample()))));
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = table.cell(row, i);
                line.addAll(cell == null ? List.of("", "", "", "") : List.of(Csv.value(cell.value()), cell.status().name(),
                        String.valueOf(cell.passed()), String.valueOf(cell.total())));
            }
            Csv.row(out, line);
        }
        for (RollupReport r : table.rollups()) {
            Csv.row(out, List.of("rollup", Csv.text(r.finding().getId()), Csv.text(r.finding().getSubject() + " " + r.group().year()),
                    Csv.text(words.nameOf(r.finding())), Csv.value(r.finding().getActual()), r.finding().getStatus().name(), "", ""));
        }
        out.flush();
    }
}
