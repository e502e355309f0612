package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks built to harm, made by rewriting parts of the template's zip: each is refused with a message that says
 * what is wrong, no district is read from it, and nothing is thrown.
 */
class HostileWorkbookTest {

    private static final String SHEET = TemplateParts.SHEET;
    private static final String HEAD = TemplateParts.HEAD;

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefused() throws IOException {
        Path bomb = rewrite("bomb.xlsx", SHEET, out -> {
            out.write(HEAD);
            char[] spaces = new char[1 << 20];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);   // 300 MB that deflate to a few hundred KB
            }
            out.write("</sheetData></worksheet>");
        });
        assertThat(Files.size(bomb)).isLessThan(2_000_000);

        TemplateParts.assertRefused(bomb, "zip bomb");
    }

    @Test
    void aDtdWithAnExternalEntityInASheetIsRefused() throws IOException {
        Path file = rewrite("dtd.xlsx", SHEET, out -> out.write("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + HEAD.substring(HEAD.indexOf("<worksheet")) + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>"));

        String message = TemplateParts.assertRefused(file, "declares a DTD or entity");
        assertThat(message).doesNotContain("root:");
    }

    @Test
    void aDtdInThePackagesOwnPartsIsRefused() throws IOException {
        Path file = rewrite("dtd-types.xlsx", "[Content_Types].xml", out -> out.write("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE Types [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"&b;\"/></Types>"));

        TemplateParts.assertRefused(file, "");
    }

    @Test
    void aMillionRowsAreRefusedAtTheRowLimit() throws IOException {
        Path file = rewrite("million.xlsx", SHEET, out -> {
            out.write(HEAD);
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>name</t></is></c></row>");
            for (int r = 3; r < 1_000_003; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + (110000 + r) + "</v></c></row>");
            }
            out.write("</sheetData></worksheet>");
        });

        TemplateParts.assertRefused(file, "more than " + WorkbookBudget.MAX_ROWS + " rows of data");
    }

    @Test
    void aCellOfMillionsOfCharactersIsACellFaultNamingTheCell() throws IOException {
        Path file = rewrite("long-cell.xlsx", SHEET, out -> {
            out.write(HEAD);
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>name</t></is></c></row>");
            out.write("<row r=\"3\"><c r=\"A3\"><v>320583</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>");
            java.util.Random digits = new java.util.Random(1);   // not compressible enough to pass for a zip bomb
            for (int i = 0; i < 3_000_000; i++) {
                out.write('0' + digits.nextInt(10));
            }
            out.write("</t></is></c></row></sheetData></worksheet>");
        });
        List<DistrictInput> read = new SubmissionReader().readAll(file, new ArrayList<>());

        assertThat(read).filteredOn(d -> "320583".equals(d.code())).singleElement().satisfies(d -> {
            assertThat(d.district()).isNull();
            assertThat(d.errors()).anySatisfy(e -> assertThat(e.text(false)).contains("district!B3 (name): more than "
                    + WorkbookSheetHandler.MAX_CELL_CHARS + " characters in one cell"));
        });
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        TemplateParts.assertRefused(file, "not an Excel workbook");
    }

    @Test
    void anOldBinaryWorkbookIsToldApartByItsBytes() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("区县 district");
            wb.write(xls);
        }
        Path file = Files.write(dir.resolve("named-anything.xml"), xls.toByteArray());
        TemplateParts.assertRefused(file, "an old binary Excel file (.xls");
    }

    /** The template with one part replaced. */
    private Path rewrite(String name, String part, TemplateParts.Part content) throws IOException {
        return TemplateParts.of(dir).with(part, content).save(dir.resolve(name));
    }
}
