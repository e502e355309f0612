package educheck.model.io;

import educheck.model.Submission;
import educheck.model.io.WorkbookSheet.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A district's rows written as its XML, one attribute or element per line, remembering the sheet and row each line
 * came from: the binder's line numbers then lead back to the cell.
 */
final class WorkbookXml {

    private static final Set<String> LINKS = Set.of(WorkbookLayout.DISTRICT, WorkbookLayout.SCHOOL, WorkbookLayout.KINDERGARTEN);
    private static final Set<String> DISTRICT_ATTRIBUTES = Set.of("code", "name");
    private static final Set<String> NOT_XML = Set.of("year", "vetoes");

    private final StringBuilder text = new StringBuilder();
    private final List<WorkbookSheet> lineSheets = new ArrayList<>();
    private final List<Row> lineRows = new ArrayList<>();

    String text() {
        return text.toString();
    }

    WorkbookSheet sheetOfLine(int line) {
        return line > 0 && line <= lineSheets.size() ? lineSheets.get(line - 1) : null;
    }

    Row rowOfLine(int line) {
        return line > 0 && line <= lineRows.size() ? lineRows.get(line - 1) : null;
    }

    private void line(String s, WorkbookSheet sheet, Row row) {
        text.append(s).append('\n');
        lineSheets.add(sheet);
        lineRows.add(row);
    }

    void district(WorkbookSheet d, Row row) {
        StringBuilder start = new StringBuilder("<district xmlns=\"" + Submission.NAMESPACE + "\"");
        line(start.toString(), d, row);
        List<String> attributes = new ArrayList<>();
        String[] values = row.values(d.slots.size());
        for (int slot = 0; slot < values.length; slot++) {
            String key = d.slots.get(slot).key();
            String v = values[slot];
            if (v != null && DISTRICT_ATTRIBUTES.contains(key)) {
                attributes.add(" " + key + "=\"" + escape(v) + "\"");
            }
        }
        attributes(attributes, ">", d, row);
        // The schema wants the district's elements in its own order, which is the layout's.
        for (WorkbookLayout.Column c : d.layout.columns()) {
            int slot = d.slot(c.key());
            String v = slot < 0 ? null : values[slot];
            if (v != null && !DISTRICT_ATTRIBUTES.contains(c.key()) && !NOT_XML.contains(c.key())) {
                line("<" + c.key() + ">" + escape(v) + "</" + c.key() + ">", d, row);
            }
        }
    }

    private void attributes(List<String> attributes, String close, WorkbookSheet sheet, Row row) {
        if (attributes.isEmpty()) {
            text.setLength(text.length() - 1);
            text.append(close).append('\n');
            return;
        }
        for (int i = 0; i < attributes.size(); i++) {
            line(attributes.get(i) + (i == attributes.size() - 1 ? close : ""), sheet, row);
        }
    }

    /** A school, section, room, kindergarten or measure: every keyed cell but the links is an attribute. */
    void element(String name, WorkbookSheet sheet, Row row, boolean empty, Set<String> skip) {
        line("<" + name, sheet, row);
        List<String> attributes = new ArrayList<>();
        String[] values = row.values(sheet.slots.size());
        for (int slot = 0; slot < values.length; slot++) {
            String key = sheet.slots.get(slot).key();
            String v = values[slot];
            if (v != null && !LINKS.contains(key) && !skip.contains(key)) {
                attributes.add(" " + key + "=\"" + escape(v) + "\"");
            }
        }
        attributes(attributes, empty ? "/>" : ">", sheet, row);
    }

    void end(String name, WorkbookSheet sheet, Row row) {
        line("</" + name + ">", sheet, row);
    }

    /**
     * The district's vetoes: its {@code vetoes} cell says whether they were reported (NONE, LISTED); the rows of the
     * veto sheet list them.
     */
    void vetoes(WorkbookSheet d, Row row, WorkbookSheet vetoSheet, List<Row> vetoes, List<InputError> errors) {
        String state = row.get(d.slot("vetoes"));
        if (state == null && vetoes.isEmpty()) {
            return;
        }
        if (WorkbookLayout.VETOES_NONE.equals(state) && vetoes.isEmpty()) {
            line("<vetoes/>", d, row);
            return;
        }
        if (state != null && !WorkbookLayout.VETOES_LISTED.equals(state) && !WorkbookLayout.VETOES_NONE.equals(state)) {
            errors.add(new InputError(d.file, 0, 0, d.at(row.number, "vetoes"), new Wording(
                    "'" + state + "' is not one of NONE (no veto), LISTED (listed in the veto sheet) or blank (not reported)",
                    "'" + state + "' 不是 NONE（无）、LISTED（见一票否决表）或空白（未填报）之一")));
            return;
        }
        if (vetoes.isEmpty()) {
            errors.add(new InputError(d.file, 0, 0, d.at(row.number, "vetoes"), new Wording(
                    "LISTED, but the veto sheet has no row for this district; add the rows or write NONE",
                    "填了 LISTED，但一票否决表中没有本区县的行；请补充，或改填 NONE")));
            return;
        }
        if (WorkbookLayout.VETOES_NONE.equals(state)) {
            errors.add(new InputError(d.file, 0, 0, d.at(row.number, "vetoes"), new Wording(
                    "NONE, but the veto sheet lists " + vetoes.size() + " for this district; write LISTED or delete the rows",
                    "填了 NONE，但一票否决表中列有本区县 " + vetoes.size() + " 条；请改填 LISTED，或删除这些行")));
            return;
        }
        line("<vetoes>", d, row);
        for (Row v : vetoes) {
            String kind = v.get(vetoSheet.slot("kind"));
            String detail = v.get(vetoSheet.slot("text"));
            line("<veto" + (kind == null ? "" : " kind=\"" + escape(kind) + "\"") + ">" + (detail == null ? "" : escape(detail))
                    + "</veto>", vetoSheet, v);
        }
        line("</vetoes>", d, row);
    }

    /** Last year's measures: one {@code <previous>} whose year every row must agree on. */
    void previous(WorkbookSheet sheet, List<Row> rows, List<InputError> errors) {
        String year = rows.get(0).get(sheet.slot("year"));
        for (Row r : rows) {
            String y = r.get(sheet.slot("year"));
            if (y != null && year != null && !y.equals(year)) {
                errors.add(new InputError(sheet.file, 0, 0, sheet.at(r.number, "year"), new Wording(
                        "last year's figures of one district are for one year; the first row says " + year,
                        "同一区县的上年数据只能是同一年度；第一行为 " + year)));
                return;
            }
        }
        line("<previous" + (year == null ? "" : " year=\"" + escape(year) + "\"") + ">", sheet, rows.get(0));
        for (Row r : rows) {
            element("measure", sheet, r, true, Set.of("year"));
        }
        line("</previous>", sheet, rows.get(0));
    }

    static String escape(String v) {
        StringBuilder s = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
