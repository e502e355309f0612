package educheck.model.io;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import educheck.model.Measure;
import educheck.model.io.WorkbookLayout.Column;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

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
    private static final XMLInputFactory SHEETS = sheetFactory();

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

    /** More data rows than this in one workbook are refused: national figures need about 400,000 (schools and sections). */
    static final int MAX_ROWS = 600_000;
    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Thrown to stop reading at the row limit; carries nothing but the fact. */
    static final class TooManyRows extends XMLStreamException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private final WorkbookSheet sheet;
    private final SharedStrings strings;
    /**
     * Each shared string's text, made once per sheet: POI builds a rich-text object through XMLBeans at every lookup
     * (about a sixth of a national set's reading), and a sheet looks up the same labels, kinds and keys thousands of
     * times. Grown only to an index POI has just answered for, never to the count the file declares, which a
     * hostile file could make huge: it is never more than twice as long as the table POI already holds.
     */
    private String[] sharedTexts = new String[256];
    private final StylesTable styles;
    private final int[] rowsSoFar;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private int rowNumber;
    private int nextColumn;
    private final TreeMap<Integer, String> keyCells = new TreeMap<>();
    private String[] values;
    private List<InputError> rowErrors;
    private boolean rowHasData;

    private String ref;
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

    /** @param rowsSoFar data rows read so far in the workbook, shared by its sheets */
    WorkbookSheetHandler(WorkbookSheet sheet, SharedStrings strings, StylesTable styles, int[] rowsSoFar) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.rowsSoFar = rowsSoFar;
    }

    List<String> merges() {
        return merges;
    }

    /** Reads the sheet part to its end; a DTD (which no spreadsheet program writes) stops it like POI's own parser. */
    void read(InputStream part) throws XMLStreamException {
        XMLStreamReader xml = SHEETS.createXMLStreamReader(part);
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> startElement(xml.getLocalName(), xml);
                    case XMLStreamConstants.END_ELEMENT -> endElement(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is disallowed in a sheet");
                    default -> { }
                }
            }
        } finally {
            xml.close();
        }
    }

    private void startElement(String local, XMLStreamReader atts) throws XMLStreamException {
        switch (local) {
            case "row" -> {
                String r = atts.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                nextColumn = 0;
                keyCells.clear();
                values = rowNumber >= 3 ? new String[sheet.slots.size()] : null;
                rowErrors = null;
                rowHasData = false;
            }
            case "c" -> {
                ref = atts.getAttributeValue(null, "r");
                if (ref == null) {
                    ref = WorkbookSheet.letter(nextColumn) + rowNumber;
                }
                nextColumn = WorkbookSheet.columnIndex(ref) + 1;
                type = atts.getAttributeValue(null, "t");
                String s = atts.getAttributeValue(null, "s");
                style = s == null ? 0 : Integer.parseInt(s);
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
            case "mergeCell" -> merges.add(atts.getAttributeValue(null, "ref"));
            default -> { }
        }
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

    private void cell() {
        int column = WorkbookSheet.columnIndex(ref);
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
        if (text.length() > MAX_CELL_CHARS) {
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
    private String raw() {
        boolean inlineString = "inlineStr".equals(type);
        if (inlineString ? !inlineSeen : !valueSeen) {
            return null;
        }
        String v = (inlineString ? inline : value).toString();
        if ("s".equals(type)) {
            try {
                v = sharedText(Integer.parseInt(v.strip()));
            } catch (RuntimeException e) {
                return null;
            }
        } else if ("b".equals(type)) {
            v = "1".equals(v.strip()) ? "true" : "false";
        }
        return v.isEmpty() ? null : v;
    }

    private String sharedText(int index) {
        if (index < sharedTexts.length && sharedTexts[index] != null) {
            return sharedTexts[index];
        }
        String text = strings.getItemAt(index).getString();  // throws for an index not in the table
        if (index >= sharedTexts.length) {
            sharedTexts = Arrays.copyOf(sharedTexts, Math.max(index + 1, 2 * sharedTexts.length));
        }
        sharedTexts[index] = text;
        return text;
    }

    private boolean isDateStyle() {
        if (styles == null || style == 0) {
            return false;
        }
        return dateStyles.computeIfAbsent(style, s -> {
            try {
                XSSFCellStyle cs = styles.getStyleAt(s);
                return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    /** A fault in the current cell; its place is worked out here, as most cells have none. */
    private void fault(Column c, String en, String zh) {
        if (rowErrors == null) {
            rowErrors = new ArrayList<>(2);
        }
        rowErrors.add(new InputError(sheet.file, 0, 0, sheet.atCell(ref, c.key()), new Wording(en, zh)));
        rowHasData = true;
    }

    private void row() throws XMLStreamException {
        if (rowNumber == 2) {
            sheet.keyRow(keyCells);
            return;
        }
        if (values == null || !rowHasData) {
            return;
        }
        if (++rowsSoFar[0] > MAX_ROWS) {
            throw new TooManyRows();
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
        WorkbookSheet.Row row = new WorkbookSheet.Row(rowNumber, packed.toString());
        row.errors = rowErrors;
        sheet.rows.add(row);
    }
}
