package educheck.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Plain words, in English and Chinese, for the XML parser's reports of a file that is not well-formed. The
 * parser's own wording ("Unexpected character ' ' (code 32) (missing name?)") names a symptom; a clerk needs the
 * fault and its fix. Reports not recognised keep the parser's words.
 */
final class XmlFaults {

    private static final Pattern CLOSE_TAG = Pattern.compile("Unexpected close tag </([^>]+)>; expected </([^>]+)>");

    private XmlFaults() {
    }

    /** The parser's message without its own location trailer, which we report as file:line:column. */
    static String parserMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int jdk = m.indexOf("Message: ");
        if (jdk >= 0) {
            m = m.substring(jdk + "Message: ".length());
        }
        int at = m.indexOf("\n at [row,col");
        return (at >= 0 ? m.substring(0, at) : m).trim();
    }

    /**
     * The parser's report inside an unchecked exception: Woodstox decodes text lazily and throws what it finds then
     * (bytes that are not UTF-8, say) as a WstxLazyException around it. Null for any other unchecked exception.
     */
    static XMLStreamException lazy(RuntimeException e) {
        return e.getCause() instanceof XMLStreamException x ? x : null;
    }

    /** Whether the file ended before its first element: an empty file or one of comments only. */
    static boolean endedBeforeAnyElement(XMLStreamException e) {
        String m = parserMessage(e);
        return m.startsWith("Unexpected EOF in prolog") || m.startsWith("Premature end of file");
    }

    static Wording describe(XMLStreamException e) {
        String m = parserMessage(e);
        Matcher close = CLOSE_TAG.matcher(m);
        if (close.find()) {
            return new Wording("<" + close.group(2) + "> is not closed: </" + close.group(1) + "> comes first; add </"
                    + close.group(2) + "> where the element ends",
                    "<" + close.group(2) + "> 未闭合：先出现了 </" + close.group(1) + ">；请在该元素结束处补上 </" + close.group(2) + ">");
        }
        if (m.startsWith("Unexpected EOF") || m.startsWith("Unexpected end of input") || m.startsWith("XML document structures must")) {
            return new Wording("the file ends in the middle of the XML (it was cut short, or a closing tag is missing)",
                    "文件在 XML 中途结束（文件被截断，或缺少结束标记）");
        }
        if (m.contains("(missing name?)") || m.contains("entity name must immediately follow")) {
            return new Wording("a bare '&' in a value: write it as &amp; (or use 和 instead)",
                    "取值中有单独的 '&'：请写作 &amp;（或改用“和”）");
        }
        if (m.contains("in epilog") || m.contains("trailing section")) {
            return new Wording("there is content after </submission>: remove it, the file must end there",
                    "</submission> 之后还有内容：请删除，文件应在此结束");
        }
        return new Wording(m, m);
    }
}
