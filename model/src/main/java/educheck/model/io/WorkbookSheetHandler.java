package educheck.model.io;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import educheck.model.Measure;
import educheck.model.io.WorkbookLayout.Column;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one worksheet part as a stream (POI's package, Woodstox's pull parser): nothing but the current row is held
 * besides what {@link WorkbookSheet} keeps. A cell's value is what it holds, not how it is shown: a share shown as
 * 85 % gives 0.85, a formula its saved result.
 */
final class WorkbookSheetHandler {

    /**
     * Woodstox's pull parser rather than the JDK's SAX parser (which POI's event model uses): parsing the sheets was
     * the largest part of a check from workbooks, and it does it in 0.70 of the CPU time (docs/benchmarks.md, "Which
     * reader").
     */
    static final XMLInputFactory SHEETS = sheetFactory();

    private static XMLInputFactory sheetFactory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // A cell's text comes in pieces of at most this many characters, so a hostile cell is never held whole.
        f.setProperty(WstxInputProperties.P_MIN_TEXT_SEGMENT, 4096);
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
    }

    /** Reads the rest of one part of a workbook, given its reader. */
    interface PartReader {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Reads a workbook part with {@code reader}: a part that is not well-formed XML is refused naming it, in the
     * words of {@code part} ("the sheet 学校 school"); a refusal of {@code reader}'s own passes as it is.
     */
    static void readPart(InputStream in, String part, PartReader reader) throws XMLStreamException, IOException {
        XMLStreamReader xml = SHEETS.createXMLStreamReader(in);
        try {
            reader.read(xml);
        } catch (WorkbookRefusal e) {
            throw e;
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        } catch (RuntimeException e) {
            XMLStreamException report = XmlFaults.lazy(e);
            if (report == null) {
                throw e;
            }
            throw damaged(part, report);
        } finally {
            xml.close();
        }
    }

    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Merged ranges in one sheet: a submission has none over its data, a few over its labels. */
    static final int MAX_MERGES = 10_000;
    /** Excel's last column (XFD) and row. */
    static final int MAX_COLUMN = 16_384;
    static final int MAX_ROW = 1_048_576;

    private final WorkbookSheet sheet;
    private final WorkbookStrings strings;
    private final WorkbookStyles styles;
    private final WorkbookBudget budget;

    private int rowNumber;
    private int nextColumn;
    private final TreeMap<Integer, String> keyCells = new TreeMap<>();
    private String[] values;
    private List<InputError> rowErrors;
    private boolean rowHasData;

    private String ref;
    private int column;
    private boolean rowHidden;
    private String type;
    private int style;
    private boolean formula;
    private boolean valueSeen;
    private StringBuilder collecting;
    private boolean inPhonetic;
    /** A cell's {@code <v>} (its value, or a shared string's index) and its inline string's {@code <t>} texts, apart:
     * a cell rewritten by a program may keep both, and its type says which one counts. */
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean inlineSeen;
    private StringBuilder text = value;
    private final List<String> merges = new ArrayList<>();

    /** @param budget what the workbook's sheets read so far hold, shared by them */
    WorkbookSheetHandler(WorkbookSheet sheet, WorkbookStrings strings, WorkbookStyles styles, WorkbookBudget budget) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.budget = budget;
    }

    List<String> merges() {
        return merges;
    }

    /** Data rows hidden in the sheet (a few of their numbers, and how many): read all the same, and said. */
    final List<Integer> hiddenRows = new ArrayList<>();
    int hiddenRowCount;

    /**
     * Reads the sheet part to its end; a DTD (which no spreadsheet program writes) stops it like POI's own parser.
     *
     * @param name how the part is named when it is damaged ("the sheet 学校 school")
     */
    void read(InputStream part, String name) throws XMLStreamException, IOException {
        readPart(part, name, xml -> {
            while (xml.hasNext() && !keysRead) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> startElement(xml.getLocalName(), xml);
                    case XMLStreamConstants.END_ELEMENT -> endElement(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is disallowed in a sheet");
                    default -> { }
                }
            }
        });
    }

    /** The part refused as damaged; but what its stream threw (POI's zip bomb guard, a read error) is no fault of the XML. */
    private static WorkbookRefusal damaged(String part, XMLStreamException e) throws IOException {
        if (e.getNestedException() instanceof IOException io) {
            throw io;
        }
        return WorkbookRefusal.damaged(part, e);
    }

    /** Only row 2 is wanted (a sheet of the office's own, looked at for the keys of a sheet renamed): set by {@link #keys}. */
    private boolean keysOnly;
    private boolean keysRead;

    /** The keys in row 2 of a sheet not known by its name, reading no further than that row. */
    static java.util.Collection<String> keys(InputStream part, String name, WorkbookStrings strings)
            throws XMLStreamException, IOException {
        WorkbookSheetHandler h = new WorkbookSheetHandler(null, strings, WorkbookStyles.NONE, new WorkbookBudget(null));
        h.keysOnly = true;
        h.read(part, name);
        return h.keyCells.values();
    }

    private void startElement(String local, XMLStreamReader atts) throws XMLStreamException {
        switch (local) {
            case "row" -> {
                String r = atts.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : whole(r, MAX_ROW, "row number");
                if (keysOnly && rowNumber > 2) {
                    keysRead = true;
                    return;
                }
                nextColumn = 0;
                keyCells.clear();
                values = rowNumber >= 3 ? new String[sheet.slots.size()] : null;
                rowErrors = null;
                rowHasData = false;
                String hidden = atts.getAttributeValue(null, "hidden");
                rowHidden = "1".equals(hidden) || "true".equals(hidden);
            }
            case "c" -> {
                ref = atts.getAttributeValue(null, "r");
                if (ref == null) {
                    ref = WorkbookSheet.letter(nextColumn) + rowNumber;
                }
                column = WorkbookSheet.columnIndex(ref);
                if (column < 0 || column >= MAX_COLUMN || WorkbookSheet.rowIndex(ref) < 1) {
                    throw damaged("a cell is at '" + shorten(ref) + "', which is no cell of a sheet (A1 to XFD1048576)",
                            "有单元格位于 '" + shorten(ref) + "'，这不是工作表中的单元格（A1 至 XFD1048576）");
                }
                nextColumn = column + 1;
                type = atts.getAttributeValue(null, "t");
                String s = atts.getAttributeValue(null, "s");
                style = s == null ? 0 : whole(s, Integer.MAX_VALUE, "style");
                formula = false;
                valueSeen = false;
                inlineSeen = false;
                value.setLength(0);
                inline.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                collecting = value;
                valueSeen = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (!inPhonetic) {
                    collecting = inline;
                    inlineSeen = true;
                }
            }
            case "mergeCell" -> {
                if (merges.size() == MAX_MERGES) {
                    throw new WorkbookRefusal(new Wording(
                            sheet.name + ": more than " + MAX_MERGES + " merged ranges; unmerge the cells (a submission needs none)",
                            sheet.name + "：合并单元格区域超过 " + MAX_MERGES + " 个；请取消合并（提交数据不需要合并单元格）"));
                }
                merges.add(atts.getAttributeValue(null, "ref"));
            }
            default -> { }
        }
    }

    /** A number the sheet's markup gives (a row number, a style), which a damaged part may not. */
    private int whole(String text, int max, String what) throws WorkbookRefusal {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw damaged("a " + what + " is '" + shorten(text) + "', not a number from 0 to " + max,
                "有" + (what.equals("style") ? "样式编号" : "行号") + "为 '" + shorten(text) + "'，不是 0 至 " + max + " 之间的数");
    }

    private WorkbookRefusal damaged(String en, String zh) {
        String where = sheet == null ? "a sheet" : "the sheet " + sheet.name;
        String whereZh = sheet == null ? "某个工作表" : "工作表 " + sheet.name;
        return new WorkbookRefusal(new Wording(where + " is damaged: " + en + "; save the workbook again from Excel or LibreOffice",
                whereZh + " 已损坏：" + zh + "；请用 Excel 或 LibreOffice 重新保存工作簿"));
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private void characters(char[] ch, int start, int length) {
        if (collecting != null && collecting.length() <= MAX_CELL_CHARS) {
            collecting.append(ch, start, Math.min(length, MAX_CELL_CHARS + 1 - collecting.length()));
        }
    }

    private void endElement(String local) throws XMLStreamException {
        switch (local) {
            case "v", "t" -> collecting = null;
            case "rPh" -> inPhonetic = false;
            case "c" -> cell();
            case "row" -> row();
            default -> { }
        }
    }

    private void cell() throws WorkbookRefusal {
        if (rowNumber == 2) {
            String key = raw();
            if (key != null) {
                keyCells.put(column, key);
            }
            return;
        }
        if (values == null) {
            return;
        }
        if (!sheet.keyRowSeen && raw() != null) {
            sheet.missingKeyRow();
            return;
        }
        int slot = sheet.slotOfColumn(column);
        if (slot < 0) {
            return;
        }
        Column c = sheet.columnAt(slot);
        text = "inlineStr".equals(type) ? inline : value;
        if (formula && !valueSeen) {
            fault(c, "a formula without a saved value: open the workbook in Excel or LibreOffice, let it calculate, and save it",
                    "公式没有保存计算结果：请用 Excel 或 LibreOffice 打开工作簿，计算后保存");
            return;
        }
        if ("e".equals(type)) {
            fault(c, "the formula gives the error value " + text + "; correct the formula or type the figure",
                    "公式结果为错误值 " + text + "；请改正公式或直接填写数值");
            return;
        }
        String value = raw();
        if (value == null) {
            return;
        }
        // The text itself, a shared string's too (its index is short whatever it names: a 4 MiB string got past).
        if (value.length() > MAX_CELL_CHARS) {
            fault(c, "more than " + MAX_CELL_CHARS + " characters in one cell", "单元格超过 " + MAX_CELL_CHARS + " 个字符");
            return;
        }
        if (isNumber() && isDateStyle()) {
            fault(c, "the cell is formatted as a date or time (it holds " + WorkbookSheet.plain(value) + "); format it as a number ("
                            + "Format Cells > Number) and type the figure again",
                    "单元格设置成了日期或时间格式（实际存的是 " + WorkbookSheet.plain(value) + "）；请把单元格格式改为“数值”后重新填写");
            return;
        }
        if (!isNumber() && c.numeric() && value.strip().endsWith("%")) {
            fault(c, "a percent written as text ('" + value.strip() + "'); type it as a fraction (0.85) or as a number in a cell formatted as percent",
                    "百分数写成了文字（'" + value.strip() + "'）；请填小数（如 0.85），或在设置为百分比格式的单元格中填数字");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                fault(c, "the cell holds a control character (code " + (int) ch + "); retype its text",
                        "单元格中含有控制字符（编码 " + (int) ch + "）；请重新输入其内容");
                return;
            }
        }
        Measure.OutOfRange wrong = isNumber() ? Measure.outOfRange(value) : null;
        if (wrong != null) {
            // Caught here, not by the schema: 1E-400 would reach it as 0, and 1E309 as no number at all.
            Wording w = SubmissionValidator.outOfRange(wrong, value);
            fault(c, w.en(), w.zh());
            return;
        }
        values[slot] = isNumber() ? WorkbookSheet.plain(value) : WorkbookSheet.text(c, value);
        rowHasData |= !values[slot].isBlank();
    }

    private boolean isNumber() {
        return type == null || "n".equals(type);
    }

    /** The cell's text as stored: shared strings looked up, booleans as true/false; null when blank. */
    private String raw() throws WorkbookRefusal {
        boolean inlineString = "inlineStr".equals(type);
        if (inlineString ? !inlineSeen : !valueSeen) {
            return null;
        }
        String v = (inlineString ? inline : value).toString();
        if ("s".equals(type)) {
            String index = v.strip();
            v = index.isEmpty() || index.length() > 9 || !index.chars().allMatch(Character::isDigit)
                    ? null : strings.get(Integer.parseInt(index));
            if (v == null) {
                throw damaged("cell " + ref + " names shared text '" + shorten(index) + "', which the workbook does not have",
                        "单元格 " + ref + " 引用的共享文本 '" + shorten(index) + "' 在工作簿中不存在");
            }
        } else if ("b".equals(type)) {
            v = "1".equals(v.strip()) ? "true" : "false";
        }
        return v.isEmpty() ? null : v;
    }

    private boolean isDateStyle() {
        return style != 0 && styles.isDate(style);
    }

    /**
     * A fault in the current cell; its place is worked out here, as most cells have none. Past
     * {@link WorkbookBudget#MAX_CELL_FAULTS} in the workbook, a row says only that it has more.
     */
    private void fault(Column c, String en, String zh) {
        rowHasData = true;
        if (!budget.fault()) {
            if (rowErrors == null || !rowErrors.contains(budget.moreFaults)) {
                rowErrors = rowErrors == null ? new ArrayList<>(1) : rowErrors;
                rowErrors.add(budget.moreFaults);
            }
            return;
        }
        if (rowErrors == null) {
            rowErrors = new ArrayList<>(2);
        }
        rowErrors.add(new InputError(sheet.file, 0, 0, sheet.atCell(ref, c.key()), new Wording(en, zh)));
    }

    private void row() throws XMLStreamException {
        if (rowNumber == 2) {
            if (keysOnly) {
                keysRead = true;
            } else {
                sheet.keyRow(keyCells);
            }
            return;
        }
        if (values == null || !rowHasData) {
            return;
        }
        if (rowHidden && hiddenRowCount++ < 5) {
            hiddenRows.add(rowNumber);
        }
        StringBuilder packed = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                packed.append('\0');
            }
            if (values[i] != null) {
                packed.append(values[i]);
            }
        }
        budget.row(packed.length());
        WorkbookSheet.Row row = new WorkbookSheet.Row(rowNumber, packed.toString());
        row.errors = rowErrors;
        sheet.rows.add(row);
    }
}
