package educheck.model.io;

import java.io.InputStream;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell formats of the workbook ({@code xl/styles.xml}) show a number as a date or time: all a reader needs of
 * the styles, to tell a year Excel turned into a date. Read as a stream into one bit per format. POI's styles table
 * built the whole part as objects: a 13 MB file declaring 8 million cell formats took 6.2 GB. Excel itself allows
 * 64,000 cell formats and some 250 number formats; more than the limits here is no workbook a program wrote.
 */
final class WorkbookStyles {

    static final int MAX_CELL_FORMATS = 65_536;
    static final int MAX_NUMBER_FORMATS = 65_536;
    /** Excel's own limit on a number format's code. */
    static final int MAX_FORMAT_CODE = 255;
    static final String PART = "the workbook's styles (xl/styles.xml)";

    /** A workbook without the part: no cell is formatted as a date. */
    static final WorkbookStyles NONE = new WorkbookStyles();

    private final BitSet dates = new BitSet();
    private int formats;

    private WorkbookStyles() {
    }

    /** Whether cell format {@code index} (a cell's {@code s}) shows its number as a date or time. */
    boolean isDate(int index) {
        return index >= 0 && dates.get(index);
    }

    static WorkbookStyles read(InputStream part) throws XMLStreamException, java.io.IOException {
        WorkbookStyles s = new WorkbookStyles();
        WorkbookSheetHandler.readPart(part, PART, s::parse);
        return s;
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException {
        Set<Integer> dateFormats = new HashSet<>();
        int numberFormats = 0;
        boolean inCellFormats = false;
        int depth = 0;
        int cellFormatsDepth = -1;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    switch (xml.getLocalName()) {
                        case "numFmt" -> {
                            if (++numberFormats > MAX_NUMBER_FORMATS) {
                                throw tooMany(numberFormats, "number formats");
                            }
                            Integer id = id(xml.getAttributeValue(null, "numFmtId"));
                            String code = xml.getAttributeValue(null, "formatCode");
                            if (id != null && code != null && code.length() <= MAX_FORMAT_CODE && DateUtil.isADateFormat(id, code)) {
                                dateFormats.add(id);
                            }
                        }
                        case "cellXfs" -> {
                            inCellFormats = true;
                            cellFormatsDepth = depth;
                        }
                        case "xf" -> {
                            // Only the formats cells name by index; the cell style formats (cellStyleXfs) are others.
                            if (inCellFormats && depth == cellFormatsDepth + 1) {
                                cellFormat(id(xml.getAttributeValue(null, "numFmtId")), dateFormats);
                            }
                        }
                        default -> { }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (xml.getLocalName().equals("cellXfs") && depth == cellFormatsDepth) {
                        inCellFormats = false;
                    }
                    depth--;
                }
                case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE is disallowed");
                default -> { }
            }
        }
    }

    private void cellFormat(Integer numberFormat, Set<Integer> dateFormats) throws WorkbookRefusal {
        if (formats == MAX_CELL_FORMATS) {
            throw tooMany(formats + 1, "cell formats");
        }
        if (numberFormat != null && (dateFormats.contains(numberFormat) || builtInDate(numberFormat))) {
            dates.set(formats);
        }
        formats++;
    }

    /** A format Excel has built in (14 is m/d/yy): POI tells which of them show dates, by number and code. */
    private static boolean builtInDate(int id) {
        return DateUtil.isADateFormat(id, BuiltinFormats.getBuiltinFormat(id));
    }

    private static Integer id(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static WorkbookRefusal tooMany(int n, String what) {
        return new WorkbookRefusal(new Wording(
                "the workbook's styles declare more than " + (n - 1) + " " + what + " (Excel allows 64,000); no spreadsheet "
                        + "program wrote this: save it again from Excel or LibreOffice",
                "工作簿的样式中声明的" + (what.startsWith("cell") ? "单元格格式" : "数字格式") + "超过 " + (n - 1)
                        + " 个（Excel 最多 64000 个），不是电子表格程序写出的：请用 Excel 或 LibreOffice 重新保存"));
    }
}
