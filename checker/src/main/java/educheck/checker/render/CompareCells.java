package educheck.checker.render;

import educheck.checker.compare.ComparisonTable;
import educheck.checker.compare.ComparisonTable.Cell;
import educheck.checker.compare.ComparisonTable.Row;
import java.util.LinkedHashSet;
import java.util.Set;

/** The words of the comparison table shared by its human formats: row labels, cell texts, status marks. */
final class CompareCells {

    private CompareCells() {
    }

    /** "CN.CE.RES.1 小学 每百名学生拥有高于规定学历教师数". */
    static String label(Row row, Labels words) {
        String part = row.part().isEmpty() ? "" : " " + part(row.part(), words);
        return row.id() + part + " " + words.nameOf(row.sample());
    }

    private static String part(String part, Labels words) {
        String[] pieces = part.split("/");
        StringBuilder b = new StringBuilder();
        for (String p : pieces) {
            b.append(b.length() == 0 ? "" : "/").append(p.equals("PRIMARY") || p.equals("JUNIOR") ? words.get(p) : p);
        }
        return b.toString();
    }

    /** The value: a mean and how many pass for a summed row ("5.83 27/28"), the value itself otherwise. */
    static String value(Row row, Cell cell, Labels words) {
        if (cell == null) {
            return "—";
        }
        String count = cell.passed() + "/" + cell.total();
        if (row.summed()) {
            return cell.value() instanceof Number n ? Readable.of(row.sample(), n.doubleValue()) + " " + count : count;
        }
        if (cell.value() instanceof Boolean b) {
            return words.get(b ? "yes" : "no");
        }
        if (cell.value() instanceof Number n) {
            return Readable.of(row.sample(), n.doubleValue());
        }
        return words.of(cell.status());
    }

    /** Every standard any district was judged on, in the order first met. */
    static Set<String> standards(ComparisonTable table) {
        Set<String> all = new LinkedHashSet<>();
        table.columns().forEach(c -> all.addAll(c.standards().keySet()));
        return all;
    }

    /** Which rule sets judged the districts: each its own, or all one jurisdiction's. */
    static String judged(ComparisonTable table, Labels words) {
        return table.judgedAs() == null ? words.get("judgedOwn") : String.format(words.get("judgedAs"), table.judgedAs());
    }
}
