package educheck.model.io;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import educheck.model.District;
import educheck.model.Submission;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>Each file is read twice. The first pass ({@link PreScan}) checks that it is well-formed XML with the right
 * root and a valid year, and refuses what is built to harm: a DOCTYPE (local files, entity expansion), deep
 * nesting, a huge text or attribute. A file failing it yields no district at all, so a district is never checked
 * from a file that turns out to be truncated. The second pass binds each {@code <district>} with the schema
 * applied and then checks that its numbers fit together. A district with errors is handed on with them and is
 * reported, not checked.
 */
public final class SubmissionReader {

    /** More errors than this in one district are summarised: the first ones show what is wrong. */
    static final int MAX_ERRORS_PER_DISTRICT = 100;

    private static final JAXBContext CONTEXT = context();

    private final XMLInputFactory scanFactory;
    private final XMLInputFactory bindFactory;

    public SubmissionReader() {
        scanFactory = factory(false);
        // The binder wants each text whole; the first pass has already bounded every text's size.
        bindFactory = factory(true);
    }

    private static XMLInputFactory factory(boolean coalescing) {
        // Woodstox rather than the JDK's parser: a national run reads 200 MB twice, and it scans about twice as fast.
        XMLInputFactory f = new WstxInputFactory();
        // Woodstox has size limits of its own; ours (SizeGuard, PreScan) are lower and say more, so they speak first.
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 4 * (int) SizeGuard.MAX_BYTES_PER_EVENT);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        // Without a reporter the JDK parser prints some faults ("[Fatal Error] …") to stderr itself; they are
        // reported through its exception, with the file and line, instead.
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
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

    /**
     * Whether the file is a submission in XML or a workbook (xlsx) is told by its first bytes, not its name: the
     * same districts come out of both. An old binary workbook (.xls) or a text file named .xlsx is refused with a
     * message saying what to do.
     */
    private FileSummary readAnyKind(Path file, Source source, Consumer<DistrictInput> sink) {
        if (Files.isDirectory(file)) {
            // The command line passes on a folder holding no submission as itself (its files stand for it otherwise).
            return new FileSummary(file, null, 0, List.of(new InputError(file, 0, 0, null, new Wording(
                    "a folder holding no submission: nothing in it was checked (looked for files named *.xml or *.xlsx, in any "
                            + "case; folders inside it are not searched)",
                    "该文件夹中没有提交文件，未检查任何内容（查找的是名称以 .xml 或 .xlsx 结尾的文件，不分大小写；不查找其中的子文件夹）"))));
        }
        FileKind kind;
        byte[] head;
        // A file on disk is looked at directly, so a caller counting the opens of its source (progress) sees only
        // the reading passes; a source of its own (a fixture in a jar, an upload) is opened once more for this.
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file) : source.open()) {
            head = in.readNBytes(FileKind.HEAD);
            kind = FileKind.of(file, head);
        } catch (java.nio.file.NoSuchFileException e) {
            return new FileSummary(file, null, 0, List.of(new InputError(file, 0, 0, null, new Wording("file not found", "找不到文件"))));
        } catch (IOException e) {
            // A missing or unreadable file: the XML reader says so in the words it always has.
            head = new byte[0];
            kind = FileKind.XML;
        }
        byte[] start = head;
        return switch (kind) {
            case XML -> readXml(file, source, sink);
            case WORKBOOK -> WorkbookFile.read(file, source, copy -> WorkbookReader.read(file, copy, this, sink));
            case OLD_WORKBOOK -> WorkbookFile.read(file, source,
                    copy -> new FileSummary(file, null, 0, List.of(FileKind.ofOldOffice(copy).error(file, start))));
            default -> new FileSummary(file, null, 0, List.of(kind.error(file, head)));
        };
    }

    /** One district's XML, written from a workbook's rows, read exactly as a district of an XML file is. */
    DistrictInput bindDistrict(Path file, int year, java.io.Reader xml, Set<String> codes) {
        try {
            XMLStreamReader reader = bindFactory.createXMLStreamReader(xml);
            reader.nextTag();
            return district(file, year, reader, codes, new SizeGuard(InputStream.nullInputStream()));
        } catch (XMLStreamException | JAXBException e) {
            // The XML is our own writing from cell values that were escaped: a failure here is ours, not the clerk's.
            throw new IllegalStateException("the XML written for a workbook's district does not read back", e);
        }
    }

    /** Something that can be opened more than once: each file is read in two passes. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Reads a submission, XML or workbook, from {@code source} (a file inside a jar, say), naming it {@code file} in errors.
     *
     * @return the file's year, district count and the errors that stopped it being read at all
     */
    public FileSummary read(Path file, Source source, Consumer<DistrictInput> sink) {
        try {
            return readAnyKind(file, source, sink);
        } catch (OutOfMemoryError e) {
            // The limits above keep every file within a bounded memory; this is the guard behind them. What the
            // reader held for this file is unreachable once it has unwound, so the run can go on with the next file.
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            return new FileSummary(file, null, 0, List.of(new InputError(file, 0, 0, null, new Wording(
                    "reading this file ran out of memory (educheck has " + mb + " MB); split it (one per city or province), "
                            + "or give educheck more memory (EDUCHECK_JAVA_OPTS=-Xmx4g)",
                    "读取该文件时内存不足（educheck 可用 " + mb + " MB）；请拆分文件（按市或省各一个），"
                            + "或为 educheck 分配更多内存（EDUCHECK_JAVA_OPTS=-Xmx4g）"))));
        }
    }

    private FileSummary readXml(Path file, Source source, Consumer<DistrictInput> sink) {
        List<InputError> fileErrors = new ArrayList<>();
        Integer year = PreScan.scan(scanFactory, file, source, fileErrors);
        if (!fileErrors.isEmpty()) {
            return new FileSummary(file, year, 0, fileErrors);
        }
        int districts = 0;
        try (InputStream raw = source.open(); SizeGuard in = new SizeGuard(raw);
             StrictDecoder text = StrictDecoder.of(new BufferedInputStream(in))) {
            XMLStreamReader reader = bindFactory.createXMLStreamReader(text);
            reader.nextTag();
            reader.next();
            Set<String> codes = new HashSet<>();
            while (reader.getEventType() != XMLStreamConstants.END_DOCUMENT) {
                in.event();
                if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    districts++;
                    DistrictInput input = district(file, year, reader, codes, in);
                    try {
                        sink.accept(input);
                    } catch (RuntimeException e) {
                        throw new SinkFailure(e);
                    }
                } else if (reader.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    break;
                } else {
                    reader.next();
                }
            }
        } catch (IOException e) {
            fileErrors.add(new InputError(file, 0, 0, null, new Wording("cannot read the file: ", "无法读取文件：")
                    .then(String.valueOf(e.getMessage()))));
        } catch (SinkFailure e) {
            throw e.getCause();
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            // The first pass found the file sound, so this is the file changing under us or a fault in the binder.
            fileErrors.add(located(file, e instanceof XMLStreamException x ? x.getLocation() : null, null,
                    new Wording("could not read the rest of the file (did it change while being read?): ",
                            "无法读取文件的其余部分（读取时文件是否被改动？）：").then(String.valueOf(e.getMessage()))));
        }
        if (districts == 0 && fileErrors.isEmpty()) {
            // Nothing checked is never a clean run: a file of no districts is said, as an empty folder is.
            fileErrors.add(new InputError(file, 0, 0, "submission", new Wording(
                    "<submission> holds no <district>, so nothing was checked; each district goes in it as "
                            + "<district code=\"…\" name=\"…\">…</district> (educheck template shows one)",
                    "<submission> 中没有 <district>，未检查任何内容；每个区县写作 <district code=\"…\" name=\"…\">…</district>"
                            + "（可参照 educheck template）")));
        }
        return new FileSummary(file, year, districts, fileErrors);
    }

    /** What the consumer of districts threw: its own business, passed on untouched. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Reads every district of a file into a list; for small files and tests. */
    public List<DistrictInput> readAll(Path file, List<InputError> fileErrors) {
        List<DistrictInput> all = new ArrayList<>();
        fileErrors.addAll(read(file, all::add).fileErrors());
        return all;
    }

    /** The second pass for one child of {@code <submission>}; leaves the reader after its end tag. */
    private DistrictInput district(Path file, int year, XMLStreamReader reader, Set<String> codes, SizeGuard guard)
            throws JAXBException, XMLStreamException {
        Location start = reader.getLocation();
        String code = reader.getAttributeValue(null, "code");
        if (!"district".equals(reader.getLocalName()) || !Submission.NAMESPACE.equals(reader.getNamespaceURI())) {
            String element = reader.getLocalName();
            boolean ourNamespace = Submission.NAMESPACE.equals(reader.getNamespaceURI());
            skipElement(reader);
            return new DistrictInput(file, year, code, null, List.of(located(file, start, element, new Wording(
                    "<" + element + "> is not allowed in <submission>; it holds <district> elements"
                            + (ourNamespace ? "" : " in namespace " + Submission.NAMESPACE),
                    "<submission> 中不能出现 <" + element + ">；其中只能包含 <district> 元素"))));
        }
        List<SchemaMessages.Raw> raws = new ArrayList<>();
        ElementPath path = new ElementPath(reader, guard::event);
        Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
        unmarshaller.setSchema(SubmissionSchema.schema());
        // The JAXB runtime raises schema violations as FATAL_ERROR; keep going to report every one in the district.
        unmarshaller.setEventHandler(event -> {
            raws.add(new SchemaMessages.Raw(lineOf(event), columnOf(event), event.getMessage(), path.current()));
            return true;
        });
        District district;
        try {
            district = unmarshaller.unmarshal(path, District.class).getValue();
        } catch (RuntimeException e) {
            // Where the binder stopped in the file is unknown, so the rest of the file cannot be read either.
            throw new JAXBException("the binder failed on this district: " + e, e);
        }
        district.setYear(year);
        List<InputError> errors = new ArrayList<>();
        Set<Integer> linesWithSchemaErrors = new HashSet<>();
        for (SchemaMessages.Problem p : SchemaMessages.translate(raws)) {
            errors.add(new InputError(file, p.line(), p.column(), p.field(), p.words()));
            linesWithSchemaErrors.add(p.line());
        }
        if (code != null && !codes.add(code)) {
            errors.add(located(file, start, "district/@code", new Wording(
                    "district " + code + " appears twice in this file", "区县 " + code + " 在本文件中出现了两次")));
        }
        // The numbers are checked even when the schema found faults, so the clerk sees every error at once; a check
        // on an element the schema already faulted would only repeat it in other words.
        for (InputError e : SubmissionValidator.validate(file, district, path.districtFields())) {
            if (!linesWithSchemaErrors.contains(e.line())) {
                errors.add(e);
            }
        }
        errors.sort(Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
        return new DistrictInput(file, year, code, district, capped(file, errors));
    }

    static List<InputError> capped(Path file, List<InputError> errors) {
        if (errors.size() <= MAX_ERRORS_PER_DISTRICT) {
            return List.copyOf(errors);
        }
        List<InputError> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS_PER_DISTRICT));
        int more = errors.size() - MAX_ERRORS_PER_DISTRICT;
        InputError last = errors.get(MAX_ERRORS_PER_DISTRICT);
        shown.add(new InputError(file, last.line(), 0, "district", new Wording(
                "… and " + more + " more errors in this district, not shown; fix these and check again",
                "……本区县另有 " + more + " 个错误未列出；改正以上错误后请再检查一次")));
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

    static InputError located(Path file, Location at, String field, Wording words) {
        return new InputError(file, at == null ? 0 : Math.max(0, at.getLineNumber()),
                at == null ? 0 : Math.max(0, at.getColumnNumber()), field, words);
    }
}
