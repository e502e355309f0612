package educheck.model.io;

import educheck.model.Submission;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The first pass over a file: well-formed XML, no DOCTYPE (which could read local files or expand entities
 * without bound), nothing built to exhaust memory (deep nesting, a huge text or attribute, a district of
 * millions of elements), and a root {@code <submission>} in our namespace with a valid year. Nothing here
 * keeps more than one element's text, so it runs in the same small memory whatever the file holds.
 */
final class PreScan {

    /** A submission is four elements deep (submission, district, school, section); anything past this is not one. */
    static final int MAX_DEPTH = 16;
    /** No value of the schema is longer than 200 characters; ten thousand is refused before the binder sees it. */
    static final int MAX_VALUE_CHARS = 10_000;
    /** A county of a thousand schools and kindergartens is some ten thousand elements. */
    static final int MAX_ELEMENTS_PER_DISTRICT = 200_000;

    private final XMLInputFactory factory;
    private final Path file;
    private final List<InputError> errors;

    private PreScan(XMLInputFactory factory, Path file, List<InputError> errors) {
        this.factory = factory;
        this.file = file;
        this.errors = errors;
    }

    /** Scans {@code source}, adding what is wrong to {@code errors}; returns the year when the root gives one. */
    static Integer scan(XMLInputFactory factory, Path file, SubmissionReader.Source source, List<InputError> errors) {
        return new PreScan(factory, file, errors).run(source);
    }

    private Integer run(SubmissionReader.Source source) {
        Integer year = null;
        try (InputStream raw = source.open(); SizeGuard in = new SizeGuard(raw);
             StrictDecoder text = StrictDecoder.of(new BufferedInputStream(in))) {
            XMLStreamReader r = factory.createXMLStreamReader(text);
            Deque<String> open = new ArrayDeque<>();
            Deque<String> path = new ArrayDeque<>();
            long districtElements = 0;
            long textLength = 0;
            Location last = r.getLocation();
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    in.event();
                    last = endOf(r);
                    switch (event) {
                        case XMLStreamConstants.DTD -> {
                            return refuse(r.getLocation(), "DOCTYPE", new Wording(
                                    "DOCTYPE declarations are not allowed: they can read other files or expand without limit. "
                                            + "Remove the <!DOCTYPE …> line.",
                                    "不允许使用 DOCTYPE 声明：它可能读取本机其他文件或无限展开。请删除 <!DOCTYPE …> 这一行。"));
                        }
                        case XMLStreamConstants.START_ELEMENT -> {
                            String name = r.getLocalName();
                            open.push(name);
                            path.push(ElementPath.segment(r));
                            textLength = 0;
                            if (open.size() > MAX_DEPTH) {
                                return refuse(r.getLocation(), name, new Wording(
                                        "elements are nested more than " + MAX_DEPTH + " deep; a submission is at most 4 deep",
                                        "元素嵌套超过 " + MAX_DEPTH + " 层；正常的提交文件最多只有 4 层"));
                            }
                            if (open.size() == 1) {
                                year = root(r);
                                if (!errors.isEmpty()) {
                                    return year;
                                }
                            }
                            districtElements = open.size() == 2 ? 1 : districtElements + 1;
                            if (districtElements > MAX_ELEMENTS_PER_DISTRICT) {
                                return refuse(r.getLocation(), "district", new Wording(
                                        "one district holds more than " + MAX_ELEMENTS_PER_DISTRICT + " elements; no county has that many "
                                                + "schools: split the file or check how it was exported",
                                        "一个区县中的元素超过 " + MAX_ELEMENTS_PER_DISTRICT + " 个，远超任何县的学校数：请检查导出方式或拆分文件"));
                            }
                            if (!attributesFit(r, path)) {
                                return year;
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            open.pop();
                            path.pop();
                            textLength = 0;
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            textLength += r.getTextLength();
                            if (textLength > MAX_VALUE_CHARS) {
                                String in1 = open.isEmpty() ? "submission" : open.peek();
                                return refuse(r.getLocation(), where(path), new Wording(
                                        "the text of <" + in1 + "> is longer than " + MAX_VALUE_CHARS + " characters; no value "
                                                + "in a submission is longer than 200",
                                        "<" + in1 + "> 的文本超过 " + MAX_VALUE_CHARS + " 个字符；提交文件中的任何取值都不超过 200 个字符"));
                            }
                        }
                        default -> {
                        }
                    }
                }
            } catch (XMLStreamException e) {
                if (text.malformed()) {
                    errors.add(new InputError(file, text.line(), 0, where(path), badBytes(text.charset())));
                    return null;
                }
                if (in.tripped()) {
                    return refuse(last, where(path), new Wording(
                            "after this point one tag, comment or text runs past " + (SizeGuard.MAX_BYTES_PER_EVENT >> 20)
                                    + " MiB without ending: not a submission (a damaged or hostile file)",
                            "此处之后有一个标记、注释或文本超过 " + (SizeGuard.MAX_BYTES_PER_EVENT >> 20)
                                    + " MiB 仍未结束：这不是正常的提交文件（文件损坏或有意构造）"));
                }
                if (year == null && path.isEmpty() && XmlFaults.endedBeforeAnyElement(e)) {
                    errors.add(located(e.getLocation(), "submission", noElements()));
                    return null;
                }
                errors.add(located(e.getLocation(), where(path), notWellFormed(e)));
                return year;
            } catch (RuntimeException e) {
                // A parser can fail on some malformed input with an unchecked exception of its own rather than a report;
                // its words are Java's, unless it carries the parser's report.
                XMLStreamException report = XmlFaults.lazy(e);
                errors.add(report != null ? located(report.getLocation() == null ? last : report.getLocation(), where(path),
                        notWellFormed(report)) : located(last, where(path), new Wording(
                        "not well-formed XML after this point (the parser could not go on)", "此处之后 XML 格式错误（无法继续解析）")));
                return null;
            }
            if (year == null && errors.isEmpty()) {
                errors.add(new InputError(file, 0, 0, "submission", noElements()));
            }
        } catch (StrictDecoder.UnknownEncoding e) {
            errors.add(new InputError(file, 1, 0, "submission", new Wording(
                    "the file declares encoding '" + e.name + "', which is not known; save it as UTF-8",
                    "文件声明的编码 '" + e.name + "' 无法识别；请另存为 UTF-8")));
        } catch (NoSuchFileException e) {
            errors.add(new InputError(file, 0, 0, null, new Wording("file not found", "找不到文件")));
        } catch (IOException e) {
            errors.add(new InputError(file, 0, 0, null, new Wording("cannot read the file: ", "无法读取文件：").then(e.getMessage())));
        } catch (XMLStreamException e) {
            // The parser reads ahead when it opens the file, so an early fault (wrong encoding, an empty file) is met here.
            errors.add(located(e.getLocation(), "submission", XmlFaults.endedBeforeAnyElement(e) ? noElements() : notWellFormed(e)));
        }
        return year;
    }

    /** Where the current event ends, i.e. where the next one starts (Woodstox's own getLocation() gives the start). */
    private static Location endOf(XMLStreamReader r) throws XMLStreamException {
        return r instanceof XMLStreamReader2 r2 ? r2.getLocationInfo().getEndLocation() : r.getLocation();
    }

    private static Wording notWellFormed(XMLStreamException e) {
        Wording fault = XmlFaults.describe(e);
        return new Wording("not well-formed XML: " + fault.en(), "XML 格式错误：" + fault.zh());
    }

    /** Where the parser was: {@code district[320583]/school[S7]}, {@code submission} at the root or before it. */
    private static String where(Deque<String> path) {
        if (path.size() <= 1) {
            return path.isEmpty() ? "submission" : path.peek();
        }
        StringBuilder s = new StringBuilder();
        Iterator<String> outermostFirst = path.descendingIterator();
        outermostFirst.next();
        outermostFirst.forEachRemaining(segment -> s.append(s.length() == 0 ? "" : "/").append(segment));
        return s.toString();
    }

    /** @param path where the element is, made into words only for a refusal: this runs for every element */
    private boolean attributesFit(XMLStreamReader r, Deque<String> path) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String value = r.getAttributeValue(i);
            if (value != null && value.length() > MAX_VALUE_CHARS) {
                String attribute = r.getAttributeLocalName(i);
                String at = where(path);
                refuse(r.getLocation(), at + "/@" + attribute, new Wording(
                        "attribute '" + attribute + "' is " + value.length() + " characters long; at most " + MAX_VALUE_CHARS
                                + " (no value in a submission is longer than 200)",
                        "属性 '" + attribute + "' 长达 " + value.length() + " 个字符，上限为 " + MAX_VALUE_CHARS
                                + "（提交文件中的任何取值都不超过 200 个字符）"));
                return false;
            }
        }
        return true;
    }

    private Integer root(XMLStreamReader r) {
        if (!"submission".equals(r.getLocalName()) || !Submission.NAMESPACE.equals(r.getNamespaceURI())) {
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            String write = "<submission xmlns=\"" + Submission.NAMESPACE + "\" year=\"…\">";
            errors.add(located(r.getLocation(), "submission", "submission".equals(r.getLocalName())
                    ? new Wording("<submission> is in namespace '" + ns + "'; write " + write,
                            "<submission> 的命名空间是 '" + ns + "'；应写作 " + write)
                    : new Wording("the root element is <" + r.getLocalName() + ">; a submission starts with " + write,
                            "根元素是 <" + r.getLocalName() + ">；提交文件应以 " + write + " 开头")));
            return null;
        }
        String value = r.getAttributeValue(null, "year");
        if (value == null) {
            errors.add(located(r.getLocation(), "submission/@year", new Wording(
                    "the year assessed is missing: add year=\"2024\" (say)", "缺少评估年度：请添加 year=\"2024\"（示例）")));
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 2000 || year > 2100) {
                errors.add(located(r.getLocation(), "submission/@year", new Wording(
                        "year " + year + " is outside 2000–2100", "年度 " + year + " 不在 2000–2100 之间")));
            }
            return year;
        } catch (NumberFormatException e) {
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
            errors.add(located(r.getLocation(), "submission/@year", new Wording(
                    "'" + shown + "' is not a year (write four digits, e.g. 2024)", "'" + shown + "' 不是年份（请写四位数字，如 2024）")));
            return null;
        }
    }

    private static Wording badBytes(String charset) {
        if ("UTF-8".equals(charset)) {
            return new Wording("this line holds bytes that are not UTF-8: the file was probably saved as GBK or GB18030, as "
                    + "Excel and WPS save Chinese text. Save it as UTF-8, or declare what it was saved as in its first line: "
                    + "<?xml version=\"1.0\" encoding=\"GB18030\"?>",
                    "此行含有非 UTF-8 编码的字节：文件可能按 GBK 或 GB18030 保存（Excel、WPS 保存中文时常用）。请另存为 UTF-8，"
                            + "或在第一行声明实际编码：<?xml version=\"1.0\" encoding=\"GB18030\"?>");
        }
        return new Wording("this line holds bytes that are not " + charset + ", the encoding the file declares; save it as UTF-8",
                "此行含有不符合文件声明编码 " + charset + " 的字节；请另存为 UTF-8");
    }

    private static Wording noElements() {
        String write = "<submission xmlns=\"" + Submission.NAMESPACE + "\" year=\"…\">";
        return new Wording("the file holds no XML elements (is it empty, or only comments?); a submission starts with " + write,
                "文件中没有任何 XML 元素（是空文件或只有注释？）；提交文件应以 " + write + " 开头");
    }

    private Integer refuse(Location at, String field, Wording words) {
        errors.add(located(at, field, words));
        return null;
    }

    private InputError located(Location at, String field, Wording words) {
        return SubmissionReader.located(file, at, field, words);
    }

}
