import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Step 1 of making the LibreOffice-saved test fixture (see make.sh): takes the workbook template and writes the
 * figures a district office would work out in the sheet itself, as formulas with no saved result (LibreOffice
 * computes them in step 2): ratios as divisions, shares as divisions shown as percentages, a per-student amount.
 */
public class MakeFormulaWorkbook {
    public static void main(String[] args) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(args[0])); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Sheet district = sheetEndingWith(wb, "district");
            formula(district, "teacherSalaryRatio", "ROUND(10320/10020,2)", null);
            formula(district, "trainingCompletionRate", "1180/1200", percent);
            formula(district, "migrantInPublicShare", "9100/10000", percent);
            formula(district, "rotated", "SUM(100,31)", null);
            Sheet section = sheetEndingWith(wb, "section");
            // Row 3 is school S001's PRIMARY section.
            formula(section, "students", "20*41+3", null);
            Sheet measure = sheetEndingWith(wb, "measure");
            formula(measure, "value", "ROUND(2310000000/56341,0)", null, 4);
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                wb.write(out);
            }
        }
    }

    static Sheet sheetEndingWith(XSSFWorkbook wb, String key) {
        for (Sheet s : wb) {
            if (s.getSheetName().endsWith(" " + key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(key);
    }

    static void formula(Sheet sheet, String key, String formula, CellStyle style) {
        formula(sheet, key, formula, style, 3);
    }

    static void formula(Sheet sheet, String key, String formula, CellStyle style, int rowNumber) {
        Row keys = sheet.getRow(1);
        for (Cell k : keys) {
            if (k.getStringCellValue().equals(key)) {
                Row row = sheet.getRow(rowNumber - 1);
                // A new cell: POI would keep an old cell's number as the formula's saved result, and LibreOffice
                // (which does not recalculate xlsx on load) would save that instead of computing.
                Cell old = row.getCell(k.getColumnIndex());
                if (old != null) {
                    row.removeCell(old);
                }
                Cell c = row.createCell(k.getColumnIndex());
                c.setCellFormula(formula);
                if (style != null) {
                    c.setCellStyle(style);
                }
                return;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
