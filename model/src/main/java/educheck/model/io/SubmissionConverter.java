package educheck.model.io;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Converts a submission between its two kinds, XML and workbook, without loss: the same districts, schools and
 * values, so both give the same report. Only a submission without errors is converted; otherwise its errors are
 * returned and nothing is written.
 */
public final class SubmissionConverter {

    public enum Format { XML, XLSX }

    private static final XMLInputFactory FACTORY = factory();

    private SubmissionConverter() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The kind a file is, by its first bytes, as the reader tells them apart. */
    public static Format kindOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return FileKind.of(file, in.readNBytes(8)) == FileKind.WORKBOOK ? Format.XLSX : Format.XML;
        }
    }

    /**
     * Writes {@code file} (XML or workbook) as {@code to} on {@code out}.
     *
     * @return the errors that kept it from being converted; empty when it was written
     */
    public static List<InputError> convert(Path file, Format to, OutputStream out) throws IOException {
        SubmissionReader reader = new SubmissionReader();
        List<InputError> errors = new ArrayList<>();
        errors.addAll(reader.read(file, d -> errors.addAll(d.errors())).fileErrors());
        if (!errors.isEmpty()) {
            return errors;
        }
        Format from = kindOf(file);
        if (from == Format.XML && to == Format.XML) {
            Files.copy(file, out);
        } else if (from == Format.XML) {
            try (InputStream in = Files.newInputStream(file)) {
                toWorkbook(in, out);
            }
        } else if (to == Format.XML) {
            workbookToXml(file, out);
        } else {
            Path xml = Files.createTempFile("educheck-", ".xml");
            try {
                try (OutputStream x = Files.newOutputStream(xml)) {
                    workbookToXml(file, x);
                }
                try (InputStream in = Files.newInputStream(xml)) {
                    toWorkbook(in, out);
                }
            } finally {
                Files.deleteIfExists(xml);
            }
        }
        return List.of();
    }

    /** The empty workbook a district office fills in: the XML template's example district as its example rows. */
    public static void template(OutputStream out) throws IOException {
        try (InputStream in = SubmissionTemplate.class.getResourceAsStream(SubmissionTemplate.RESOURCE)) {
            toWorkbook(in, out);
        }
    }

    private static void workbookToXml(Path file, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int[] year = {0};
        List<String> districts = new ArrayList<>();
        FileSummary summary = WorkbookReader.read(file, file, new SubmissionReader(), d -> { }, districts::add);
        year[0] = summary.year() == null ? 0 : summary.year();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<submission xmlns=\"urn:educheck:submission:1\" year=\""
                + year[0] + "\">\n");
        try {
            for (String d : districts) {
                indent(d, w);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the XML written for a workbook's district does not read back", e);
        }
        w.write("</submission>\n");
        w.flush();
    }

    /** Re-writes a district's XML (one attribute per line, as read from rows) the way people write it. */
    private static void indent(String district, Writer w) throws XMLStreamException, IOException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(district));
        int depth = 0;
        boolean open = false;
        boolean text = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (open) {
                    w.write(">\n");
                }
                depth++;
                w.write("  ".repeat(depth) + "<" + r.getLocalName());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    w.write(" " + r.getAttributeLocalName(i) + "=\"" + WorkbookXml.escape(r.getAttributeValue(i)) + "\"");
                }
                open = true;
                text = false;
            } else if (event == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                w.write(">" + WorkbookXml.escape(r.getText()));
                open = false;
                text = true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (open) {
                    w.write("/>\n");
                } else if (text) {
                    w.write("</" + r.getLocalName() + ">\n");
                } else {
                    w.write("  ".repeat(depth) + "</" + r.getLocalName() + ">\n");
                }
                depth--;
                open = false;
                text = false;
            }
        }
    }

    /** Walks a submission's XML and writes each element as a row of its sheet. */
    private static void toWorkbook(InputStream xml, OutputStream out) throws IOException {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(xml);
            String year = null;
            Map<String, String> district = null;
            String school = null;
            String kindergarten = null;
            String previousYear = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    if (r.getEventType() == XMLStreamConstants.END_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "district" -> writer.row(WorkbookLayout.DISTRICT, district);
                            case "school" -> school = null;
                            case "kindergarten" -> kindergarten = null;
                            case "previous" -> previousYear = null;
                            default -> { }
                        }
                    }
                    continue;
                }
                String name = r.getLocalName();
                Map<String, String> row = attributes(r);
                String code = district == null ? null : district.get("code");
                switch (name) {
                    case "submission" -> year = r.getAttributeValue(null, "year");
                    case "district" -> {
                        district = row;
                        district.put("year", year);
                    }
                    case "vetoes" -> district.put("vetoes", WorkbookLayout.VETOES_NONE);
                    case "veto" -> {
                        district.put("vetoes", WorkbookLayout.VETOES_LISTED);
                        row.put(WorkbookLayout.DISTRICT, code);
                        row.put("text", r.getElementText().strip());
                        writer.row(WorkbookLayout.VETO, row);
                    }
                    case "previous" -> previousYear = row.get("year");
                    case "measure" -> {
                        row.put(WorkbookLayout.DISTRICT, code);
                        if (previousYear != null) {
                            row.put("year", previousYear);
                            writer.row(WorkbookLayout.PREVIOUS, row);
                        } else {
                            row.put(WorkbookLayout.SCHOOL, school);
                            row.put(WorkbookLayout.KINDERGARTEN, kindergarten);
                            writer.row(WorkbookLayout.MEASURE, row);
                        }
                    }
                    case "school", "kindergarten" -> {
                        row.put(WorkbookLayout.DISTRICT, code);
                        writer.row(name, row);
                        if (name.equals("school")) {
                            school = row.get("id");
                        } else {
                            kindergarten = row.get("id");
                        }
                    }
                    case "section", "room" -> {
                        row.put(WorkbookLayout.DISTRICT, code);
                        row.put(WorkbookLayout.SCHOOL, school);
                        writer.row(name, row);
                    }
                    default -> district.put(name, r.getElementText().strip());
                }
            }
            writer.write(out);
        } catch (XMLStreamException e) {
            throw new IOException("the submission cannot be read as XML: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            values.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return values;
    }
}
