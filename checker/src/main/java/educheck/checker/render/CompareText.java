package educheck.checker.render;

import educheck.checker.compare.ComparisonTable;
import educheck.checker.compare.ComparisonTable.Column;
import educheck.checker.compare.ComparisonTable.Row;
import educheck.checker.report.RollupReport;
import educheck.model.Finding;
import educheck.model.Verdict;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as a terminal table: the verdicts first, then one line per indicator, one column per district,
 * each cell its value and a status mark; roll-ups below. Columns are aligned by display width, so Chinese names
 * (two columns a character) line up with numbers.
 */
final class CompareText implements ComparisonFormat {

    private static final int LABEL_WIDTH = 46;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(Writer writer, ComparisonTable table, RenderOptions options) {
        PrintWriter out = new PrintWriter(writer);
        Labels words = new Labels(options.lang());
        out.printf("%s · %s%n%n", words.get("compareTitle"), CompareCells.judged(table, words));
        List<String[]> lines = new ArrayList<>();
        List<Column> columns = table.columns();
        lines.add(line("", columns, c -> c.code()));
        lines.add(line("", columns, c -> c.name()));
        lines.add(line("", columns, c -> String.valueOf(c.year())));
        lines.add(null);
        lines.add(line(words.get("col.verdict"), columns, c -> words.of(c.verdict()) + " " + Marks.of(c.verdict())));
        for (String standard : CompareCells.standards(table)) {
            lines.add(line(standard, columns, c -> {
                Verdict v = c.standards().get(standard);
                return v == null ? "—" : words.of(v) + " " + Marks.of(v);
            }));
        }
        lines.add(null);
        for (Row row : table.rows()) {
            String[] cells = new String[columns.size() + 1];
            cells[0] = CompareCells.label(row, words);
            for (int i = 0; i < columns.size(); i++) {
                ComparisonTable.Cell cell = table.cell(row, i);
                cells[i + 1] = cell == null ? "—" : CompareCells.value(row, cell, words) + " " + Marks.of(cell.status());
            }
            lines.add(cells);
        }
        print(out, lines, columns.size());
        rollups(out, table.rollups(), words);
        out.printf("%n%s%n", words.get("compareLegend"));
        out.flush();
    }

    private static String[] line(String label, List<Column> columns, java.util.function.Function<Column, String> text) {
        String[] cells = new String[columns.size() + 1];
        cells[0] = label;
        for (int i = 0; i < columns.size(); i++) {
            cells[i + 1] = text.apply(columns.get(i));
        }
        return cells;
    }

    /** Every line padded to the widest cell of its column; null lines are rules. */
    private static void print(PrintWriter out, List<String[]> lines, int columns) {
        int[] width = new int[columns + 1];
        for (String[] cells : lines) {
            if (cells != null) {
                width[0] = Math.min(LABEL_WIDTH, Math.max(width[0], DisplayWidth.of(cells[0])));
                for (int i = 1; i <= columns; i++) {
                    width[i] = Math.max(width[i], DisplayWidth.of(cells[i]));
                }
            }
        }
        int total = width[0];
        for (int i = 1; i <= columns; i++) {
            total += 2 + width[i];
        }
        for (String[] cells : lines) {
            if (cells == null) {
                out.println("─".repeat(total));
                continue;
            }
            StringBuilder b = new StringBuilder(DisplayWidth.pad(cells[0], width[0]));
            for (int i = 1; i <= columns; i++) {
                b.append("  ").append(DisplayWidth.padLeft(cells[i], width[i]));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static void rollups(PrintWriter out, List<RollupReport> rollups, Labels words) {
        if (rollups.isEmpty()) {
            return;
        }
        out.printf("%n%s%n", words.get("rollups"));
        for (RollupReport r : rollups) {
            Finding f = r.finding();
            out.printf("  %s %-6s %-10s %d  %s: %s%n", Marks.of(f.getStatus()), f.getId(), f.getSubject(), r.group().year(),
                    words.nameOf(f), words.measure(f));
        }
    }
}
