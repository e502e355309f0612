package educheck.model.io;

import educheck.model.District;
import educheck.model.Submission;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads submission files district by district, so a file of thousands of districts is never held whole.
 *
 * <p>Each file is read twice. The first pass only checks that it is well-formed XML with the right root, no
 * DOCTYPE (which could pull in local files or expand entities without bound) and a valid year; a file failing
 * it yields no district at all, so a district is never checked from a file that turns out to be truncated. The
 * second pass binds each {@code <district>} with the schema applied and then checks that its numbers fit
 * together. A district with errors is handed on with them and is reported, not checked.
 */
public final class SubmissionReader {

    /** More errors than this in one district are summarised: the first ones show what is wrong. */
    static final int MAX_ERRORS_PER_DISTRICT = 100;

    private static final JAXBContext CONTEXT = context();

    private final XMLInputFactory factory;

    public SubmissionReader() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(Submission.class, District.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the submission classes do not bind", e);
        }
    }

    /** Reads one file, handing each district to {@code sink} as soon as it is read. */
    public FileSummary read(Path file, Consumer<DistrictInput> sink) {
        return read(file, () -> Files.newInputStream(file), sink);
    }

    /** Something that can be opened more than once: each file is read in two passes. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads a submission from {@code source} (a file inside a jar, say), naming it {@code file} in errors.
     *
     * @return the file's year, district count and the errors that stopped it being read at all
     */
    public FileSummary read(Path file, Source source, Consumer<DistrictInput> sink) {
        List<InputError> fileErrors = new ArrayList<>();
        Integer year = scan(file, source, fileErrors);
        if (!fileErrors.isEmpty()) {
            return new FileSummary(file, year, 0, fileErrors);
        }
        int districts = 0;
        try (InputStream in = source.open()) {
            XMLStreamReader reader = factory.createXMLStreamReader(file.toString(), in);
            reader.nextTag();
            reader.next();
            Set<String> codes = new HashSet<>();
            while (reader.getEventType() != XMLStreamConstants.END_DOCUMENT) {
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    districts++;
                    sink.accept(district(file, year, reader, codes));
                } else if (reader.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    break;
                } else {
                    reader.next();
                }
            }
        } catch (IOException e) {
            fileErrors.add(new InputError(file, 0, 0, null, "cannot read the file: " + e.getMessage()));
        } catch (XMLStreamException | JAXBException e) {
            // The first pass found the file well-formed, so this is an I/O change under us or a binder fault.
            fileErrors.add(located(file, e instanceof XMLStreamException x ? x.getLocation() : null,
                    "could not read the rest of the file: " + e.getMessage()));
        }
        return new FileSummary(file, year, districts, fileErrors);
    }

    /** Reads every district of a file into a list; for small files and tests. */
    public List<DistrictInput> readAll(Path file, List<InputError> fileErrors) {
        List<DistrictInput> all = new ArrayList<>();
        fileErrors.addAll(read(file, all::add).fileErrors());
        return all;
    }

    /** The first pass: well-formed, no DOCTYPE, root {@code <submission>} in our namespace with a valid year. */
    private Integer scan(Path file, Source source, List<InputError> errors) {
        Integer year = null;
        try (InputStream in = source.open()) {
            XMLStreamReader r = factory.createXMLStreamReader(file.toString(), in);
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    errors.add(located(file, r.getLocation(), "DOCTYPE declarations are not allowed: they can read other files "
                            + "or expand without limit. Remove the <!DOCTYPE …> line."));
                    return null;
                }
                if (event == XMLStreamConstants.START_ELEMENT && root) {
                    root = false;
                    year = root(file, r, errors);
                    if (!errors.isEmpty()) {
                        return year;
                    }
                }
            }
            if (root) {
                errors.add(new InputError(file, 0, 0, null, "the file holds no XML elements"));
            }
        } catch (IOException e) {
            errors.add(new InputError(file, 0, 0, null, "cannot read the file: " + e.getMessage()));
        } catch (XMLStreamException e) {
            errors.add(located(file, e.getLocation(), "not well-formed XML: " + parserMessage(e)));
        }
        return year;
    }

    private Integer root(Path file, XMLStreamReader r, List<InputError> errors) {
        if (!"submission".equals(r.getLocalName()) || !Submission.NAMESPACE.equals(r.getNamespaceURI())) {
            String ns = r.getNamespaceURI();
            errors.add(located(file, r.getLocation(), "submission".equals(r.getLocalName())
                    ? "<submission> is in namespace '" + (ns == null ? "" : ns) + "'; write <submission xmlns=\""
                            + Submission.NAMESPACE + "\" year=\"…\">"
                    : "the root element is <" + r.getLocalName() + ">; a submission starts with <submission xmlns=\""
                            + Submission.NAMESPACE + "\" year=\"…\">"));
            return null;
        }
        String value = r.getAttributeValue(null, "year");
        if (value == null) {
            errors.add(field(file, r.getLocation(), "submission/@year", "the year assessed is missing: add year=\"2024\" (say)"));
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 2000 || year > 2100) {
                errors.add(field(file, r.getLocation(), "submission/@year", "year " + year + " is outside 2000–2100"));
            }
            return year;
        } catch (NumberFormatException e) {
            errors.add(field(file, r.getLocation(), "submission/@year", "'" + value + "' is not a year"));
            return null;
        }
    }

    /** The second pass for one child of {@code <submission>}; leaves the reader after its end tag. */
    private DistrictInput district(Path file, int year, XMLStreamReader reader, Set<String> codes)
            throws JAXBException, XMLStreamException {
        Location start = reader.getLocation();
        String code = reader.getAttributeValue(null, "code");
        if (!"district".equals(reader.getLocalName()) || !Submission.NAMESPACE.equals(reader.getNamespaceURI())) {
            String element = reader.getLocalName();
            skipElement(reader);
            return new DistrictInput(file, year, code, null,
                    List.of(located(file, start, "<" + element + "> is not allowed in <submission>; it holds <district> elements")));
        }
        List<SchemaMessages.Raw> raws = new ArrayList<>();
        Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
        unmarshaller.setSchema(SubmissionSchema.schema());
        // The JAXB runtime raises schema violations as FATAL_ERROR; keep going to report every one in the district.
        unmarshaller.setEventHandler(event -> {
            raws.add(new SchemaMessages.Raw(lineOf(event), columnOf(event), event.getMessage()));
            return true;
        });
        District district = unmarshaller.unmarshal(reader, District.class).getValue();
        district.setYear(year);
        List<InputError> errors = new ArrayList<>();
        for (SchemaMessages.Problem p : SchemaMessages.translate(raws)) {
            errors.add(new InputError(file, p.line(), p.column(), p.field(), p.message()));
        }
        if (code != null && !codes.add(code)) {
            errors.add(field(file, start, "district/@code", "district " + code + " appears twice in this file"));
        }
        if (errors.isEmpty()) {
            errors.addAll(SubmissionValidator.validate(file, district));
        }
        return new DistrictInput(file, year, code, district, capped(file, errors));
    }

    private static List<InputError> capped(Path file, List<InputError> errors) {
        if (errors.size() <= MAX_ERRORS_PER_DISTRICT) {
            return List.copyOf(errors);
        }
        List<InputError> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS_PER_DISTRICT));
        shown.add(new InputError(file, 0, 0, null, "… and " + (errors.size() - MAX_ERRORS_PER_DISTRICT)
                + " more errors in this district, not shown"));
        return List.copyOf(shown);
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 0;
        do {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        } while (depth >= 0);
        reader.next();
    }

    private static int lineOf(ValidationEvent e) {
        return e.getLocator() == null ? 0 : Math.max(0, e.getLocator().getLineNumber());
    }

    private static int columnOf(ValidationEvent e) {
        return e.getLocator() == null ? 0 : Math.max(0, e.getLocator().getColumnNumber());
    }

    private static InputError located(Path file, Location at, String message) {
        return field(file, at, null, message);
    }

    private static InputError field(Path file, Location at, String field, String message) {
        return new InputError(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                at == null ? 0 : Math.max(0, at.getColumnNumber()), field, message);
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble, which we report as file:line. */
    private static String parserMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).trim() : m;
    }
}
