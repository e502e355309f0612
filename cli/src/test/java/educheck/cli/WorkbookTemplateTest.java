package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district office's path: write the workbook template, fill it in (here a program does it through POI), check it.
 * The report must be the one the same figures give as XML; and convert must write whole files or none.
 */
class WorkbookTemplateTest {

    @TempDir
    Path dir;

    @Test
    void aFilledInTemplateGivesTheReportTheSameXmlGives() throws IOException {
        Path workbook = dir.resolve("d.xlsx");
        CliRun made = CliRun.of("template", "--format", "xlsx", "--output", workbook.toString()).printedNoStackTrace();
        assertThat(made.exit()).as(made.err()).isZero();
        try (TemplateWorkbook t = TemplateWorkbook.open(workbook)) {
            t.cell("district", "teacherSalaryRatio", 3).setCellValue(0.95);
            t.cell("district", "migrantInPublicShare", 3).setCellValue("0.8");   // a number typed as text reads as the number
            t.cell("school", "name", 3).setCellValue("城桥镇中心小学");
            t.cell("section", "students", 3).setCellValue(830);
            t.cell("measure", "value", 5).setCellValue(0);
            t.save(workbook);
        }
        String xml = CliRun.of("template").out()
                .replace("<teacherSalaryRatio>1.03<", "<teacherSalaryRatio>0.95<")
                .replace("<migrantInPublicShare>0.91<", "<migrantInPublicShare>0.8<")
                .replace("name=\"城桥小学\"", "name=\"城桥镇中心小学\"")
                .replace("students=\"820\"", "students=\"830\"")
                .replace("key=\"psychologyTeachers\" value=\"1\"", "key=\"psychologyTeachers\" value=\"0\"");
        Path same = Files.writeString(dir.resolve("d.xml"), xml, StandardCharsets.UTF_8);

        JsonNode fromWorkbook = report(workbook);
        assertThat(fromWorkbook.findValues("actual").stream().map(JsonNode::asText)).as("the filled-in figures were read").contains("0.95", "0.8");
        assertThat(fromWorkbook).isEqualTo(report(same));
    }

    @Test
    void theTemplateWorkbookNeedsAnOutputFile() {
        CliRun run = CliRun.of("template", "--format", "xlsx").printedNoStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--output FILE.xlsx");
    }

    @Test
    void convertWritesEachSoundFileIntoTheFolderAndNoneForAFileWithErrors() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"), CliRun.of("template").out()
                .replace("students=\"820\"", "students=\"-5\""), StandardCharsets.UTF_8);
        Path out = Files.createDirectory(dir.resolve("out"));

        CliRun run = CliRun.of("convert", "../samples/shanghai/310104-xuhui.xml", broken.toString(),
                "../samples/passing-320583-kunshan.xml", "--to", "xlsx", "--output", out.toString(), "--lang", "en").printedNoStackTrace();

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ":").contains("students");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("whole files only, and none for the broken input").containsExactly("310104-xuhui.xlsx", "passing-320583-kunshan.xlsx");
        }
    }

    @Test
    void convertRefusesToOverwriteItsInput() {
        CliRun run = CliRun.of("convert", "../samples/passing-320583-kunshan.xml", "--to", "xml").printedNoStackTrace();
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aRuleFixtureMayBeAWorkbook() throws IOException {
        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("rules", "export", rules.toString()).exit()).isZero();
        Path fixtures = rules.resolve("CN").resolve("fixtures");
        assertThat(CliRun.of("convert", fixtures.resolve("government-schools.xml").toString(), "--to", "xlsx",
                "--output", fixtures.resolve("as-workbook.xlsx").toString()).exit()).isZero();
        Files.copy(fixtures.resolve("government-schools.expected"), fixtures.resolve("as-workbook.expected"));

        CliRun run = CliRun.of("rules", "test", rules.toString()).printedNoStackTrace();

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out() + run.err()).containsPattern("ok +CN/fixtures/as-workbook.xlsx \\(35 expectations\\)");
    }

    private static JsonNode report(Path file) throws IOException {
        CliRun run = CliRun.of("check", file.toString(), "--format", "json", "--as-of", "2025-01-01").printedNoStackTrace();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        report.findParents("file").forEach(n -> ((ObjectNode) n).remove("file"));
        return report;
    }
}
