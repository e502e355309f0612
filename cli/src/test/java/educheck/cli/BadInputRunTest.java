package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs mixing good and bad files: the bad are reported and skipped, the good still checked, exit 2. */
class BadInputRunTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n";

    @TempDir
    Path dir;

    @Test
    void aBadFileIsReportedAndEveryGoodFileStillChecked() throws IOException {
        Path first = write("a-good.xml", HEAD + "<district code=\"320583\" name=\"昆山市\"/>\n</submission>");
        Path broken = write("b-broken.xml", HEAD + "<district code=\"320584\" name=\"太仓市\">\n</submission>");
        Path mixed = write("c-mixed.xml", HEAD + "<district code=\"320585\" name=\"常熟市\"/>\n"
                + "<district code=\"320586\" name=\"张家港市\"><socialRecognition>91</socialRecognition></district>\n</submission>");

        CliRun run = CliRun.of("check", first.toString(), broken.toString(), mixed.toString(), "--format", "json").printedNoStackTrace();
        JsonNode report = new ObjectMapper().readTree(run.out());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(codes(report)).containsExactly("320583", "320585");
        assertThat(report.path("summary").path("districts").asInt()).isEqualTo(2);
        assertThat(report.path("inputErrors")).extracting(e -> e.path("file").asText() + ":" + e.path("line").asInt())
                .containsExactly(broken + ":4", mixed + ":4");
        assertThat(run.err()).contains(broken + ":4:", mixed + ":4:", "socialRecognition");
    }

    @Test
    void aMissingFileIsOneErrorAmongCheckedOnes() throws IOException {
        Path good = write("good.xml", HEAD + "<district code=\"320583\" name=\"昆山市\"/>\n</submission>");
        Path missing = dir.resolve("not-there.xml");

        CliRun run = CliRun.of("check", missing.toString(), good.toString(), "--lang", "en").printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(missing + ": file not found");
        assertThat(run.out()).contains("320583", "1 districts");
    }

    @Test
    void aFolderStandsForItsSubmissionsAndOneBadOneDoesNotStopTheOthers() throws IOException {
        write("1.xml", HEAD + "<district code=\"320583\" name=\"昆山市\"/>\n</submission>");
        write("2.xml", "not xml at all");
        write("3.xml", HEAD + "<district code=\"320584\" name=\"太仓市\"/>\n</submission>");

        CliRun run = CliRun.of("check", dir.toString(), "--format", "json").printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(codes(new ObjectMapper().readTree(run.out()))).containsExactly("320583", "320584");
        assertThat(run.err()).contains("2.xml:1:", "XML 格式错误");
    }

    @Test
    void theSameDistrictAndYearInTwoFilesIsCheckedOnce() throws IOException {
        Path a = write("a.xml", HEAD + "<district code=\"320583\" name=\"昆山市\"/>\n</submission>");
        Path b = write("b.xml", HEAD + "<district code=\"320583\" name=\"昆山市（又一份）\"/>\n</submission>");

        CliRun run = CliRun.of("check", a.toString(), b.toString(), "--format", "json", "--lang", "en").printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(codes(new ObjectMapper().readTree(run.out()))).containsExactly("320583");
        assertThat(run.err()).contains(b + ":3:", "district/@code", "already read from " + a);
    }

    @Test
    void anExternalEntityCannotReadALocalFileThroughTheCommand() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-VALUE");
        Path hostile = write("hostile.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE submission [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">"
                + "<district code=\"320583\" name=\"&x;\"/></submission>");

        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.of("check", hostile.toString(), "--format", format).printedNoStackTrace();
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out() + run.err()).contains(hostile + ":2:", "DOCTYPE").doesNotContain("TOP-SECRET-VALUE");
        }
    }

    @Test
    void theReportFileIsWrittenWholeEvenWhenSomeInputIsBad() throws IOException {
        Path good = write("good.xml", HEAD + "<district code=\"320583\" name=\"昆山市\"/>\n</submission>");
        Path bad = write("bad.xml", HEAD + "<district code=\"32058\" name=\"x\"/>\n</submission>");
        Path out = dir.resolve("report.json");

        CliRun run = CliRun.of("check", good.toString(), bad.toString(), "--format", "json", "--output", out.toString())
                .printedNoStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(Files.readString(out));
        assertThat(codes(report)).containsExactly("320583");
        assertThat(report.path("inputErrors").get(0).path("field").asText()).isEqualTo("district/@code");
    }

    /**
     * Issue 26: a value of 10^308 reached the coefficients as Infinity, and the text report's rectification list
     * stopped the whole run (exit 4), the other file's report lost with it.
     */
    @Test
    void aValueBeyondAnyFigureIsAnInputErrorAndTheOtherFileIsStillReported() throws IOException {
        String huge = "1" + "0".repeat(308);
        String sample = Files.readString(Path.of("../samples/passing-320583-kunshan.xml"));
        Path xml = write("huge.xml", sample.replaceFirst("sportsArea=\"[0-9.]+\"", "sportsArea=\"" + huge + "\""));
        Path workbook;
        try (TemplateWorkbook t = TemplateWorkbook.open()) {
            t.cell("section", "sportsArea", 3).setCellValue(1e308);
            workbook = t.save(dir.resolve("huge.xlsx"));
        }
        Path other = Path.of("../samples/failing-430626-pingjiang.xml");

        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.of("check", xml.toString(), workbook.toString(), other.toString(), "--format", format, "--lang", "en")
                    .printedNoStackTrace();

            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("/@sportsArea: '" + huge.substring(0, 60) + "…' is above the maximum 1000000000000")
                    .contains(workbook + ": 学段 section!", " (sportsArea): '1.0E308' is beyond any figure a county has");
            assertThat(run.out()).contains("430626");
        }
    }

    /** Issue 26: each of these exited 0 with "0 districts", as if all were well. */
    @Test
    void nothingCheckedIsExitTwoSayingWhatWasLookedFor() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path folderNamedAsWorkbook = Files.createDirectories(dir.resolve("outer").resolve("x.xlsx"));
        Path noDistrict = write("none.xml", HEAD + "</submission>");

        for (Path p : List.of(empty, folderNamedAsWorkbook, folderNamedAsWorkbook.getParent(), noDistrict)) {
            CliRun run = CliRun.of("check", p.toString(), "--lang", "en").printedNoStackTrace();

            assertThat(run.exit()).as(p + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains(p + ": ").containsAnyOf(
                    "a folder holding no submission: nothing in it was checked (looked for files named *.xml or *.xlsx, in any case",
                    "<submission> holds no <district>, so nothing was checked");
        }
    }

    @Test
    void upperCaseExtensionsAreReadLikeLowerCase() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("upper"));
        Files.copy(Path.of("../samples/workbooks/passing-320583-kunshan.xlsx"), folder.resolve("KUNSHAN.XLSX"));
        Files.copy(Path.of("../samples/failing-430626-pingjiang.xml"), folder.resolve("PINGJIANG.XML"));

        CliRun run = CliRun.of("check", folder.toString(), "--format", "json").printedNoStackTrace();

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(codes(new ObjectMapper().readTree(run.out()))).containsExactly("320583", "430626");
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.path("districts").forEach(d -> codes.add(d.path("code").asText()));
        return codes;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
