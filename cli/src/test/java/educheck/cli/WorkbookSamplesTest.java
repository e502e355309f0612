package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample also ships as a workbook (samples/workbooks/, made by {@code educheck convert}). The checked-in
 * workbooks must be what convert makes today, and a sample taken to a workbook and back must give the same report
 * as the sample itself, finding for finding.
 */
class WorkbookSamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> all = Files.walk(SAMPLES)) {
            return all.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    static Path workbookOf(Path sample) {
        String relative = SAMPLES.relativize(sample).toString();
        return SAMPLES.resolve("workbooks").resolve(relative.substring(0, relative.length() - ".xml".length()) + ".xlsx");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theCheckedInWorkbookIsWhatConvertMakes(Path sample) throws IOException {
        Path made = dir.resolve("made.xlsx");
        CliRun run = CliRun.of("convert", sample.toString(), "--to", "xlsx", "--output", made.toString()).printedNoStackTrace();
        assertThat(run.exit()).as(run.err()).isZero();

        assertThat(parts(made)).as("regenerate with: ./educheck convert %s --to xlsx --output %s", sample, workbookOf(sample))
                .isEqualTo(parts(workbookOf(sample)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleTakenToAWorkbookAndBackGivesTheSameReport(Path sample) throws IOException {
        Path xlsx = dir.resolve("s.xlsx");
        Path back = dir.resolve("back.xml");
        assertThat(CliRun.of("convert", sample.toString(), "--to", "xlsx", "--output", xlsx.toString()).exit()).isZero();
        assertThat(CliRun.of("convert", xlsx.toString(), "--to", "xml", "--output", back.toString()).exit()).isZero();

        JsonNode original = report(sample);
        assertThat(report(xlsx)).isEqualTo(original);
        assertThat(report(back)).isEqualTo(original);
    }

    /** The JSON report without the input's file name, which is all that may differ. */
    private static JsonNode report(Path file) throws IOException {
        CliRun run = CliRun.of("check", file.toString(), "--format", "json", "--as-of", "2025-01-01").printedNoStackTrace();
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        report.findParents("file").forEach(n -> ((ObjectNode) n).remove("file"));
        return report;
    }

    /** Each part of the zip by name, as text: the content, whatever the zip's own bookkeeping. */
    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
