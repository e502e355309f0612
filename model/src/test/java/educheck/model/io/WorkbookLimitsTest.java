package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §5: every part of a workbook that grows a table has a limit, a damaged part is named in plain words, and
 * nothing a workbook holds is thrown out of the reader. Each workbook is the template with a part written anew.
 */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aSharedStringOverTheCellLimitIsACellFaultNotAFailure() throws IOException {
        // Its index ("0") is short; the check was on the index, and the 5 MiB name failed the XML written from it.
        Path file = TemplateParts.of(dir)
                .with(TemplateParts.STRINGS, out -> {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
                    java.util.Random letters = new java.util.Random(1);   // not so compressible as to pass for a zip bomb
                    for (int i = 0; i < 5 << 20; i++) {
                        out.write('a' + letters.nextInt(26));
                    }
                    out.write("</t></si></sst>");
                })
                .onlySheet(TemplateParts.SHEET, out -> out.write(TemplateParts.HEAD + "<row r=\"2\">" + TemplateParts.text("A2", "code")
                        + TemplateParts.text("B2", "name") + TemplateParts.text("C2", "year") + "</row><row r=\"3\"><c r=\"A3\"><v>320583</v></c>"
                        + "<c r=\"B3\" t=\"s\"><v>0</v></c><c r=\"C3\"><v>2024</v></c></row>" + TemplateParts.TAIL))
                .save(dir.resolve("long-shared-string.xlsx"));

        List<DistrictInput> read = new SubmissionReader().readAll(file, new ArrayList<>());

        assertThat(read).singleElement().satisfies(d -> assertThat(d.errors()).anySatisfy(e -> assertThat(e.text(false))
                .contains("区县 district!B3 (name): more than " + WorkbookSheetHandler.MAX_CELL_CHARS + " characters in one cell")));
    }

    @Test
    void moreCellFormatsThanExcelAllowsAreRefused() throws IOException {
        Path file = TemplateParts.of(dir).with(TemplateParts.STYLES, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<cellXfs count=\"8000000\">");
            java.util.Random fonts = new java.util.Random(1);   // not so compressible as to pass for a zip bomb
            for (int i = 0; i <= WorkbookStyles.MAX_CELL_FORMATS; i++) {
                out.write("<xf numFmtId=\"0\" fontId=\"" + fonts.nextInt(1_000_000) + "\"/>");
            }
            out.write("</cellXfs></styleSheet>");
        }).save(dir.resolve("formats.xlsx"));

        TemplateParts.assertRefused(file, "the workbook's styles declare more than " + WorkbookStyles.MAX_CELL_FORMATS + " cell formats");
    }

    @Test
    void aDateFormatIsStillToldFromTheStylesReadAsAStream() throws IOException {
        Path file = TemplateParts.of(dir)
                .with(TemplateParts.STYLES, "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/></numFmts>"
                        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                        + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>")
                .with(TemplateParts.SHEET, TemplateParts.districtSheet("<c r=\"D3\" s=\"1\"><v>42370</v></c>"))
                .save(dir.resolve("dates.xlsx"));

        List<DistrictInput> read = new SubmissionReader().readAll(file, new ArrayList<>());

        assertThat(read).filteredOn(d -> "320583".equals(d.code())).singleElement().satisfies(d -> assertThat(d.errors())
                .anySatisfy(e -> assertThat(e.text(false))
                        .contains("district!D3 (teacherSalaryRatio): the cell is formatted as a date or time (it holds 42370)")));
    }

    @Test
    void moreSharedStringsThanAnySubmissionAreRefused() throws IOException {
        Path file = TemplateParts.of(dir).with(TemplateParts.STRINGS, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i <= WorkbookStrings.MAX_STRINGS; i++) {
                out.write("<si><t>" + (i % 1000) + "</t></si>");
            }
            out.write("</sst>");
        }).save(dir.resolve("strings.xlsx"));

        TemplateParts.assertRefused(file, "the workbook's shared text holds more than " + WorkbookStrings.MAX_STRINGS + " strings");
    }

    @Test
    void aLongStringNamedInManyCellsIsNotHeldPastTheBudget() throws IOException {
        // One string of the longest a cell may hold, named by every cell of a thousand rows: three kilobytes of sheet.
        int columns = 40;
        int rows = (int) (WorkbookBudget.MAX_HELD_CHARS / (columns * (long) WorkbookSheetHandler.MAX_CELL_CHARS)) + 2;
        Path file = TemplateParts.of(dir)
                .with(TemplateParts.STRINGS, "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                        + "x".repeat(WorkbookSheetHandler.MAX_CELL_CHARS) + "</t></si></sst>")
                .onlySheet("xl/worksheets/sheet6.xml", out -> {
                    String[] keys = {"district", "school", "kindergarten", "key", "value"};
                    out.write(TemplateParts.HEAD + "<row r=\"2\">");
                    for (int c = 0; c < keys.length; c++) {
                        out.write(TemplateParts.text(WorkbookSheet.letter(c) + 2, keys[c]));
                    }
                    out.write("</row>");
                    for (int r = 3; r < rows * columns / keys.length + 3; r++) {
                        out.write("<row r=\"" + r + "\">");
                        for (int c = 0; c < keys.length; c++) {
                            out.write("<c r=\"" + WorkbookSheet.letter(c) + r + "\" t=\"s\"><v>0</v></c>");
                        }
                        out.write("</row>");
                    }
                    out.write(TemplateParts.TAIL);
                })
                .save(dir.resolve("amplified.xlsx"));

        TemplateParts.assertRefused(file, "the workbook's rows hold more than " + WorkbookBudget.MAX_HELD_CHARS / 1_000_000 + " million characters");
    }

    @Test
    void moreMergedRangesThanAnySubmissionAreRefused() throws IOException {
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int i = 0; i <= WorkbookSheetHandler.MAX_MERGES; i++) {
            merges.append("<mergeCell ref=\"A").append(i + 3).append(":B").append(i + 3).append("\"/>");
        }
        Path file = TemplateParts.of(dir)
                .with(TemplateParts.SHEET, TemplateParts.districtSheet("") .replace(TemplateParts.TAIL, "</sheetData>" + merges + "</mergeCells></worksheet>"))
                .save(dir.resolve("merges.xlsx"));

        TemplateParts.assertRefused(file, "区县 district: more than " + WorkbookSheetHandler.MAX_MERGES + " merged ranges");
    }

    @Test
    void aDamagedSheetIsNamedInWordsNotJavas() throws IOException {
        String[][] cases = {
            {"<row r=\"abc\"><c r=\"A3\"><v>1</v></c></row>", "a row number is 'abc', not a number"},
            {"<row r=\"3\"><c r=\"A3\" s=\"x\"><v>1</v></c></row>", "a style is 'x', not a number"},
            {"<row r=\"3\"><c r=\"3A\"><v>1</v></c></row>", "a cell is at '3A', which is no cell of a sheet"},
            {"<row r=\"3\"><c r=\"ZZZZ3\"><v>1</v></c></row>", "a cell is at 'ZZZZ3', which is no cell of a sheet"},
            {"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99999</v></c></row>", "cell A3 names shared text '99999', which the workbook does not have"},
            {"<row r=\"3\"><c r=\"A3\"><v>1</v></row>", "the sheet 区县 district is damaged, not well-formed XML"},
        };
        for (String[] c : cases) {
            Path file = TemplateParts.of(dir).with(TemplateParts.SHEET, TemplateParts.HEAD + c[0] + TemplateParts.TAIL)
                    .save(dir.resolve("damaged.xlsx"));
            String message = TemplateParts.assertRefused(file, c[1]);
            assertThat(message).doesNotContain("For input string", "Cannot invoke", "Exception");
        }
    }

    @Test
    void aSheetNamingNoPartIsNamedInWords() throws IOException {
        Path file = TemplateParts.of(dir).with(TemplateParts.WORKBOOK, "<?xml version=\"1.0\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"区县 district\" sheetId=\"1\"/><sheet name=\"学校 school\" sheetId=\"2\" r:id=\"rId99\"/></sheets></workbook>")
                .save(dir.resolve("no-part.xlsx"));

        assertThat(TemplateParts.assertRefused(file, "the sheet 区县 district names no part")).doesNotContain("Cannot invoke");
    }

    @Test
    void moreSheetsThanAnySubmissionAreRefused() throws IOException {
        Path file = TemplateParts.of(dir).with(TemplateParts.WORKBOOK, out -> {
            out.write("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            for (int i = 0; i <= WorkbookReader.MAX_SHEETS; i++) {
                out.write("<sheet name=\"s" + i + "\" sheetId=\"" + (i + 1) + "\" r:id=\"rId3\"/>");
            }
            out.write("</sheets></workbook>");
        }).save(dir.resolve("sheets.xlsx"));

        TemplateParts.assertRefused(file, "more than " + WorkbookReader.MAX_SHEETS + " sheets");
    }

    @Test
    void aZipOfMorePartsThanAnyWorkbookIsRefused() throws IOException {
        TemplateParts parts = TemplateParts.of(dir);
        for (int i = 0; i <= WorkbookPackage.MAX_PARTS; i++) {
            parts.with("xl/media/x" + i + ".txt", "x");
        }
        TemplateParts.assertRefused(parts.save(dir.resolve("parts.xlsx")), "parts; a workbook has some fifty");
    }

    @Test
    void aDtdInTheDocumentPropertiesIsRefusedNamingThePart() throws IOException {
        // POI never parses these, so the DOCTYPE was accepted though the README says a DTD anywhere is refused.
        Path file = TemplateParts.of(dir).with("docProps/core.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>")
                .save(dir.resolve("dtd-props.xlsx"));

        TemplateParts.assertRefused(file, "the part docProps/core.xml declares a DTD or entity");
    }

    @Test
    void aDtdInASheetIsRefusedNamingThePart() throws IOException {
        Path file = TemplateParts.of(dir).with(TemplateParts.SHEET, "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"x\">]>"
                + TemplateParts.HEAD.substring(TemplateParts.HEAD.indexOf("<worksheet")) + TemplateParts.TAIL)
                .save(dir.resolve("dtd-sheet.xlsx"));

        TemplateParts.assertRefused(file, "the part " + TemplateParts.SHEET + " declares a DTD or entity");
    }

    @Test
    void aNonzeroNumberTooSmallToHoldIsACellFaultNotAZero() throws IOException {
        for (String[] c : new String[][] {{"1E-400", "'1E-400' is too small to be told from 0"},
                {"1E309", "'1E309' is beyond any figure a county has"}, {"-2E12", "'-2E12' is beyond any figure a county has"}}) {
            Path file = TemplateParts.of(dir).with(TemplateParts.SHEET, TemplateParts.districtSheet("<c r=\"D3\"><v>" + c[0] + "</v></c>"))
                    .save(dir.resolve("number.xlsx"));

            List<DistrictInput> read = new SubmissionReader().readAll(file, new ArrayList<>());

            assertThat(read).filteredOn(d -> "320583".equals(d.code())).singleElement().satisfies(d -> {
                assertThat(d.isValid()).as(c[0]).isFalse();
                assertThat(d.errors()).anySatisfy(e -> assertThat(e.text(false)).contains("district!D3 (teacherSalaryRatio): " + c[1]));
            });
        }
    }
}
