package educheck.cli;

import educheck.model.io.SubmissionConverter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook template as a program fills it in: open it with POI, change cells found by their key (row 2), save.
 * Tests make their broken and filled-in workbooks this way, as a district office's own tools would.
 */
final class TemplateWorkbook implements AutoCloseable {

    final XSSFWorkbook workbook;

    private TemplateWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static TemplateWorkbook open() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SubmissionConverter.template(bytes);
        return new TemplateWorkbook(new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray())));
    }

    static TemplateWorkbook open(Path file) throws IOException {
        return new TemplateWorkbook(new XSSFWorkbook(Files.newInputStream(file)));
    }

    /** The sheet whose name ends with {@code key} (`学校 school`). */
    Sheet sheet(String key) {
        for (Sheet s : workbook) {
            if (s.getSheetName().endsWith(" " + key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sheet " + key);
    }

    int column(String sheetKey, String key) {
        for (Cell c : sheet(sheetKey).getRow(1)) {
            if (c.getStringCellValue().equals(key)) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no key " + key + " in " + sheetKey);
    }

    /** The cell of {@code key} in 1-based {@code row}, made if blank. */
    Cell cell(String sheetKey, String key, int row) {
        Sheet s = sheet(sheetKey);
        Row r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
        int c = column(sheetKey, key);
        return r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
    }

    /** A fresh cell in place of the old one (POI keeps an old number as a formula's saved result otherwise). */
    Cell freshCell(String sheetKey, String key, int row) {
        Cell old = cell(sheetKey, key, row);
        Row r = old.getRow();
        r.removeCell(old);
        return r.createCell(column(sheetKey, key));
    }

    /** `F` for the column of {@code key}: what an error message must name. */
    String letter(String sheetKey, String key) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column(sheetKey, key));
    }

    Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
