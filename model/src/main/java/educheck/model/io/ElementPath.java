package educheck.model.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Follows which element of a district the binder is reading, so a schema error names
 * {@code school[S3]/section[PRIMARY]/@students} rather than just {@code section/@students}: a district has
 * hundreds of sections, and the clerk needs to know which one.
 *
 * <p>An element stays on the path while its end tag is current, because the validator judges an element's text
 * at its end tag.
 */
final class ElementPath extends StreamReaderDelegate {

    private static final int MAX_KEY = 40;

    private final Deque<String> segments = new ArrayDeque<>();
    private boolean endPending;

    /** Starts on the {@code <district>} start tag the reader is at. */
    ElementPath(XMLStreamReader reader) {
        super(reader);
        segments.push(segment());
    }

    @Override
    public int next() throws XMLStreamException {
        if (endPending) {
            segments.pop();
            endPending = false;
        }
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            segments.push(segment());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            endPending = true;
        }
        return event;
    }

    /** Routed through {@link #next()} so the path stays right whichever the binder calls. */
    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace()) || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }

    /** The path below {@code <district>}, or {@code district} for the district element itself. */
    String current() {
        if (segments.size() <= 1) {
            return "district";
        }
        StringBuilder s = new StringBuilder();
        Iterator<String> outermostFirst = segments.descendingIterator();
        outermostFirst.next();
        while (outermostFirst.hasNext()) {
            s.append(s.length() == 0 ? "" : "/").append(outermostFirst.next());
        }
        return s.toString();
    }

    /** {@code school[S1]}, {@code section[PRIMARY]}, {@code measure[budget]}: the name and the key that tells siblings apart. */
    private String segment() {
        String name = getLocalName();
        String key = switch (name) {
            case "school", "kindergarten" -> getAttributeValue(null, "id");
            case "section" -> getAttributeValue(null, "level");
            case "room", "veto" -> getAttributeValue(null, "kind");
            case "measure" -> getAttributeValue(null, "key");
            default -> null;
        };
        if (key == null) {
            return name;
        }
        return name + "[" + (key.length() > MAX_KEY ? key.substring(0, MAX_KEY) + "…" : key) + "]";
    }
}
