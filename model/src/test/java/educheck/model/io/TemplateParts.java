package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The workbook template with some of its parts written anew, as a hostile or damaged workbook would have them: the
 * tests of the workbook reader make their files this way. The template's first sheet part is the district sheet,
 * its second the school sheet, and so on in the order of {@link WorkbookLayout#sheets()}.
 */
final class TemplateParts {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STRINGS = "xl/sharedStrings.xml";
    static final String STYLES = "xl/styles.xml";
    static final String WORKBOOK = "xl/workbook.xml";
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String TAIL = "</sheetData></worksheet>";

    /** Writes one part's new content. */
    interface Part {
        void write(Writer out) throws IOException;
    }

    private final Path template;
    private final Map<String, Part> parts = new LinkedHashMap<>();

    private TemplateParts(Path template) {
        this.template = template;
    }

    /** The template, written into {@code dir}, to rewrite. */
    static TemplateParts of(Path dir) throws IOException {
        Path template = dir.resolve("template-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            SubmissionConverter.template(out);
        }
        return new TemplateParts(template);
    }

    /** Every sheet but {@code part} left with no cells, so that the shared strings can be written anew. */
    TemplateParts onlySheet(String part, Part content) {
        for (int i = 1; i <= WorkbookLayout.sheets().size(); i++) {
            with("xl/worksheets/sheet" + i + ".xml", HEAD + TAIL);
        }
        return with(part, content);
    }

    /** Replaces (or, for a name the template lacks, adds) a part; null removes it. */
    TemplateParts with(String part, Part content) {
        parts.put(part, content);
        return this;
    }

    TemplateParts with(String part, String content) {
        return with(part, out -> out.write(content));
    }

    Path save(Path file) throws IOException {
        try (ZipFile in = new ZipFile(template.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                if (parts.containsKey(e.getName())) {
                    write(out, e.getName(), parts.get(e.getName()));
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            for (Map.Entry<String, Part> p : parts.entrySet()) {
                if (in.getEntry(p.getKey()) == null) {
                    write(out, p.getKey(), p.getValue());
                }
            }
        }
        return file;
    }

    private static void write(ZipOutputStream out, String name, Part content) throws IOException {
        if (content == null) {
            return;
        }
        out.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        content.write(w);
        w.flush();
        out.closeEntry();
    }

    /** An inline-string cell. */
    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** A district sheet's key row and one data row of code, name and year, then {@code more} cells in row 3. */
    static String districtSheet(String more) {
        return HEAD + "<row r=\"2\">" + text("A2", "code") + text("B2", "name") + text("C2", "year") + text("D2", "teacherSalaryRatio")
                + "</row><row r=\"3\"><c r=\"A3\"><v>320583</v></c>" + text("B3", "昆山市") + "<c r=\"C3\"><v>2024</v></c>" + more
                + "</row>" + TAIL;
    }

    /** Reads the file; it must give no district and one file error containing {@code words}; returns its text. */
    static String assertRefused(Path file, String words) {
        List<InputError> errors = new ArrayList<>();
        List<DistrictInput> districts = new SubmissionReader().readAll(file, errors);
        assertThat(districts).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.text(false)).startsWith(file + ": ").contains(words));
        assertThat(errors.get(0).text(true)).isNotBlank();
        return errors.get(0).text(false);
    }
}
