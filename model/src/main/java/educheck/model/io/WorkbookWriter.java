package educheck.model.io;

import educheck.model.io.WorkbookLayout.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Writes a submission workbook with POI: every sheet of the layout, labels (row 1, with the XSD's annotation as
 * each label's comment), keys (row 2), frozen header rows, drop-down lists for enumerations, and the rows given.
 * Rows stream to temporary files (POI's SXSSF), so a national workbook is written in bounded memory.
 */
final class WorkbookWriter implements AutoCloseable {

    /** Drop-downs and formats reach at least this far below the header, so rows a clerk adds get them too. */
    private static final int PREPARED_ROWS = 2000;
    /** Fixed creation time: the same submission gives the same workbook, byte for byte where POI allows. */
    private static final Date CREATED = new Date(1_704_067_200_000L);

    /** Shared strings, as Excel writes them: a program that edits the workbook with POI then edits what it reads. */
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
    private final Map<String, SXSSFSheet> sheets = new HashMap<>();
    private final Map<String, Integer> nextRow = new HashMap<>();
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;

    WorkbookWriter() {
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("educheck");
        text = style("@");
        integer = style("0");
        decimal = style("General");
        percent = style("0.0#%");
        CellStyle label = header(true);
        CellStyle key = header(false);
        for (WorkbookLayout.Sheet layout : WorkbookLayout.sheets()) {
            SXSSFSheet sheet = workbook.createSheet(layout.name());
            sheets.put(layout.key(), sheet);
            nextRow.put(layout.key(), 2);
            headers(sheet, layout, label, key);
        }
    }

    private CellStyle style(String format) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    private CellStyle header(boolean label) {
        CellStyle s = workbook.createCellStyle();
        Font f = workbook.createFont();
        f.setBold(label);
        f.setItalic(!label);
        f.setColor(label ? IndexedColors.BLACK.getIndex() : IndexedColors.GREY_50_PERCENT.getIndex());
        s.setFont(f);
        s.setFillForegroundColor(label ? IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex() : IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setWrapText(label);
        return s;
    }

    private void headers(SXSSFSheet sheet, WorkbookLayout.Sheet layout, CellStyle labelStyle, CellStyle keyStyle) {
        SXSSFRow labels = sheet.createRow(0);
        SXSSFRow keys = sheet.createRow(1);
        labels.setHeightInPoints(32);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            SXSSFCell l = labels.createCell(i);
            l.setCellValue(c.label());
            l.setCellStyle(labelStyle);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(8);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(c.key() + (c.required() ? " (required 必填)" : "") + "\n" + c.comment()));
            comment.setAuthor("educheck");
            l.setCellComment(comment);
            SXSSFCell k = keys.createCell(i);
            k.setCellValue(c.key());
            k.setCellStyle(keyStyle);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, Math.max(c.key().length(), 2 * c.label().length()) + 2)) * 256);
            sheet.setDefaultColumnStyle(i, c.numeric() ? (c.share() ? percent : c.kind() == WorkbookLayout.Kind.INTEGER ? integer : decimal) : text);
            if (!c.values().isEmpty()) {
                DataValidation v = validations.createValidation(
                        validations.createExplicitListConstraint(c.values().toArray(String[]::new)),
                        new CellRangeAddressList(2, PREPARED_ROWS, i, i));
                v.setShowErrorBox(true);
                v.setSuppressDropDownArrow(true);   // for xlsx, true shows the arrow (POI's naming follows the old format)
                v.createErrorBox("educheck", String.join(" / ", c.values()));
                sheet.addValidationData(v);
            }
        }
        sheet.createFreezePane(0, 2);
    }

    /** Appends a row to a sheet: each value as the XML writes it, numbers as numbers. */
    void row(String sheetKey, Map<String, String> values) {
        WorkbookLayout.Sheet layout = WorkbookLayout.sheet(sheetKey);
        SXSSFSheet sheet = sheets.get(sheetKey);
        int number = nextRow.merge(sheetKey, 1, Integer::sum) - 1;
        SXSSFRow row = sheet.createRow(number);
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String v = values.get(c.key());
            if (v == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(i);
            if (c.numeric() && isNumber(v)) {
                cell.setCellValue(Double.parseDouble(v.strip()));
                cell.setCellStyle(c.share() ? percent : c.kind() == WorkbookLayout.Kind.INTEGER ? integer : decimal);
            } else {
                cell.setCellValue(v);
                cell.setCellStyle(text);
            }
        }
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v.strip());
            return !v.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void write(OutputStream out) throws IOException {
        // POI flushes the sheets' last rows in the order of an identity hash map, and a shared string's number is
        // given when its row is flushed: flushing in sheet order first keeps the workbook the same from run to run.
        for (WorkbookLayout.Sheet layout : WorkbookLayout.sheets()) {
            sheets.get(layout.key()).flushRows();
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
