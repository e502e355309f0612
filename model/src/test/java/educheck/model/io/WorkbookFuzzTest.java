package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The workbook reader under any part at all. An input is one part of the template written anew: its first byte picks
 * the part ({@link #PARTS}, its value modulo their number; the last stands for the whole file), the rest is the
 * part's bytes. Every build runs the seeds beside it ({@code WorkbookFuzzTestInputs/readerKeepsItsPromises}, the
 * cases of issue 26 §5); with {@code JAZZER_FUZZ=1} Jazzer mutates them for a bounded time (CI: 60 s) and saves any
 * input that breaks a promise there.
 *
 * <p>The promises are the submission reader's ({@link SubmissionFuzzTest}): reading never throws; every error names
 * its file and a cell, a sheet or a line, in both languages, but the refusal of the workbook as a whole; a refused
 * workbook yields no district; a district handed on as valid is sound.
 */
class WorkbookFuzzTest {

    private static final SubmissionReader READER = new SubmissionReader();
    private static final Path FILE = Path.of("fuzzed.xlsx");
    static final String[] PARTS = {
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
        "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml", "xl/worksheets/sheet7.xml", "xl/worksheets/sheet8.xml",
        "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "docProps/core.xml", "[Content_Types].xml", null,
    };
    private static final Map<String, byte[]> TEMPLATE = template();

    @FuzzTest(maxDuration = "60s")
    void readerKeepsItsPromises(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String part = PARTS[(input[0] & 0xff) % PARTS.length];
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        byte[] workbook = part == null ? content : with(part, content);

        List<DistrictInput> districts = new ArrayList<>();
        FileSummary summary = READER.read(FILE, () -> new ByteArrayInputStream(workbook), districts::add);

        summary.fileErrors().forEach(e -> SubmissionFuzzTest.located(e, FILE, true));
        summary.notices().forEach(e -> SubmissionFuzzTest.located(e, FILE, false));
        if (!summary.isReadable()) {
            assertThat(districts).as("a refused workbook yields no district").isEmpty();
        }
        assertThat(summary.districts()).isEqualTo(districts.size());
        for (DistrictInput d : districts) {
            d.errors().forEach(e -> SubmissionFuzzTest.located(e, FILE, false));
            assertThat(d.errors()).hasSizeLessThanOrEqualTo(SubmissionReader.MAX_ERRORS_PER_DISTRICT + 1);
            if (d.isValid()) {
                SubmissionFuzzTest.sound(d.district());
            } else {
                assertThat(d.errors()).as("a district is refused for a reason").isNotEmpty();
            }
        }
    }

    /** The template with one part's bytes replaced, zipped fast: Jazzer runs this thousands of times. */
    private static byte[] with(String part, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(1);
            for (Map.Entry<String, byte[]> e : TEMPLATE.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getKey().equals(part) ? content : e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The template's parts, read by their directory (POI's local headers do not always give the sizes). */
    private static Map<String, byte[]> template() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            Path file = java.nio.file.Files.createTempFile("template-", ".xlsx");
            try {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                    SubmissionConverter.template(out);
                }
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(e)) {
                            parts.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }
}
