package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of fault a filled-in workbook can have, made through POI in the template, checked by the real command
 * beside a sound sample: exit 2, the message names the file, sheet, cell and key in English and in Chinese, the
 * sound district is still checked, and no stack trace.
 */
class WorkbookErrorsTest {

    private static final String GOOD = "../samples/passing-320583-kunshan.xml";

    @TempDir
    static Path dir;

    interface Fault {
        void apply(TemplateWorkbook t) throws IOException;
    }

    /** @param where what the message must locate, after {@code d.xlsx: } */
    record Case(String name, Fault fault, String where, String english, String chinese) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unknown key", t -> t.cell("school", "name", 2).setCellValue("nmae"),
                        "学校 school!C2 (nmae)", "unknown key 'nmae'", "未知的键 'nmae'"),
                new Case("missing key row", t -> t.sheet("section").removeRow(t.sheet("section").getRow(1)),
                        "学段 section!2:2", "no key row: row 2 must hold the keys", "缺少键行"),
                new Case("text where a number belongs", t -> t.cell("section", "students", 3).setCellValue("many"),
                        "学段 section!D3 (students)", "many", "many"),
                new Case("a percent written as text", t -> t.cell("district", "trainingCompletionRate", 3).setCellValue("85%"),
                        "区县 district!H3 (trainingCompletionRate)", "a percent written as text ('85%')", "百分数写成了文字"),
                new Case("a date-formatted cell", t -> {
                    CellStyle date = t.workbook.createCellStyle();
                    date.setDataFormat(t.workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                    t.cell("district", "basicBalanceRecognizedYear", 3).setCellValue(42370);
                    t.cell("district", "basicBalanceRecognizedYear", 3).setCellStyle(date);
                }, "区县 district!D3 (basicBalanceRecognizedYear)", "formatted as a date or time (it holds 42370)", "日期或时间格式"),
                new Case("a merged cell over data", t -> t.sheet("school").addMergedRegion(CellRangeAddress.valueOf("B3:C3")),
                        "学校 school!B3", "merged cells B3:C3 over data", "合并单元格 B3:C3"),
                new Case("a section of a school that does not exist", t -> t.cell("section", "school", 3).setCellValue("S999"),
                        "学段 section!B3 (school)", "school 'S999' of district 310151 is not in the sheet 学校 school", "'S999' 不在“学校 school”表中"),
                new Case("a school of a district that does not exist", t -> t.cell("school", "district", 3).setCellValue("310999"),
                        "学校 school!A3 (district)", "district 310999 is not in the district sheet", "区县 310999 不在区县表"),
                new Case("duplicate school ids", t -> t.cell("school", "id", 4).setCellValue("S001"),
                        "学校 school!B4 (id)", "school id 'S001' is used twice", "学校编号 'S001' 在本区县中重复使用"),
                new Case("a formula with an error value", t -> {
                    t.freshCell("district", "teacherSalaryRatio", 3).setCellFormula("1/0");
                    t.cell("district", "teacherSalaryRatio", 3).setCellErrorValue(FormulaError.DIV0.getCode());
                }, "区县 district!F3 (teacherSalaryRatio)", "the formula gives the error value #DIV/0!", "公式结果为错误值 #DIV/0!"),
                new Case("a formula without a saved value", t -> t.freshCell("district", "trainingCompletionRate", 3).setCellFormula("1180/1200"),
                        "区县 district!H3 (trainingCompletionRate)", "a formula without a saved value", "公式没有保存计算结果"),
                new Case("a hidden sheet", t -> t.workbook.setSheetHidden(t.workbook.getSheetIndex(t.sheet("room")), true),
                        "专用教室 room", "the sheet is hidden", "该工作表被隐藏"),
                // Issue 26: read as if the sheet were empty, silently; its rooms were gone and the district changed verdict.
                new Case("a sheet renamed", t -> t.workbook.setSheetName(t.workbook.getSheetIndex(t.sheet("room")), "教室"),
                        "教室", "this looks like the room sheet renamed, and there is no sheet named for 'room'", "改了名的“专用教室 room”表"),
                new Case("a sheet renamed to its key written otherwise", t -> t.workbook.setSheetName(
                        t.workbook.getSheetIndex(t.sheet("kindergarten")), "Kindergartens"),
                        "Kindergartens", "The sheets found: 区县 district, 学校 school, 学段 section, 专用教室 room, Kindergartens",
                        "工作簿中的表：区县 district"),
                new Case("a number too small to hold", t -> t.cell("section", "sportsArea", 3).setCellValue(Double.MIN_VALUE),
                        "学段 section!L3 (sportsArea)", "'4.9E-324' is too small to be told from 0", "与 0 无法区分"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMessageNamesSheetCellAndKeyInBothLanguages(Case c) throws IOException {
        Path file;
        try (TemplateWorkbook t = TemplateWorkbook.open()) {
            c.fault().apply(t);
            file = t.save(dir.resolve(c.name().replace(' ', '-') + ".xlsx"));
        }
        assertFault(file, c.where(), c.english(), c.chinese());
    }

    @org.junit.jupiter.api.Test
    void anOldBinaryWorkbookNamedXlsxIsRefused() throws IOException {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook xls = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            xls.createSheet("区县 district").createRow(0).createCell(0).setCellValue("code");
            xls.write(out);
        }
        assertFault(file, null, "an old binary Excel file (.xls", "旧版二进制 Excel 文件");
    }

    @org.junit.jupiter.api.Test
    void aCsvFileNamedXlsxIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("table.xlsx"), "code,name,year\n310151,崇明区,2024\n", StandardCharsets.UTF_8);
        assertFault(file, null, "named as a workbook but it is a text file (CSV?)", "内容是文本文件（CSV？）");
    }

    @org.junit.jupiter.api.Test
    void aWorkbookProtectedByAPasswordIsCalledSoNotAnOldXls() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        educheck.model.io.SubmissionConverter.template(plain);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertFault(file, null, "the workbook is protected by a password (encrypted)", "设置了打开密码");
    }

    @org.junit.jupiter.api.Test
    void anEmptyFileAndAPictureNamedXlsxAreCalledWhatTheyAre() throws IOException {
        assertFault(Files.write(dir.resolve("empty.xlsx"), new byte[0]), null, "the file is empty (0 bytes)", "文件是空的");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertFault(Files.write(dir.resolve("photo.xlsx"), png), null, "a PNG image, not a submission", "PNG 图片");
    }

    @org.junit.jupiter.api.Test
    void aDamagedWorkbookIsNamedByItsOwnNameNotTheTemporaryCopy() throws IOException {
        Path whole;
        try (TemplateWorkbook t = TemplateWorkbook.open()) {
            whole = t.save(dir.resolve("whole.xlsx"));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        CliRun run = CliRun.of("check", cut.toString(), GOOD, "--lang", "en").printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(cut + ": the workbook is damaged or was cut short");
        assertThat(run.err().replace(cut.toString(), "cut.xlsx")).doesNotContain("educheck-", System.getProperty("java.io.tmpdir"));
        assertThat(run.out()).contains("320583");
    }

    @org.junit.jupiter.api.Test
    void hiddenRowsAreReadAndSaid() throws IOException {
        Path file;
        try (TemplateWorkbook t = TemplateWorkbook.open()) {
            t.sheet("school").getRow(2).setZeroHeight(true);
            file = t.save(dir.resolve("hidden-rows.xlsx"));
        }
        CliRun run = CliRun.of("check", file.toString(), "--lang", "en").printedNoStackTrace();

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).contains("notice(s); what they concern was read and checked all the same",
                file + ": 学校 school!3:3: 1 hidden row(s) of data (3) are read and checked like the others");
        assertThat(run.out()).contains("310151");
    }

    private static void assertFault(Path file, String where, String english, String chinese) {
        String located = file + ": " + (where == null ? "" : where + ": ");
        CliRun en = CliRun.of("check", file.toString(), GOOD, "--lang", "en").printedNoStackTrace();
        assertThat(en.exit()).as(en.err()).isEqualTo(2);
        assertThat(en.err()).as("stderr").contains(located).contains(english);
        assertThat(en.out()).as("the sound district is still checked").contains("320583");
        CliRun zh = CliRun.of("check", file.toString(), GOOD).printedNoStackTrace();
        assertThat(zh.exit()).as(zh.err()).isEqualTo(2);
        assertThat(zh.err()).as("stderr").contains(located).contains(chinese);
    }
}
