package educheck.checker.render;

import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, quote or line break quoted, quotes doubled),
 * UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK and garbles every
 * name. A text field that Excel would run as a formula (=, +, -, @) is prefixed with an apostrophe.
 */
public final class Csv {

    static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** A CSV file's start: the byte-order mark (Excel then reads UTF-8) and the header row. */
    public static PrintWriter start(Writer out, List<String> header) {
        PrintWriter pw = new PrintWriter(out);
        pw.print(BOM);
        row(pw, header);
        return pw;
    }

    public static void row(PrintWriter out, List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        out.print(line.append("\r\n"));
    }

    static String quote(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || field.startsWith(" ") || field.endsWith(" ");
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Text from a submission or a rule: defused when a spreadsheet would take it for a formula. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** A value at full precision: 6 not 6.0, 0.51549 as it is, true/false for a yes/no, empty when missing. */
    static String value(Object v) {
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return String.valueOf(d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return v == null ? "" : v.toString();
    }
}
