package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: a 13 MB workbook whose styles declare 8 million cell formats took 6.2 GB (out of memory under -Xmx2g:
 * exit 1, the other files lost), 20 million tiny shared strings 1.6 GB. Both, beside a sound sample, checked by the
 * real command in a heap of 256 MB: each refused by its limit, the sample reported, the JVM never out of memory.
 * Tagged "memory" (CI runs it with the other memory proof; writing the two workbooks takes most of its 30 s).
 */
@Tag("memory")
class HostileWorkbooksMemoryTest {

    @TempDir
    Path dir;

    interface Part {
        void write(Writer out) throws IOException;
    }

    @Test
    void workbooksDeclaringMillionsOfFormatsOrStringsAreRefusedInASmallHeapAndTheOtherFileIsReported() throws Exception {
        Random random = new Random(26);   // varied, so that they compress as the reported files did and pass for no zip bomb
        Path formats = withPart("formats.xlsx", "xl/styles.xml", out -> {
            out.write("<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<cellXfs count=\"8000000\">");
            for (int i = 0; i < 8_000_000; i++) {
                out.write("<xf numFmtId=\"0\" fontId=\"" + random.nextInt(1000) + "\"/>");
            }
            out.write("</cellXfs></styleSheet>");
        });
        Path strings = withPart("strings.xlsx", "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < 20_000_000; i++) {
                out.write("<si><t>" + random.nextInt(100) + "</t></si>");
            }
            out.write("</sst>");
        });
        Path report = dir.resolve("report.json");
        Path console = dir.resolve("console.txt");

        Process process = BoundedMemoryTest.inHeap("256m", console, "check", formats.toString(), strings.toString(),
                "../samples/passing-320583-kunshan.xml", "--format", "json", "--output", report.toString(), "--lang", "en");

        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished within ten minutes").isTrue();
        String printed = Files.readString(console);
        assertThat(printed).doesNotContain("OutOfMemoryError", "Exception");
        assertThat(process.exitValue()).as(printed).isEqualTo(2);
        assertThat(printed).contains(formats + ": the workbook's styles declare more than 65536 cell formats",
                strings + ": the workbook's shared text holds more than 2000000 strings");
        assertThat(BoundedMemoryTest.districtCodes(report)).containsExactly("320583");
    }

    /** The workbook template with one part written anew, streamed: the parts here are hundreds of megabytes. */
    private Path withPart(String name, String part, Part content) throws IOException {
        Path template = dir.resolve("template.xlsx");
        if (!Files.exists(template)) {
            try (OutputStream out = Files.newOutputStream(template)) {
                educheck.model.io.SubmissionConverter.template(out);
            }
        }
        Path file = dir.resolve(name);
        try (ZipFile in = new ZipFile(template.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                    content.write(w);
                    w.flush();
                } else {
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return file;
    }
}
