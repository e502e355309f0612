package educheck.model.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
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

    private final Runnable onEvent;
    private final Deque<String> segments = new ArrayDeque<>();
    private final Map<String, int[]> districtFields = new HashMap<>();
    private boolean endPending;

    /**
     * Starts on the {@code <district>} start tag the reader is at.
     *
     * @param onEvent told of every event the binder reads (so {@link SizeGuard} counts per event, not per district)
     */
    ElementPath(XMLStreamReader reader, Runnable onEvent) {
        super(reader);
        this.onEvent = onEvent;
        segments.push(segment(reader));
    }

    @Override
    public int next() throws XMLStreamException {
        if (endPending) {
            segments.pop();
            endPending = false;
        }
        int event = super.next();
        onEvent.run();
        if (event == XMLStreamConstants.START_ELEMENT) {
            segments.push(segment(this));
            if (segments.size() == 2) {
                districtFields.putIfAbsent(getLocalName(), new int[] {getLocation().getLineNumber(), getLocation().getColumnNumber()});
            }
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

    /** The path below {@code <district>} (whose own segment is left out), or {@code district} for the district itself. */
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

    /**
     * Where each of the district's own elements ({@code <rotated>}, say) was read: they bind to plain numbers that
     * keep no line, so a check on them finds its line here.
     */
    Map<String, int[]> districtFields() {
        return districtFields;
    }

    /** {@code school[S1]}, {@code section[PRIMARY]}, {@code measure[budget]}: the name and the key that tells siblings apart. */
    static String segment(XMLStreamReader reader) {
        String name = reader.getLocalName();
        String key = switch (name) {
            case "district" -> reader.getAttributeValue(null, "code");
            case "school", "kindergarten" -> reader.getAttributeValue(null, "id");
            case "section" -> reader.getAttributeValue(null, "level");
            case "room", "veto" -> reader.getAttributeValue(null, "kind");
            case "measure" -> reader.getAttributeValue(null, "key");
            default -> null;
        };
        if (key == null) {
            return name;
        }
        return name + "[" + (key.length() > MAX_KEY ? key.substring(0, MAX_KEY) + "…" : key) + "]";
    }
}
