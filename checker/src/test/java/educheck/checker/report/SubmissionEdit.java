package educheck.checker.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A submission file edited the way a district office would act on its rectification list: each item's amount
 * added to (or taken from) the input it names, in the school, section, kindergarten or district it is about.
 */
final class SubmissionEdit {

    static final String NS = "urn:educheck:submission:1";

    private final Document doc;

    private SubmissionEdit(Document doc) {
        this.doc = doc;
    }

    static SubmissionEdit of(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return new SubmissionEdit(f.newDocumentBuilder().parse(file.toFile()));
    }

    Path write(Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out.toFile()));
        return out;
    }

    /**
     * Applies one item. Returns false for an item that names no input (a coefficient's summary, which its
     * schools' items carry out, or a target with nothing to measure).
     */
    boolean apply(RectificationItem item) {
        if (item.action().equals("resolve")) {
            Element vetoes = (Element) district().getElementsByTagNameNS(NS, "vetoes").item(0);
            while (vetoes.getFirstChild() != null) {
                vetoes.removeChild(vetoes.getFirstChild());
            }
            return true;
        }
        if (item.field() == null || item.action().equals("meet")) {
            return false;
        }
        String head = item.subject().split("/")[0];
        Element unit = byId("school", head);
        if (unit == null) {
            unit = byId("kindergarten", head);
        }
        if (unit == null) {
            changeElement(district(), item);
            return true;
        }
        if (item.field().startsWith("room[")) {
            addRooms(unit, item);
            return true;
        }
        Element section = sectionOf(unit, item);
        if (section != null && section.hasAttribute(item.field())) {
            changeAttribute(section, item);
        } else if (unit.hasAttribute(item.field())) {
            changeAttribute(unit, item);
        } else if (item.field().equals("students")) {
            changeAttribute(largestSection(unit), item);
        } else {
            throw new AssertionError("no input " + item.field() + " for " + item);
        }
        return true;
    }

    Element district() {
        return (Element) doc.getElementsByTagNameNS(NS, "district").item(0);
    }

    Element byId(String tag, String id) {
        NodeList list = doc.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    /** Sets a district-level element's text, e.g. {@code <trainingCompletionRate>}. */
    void setDistrictValue(String name, String value) {
        Element e = (Element) district().getElementsByTagNameNS(NS, name).item(0);
        e.setTextContent(value);
    }

    void removeFirstRoom(String schoolId, String kind) {
        for (Element room : children(byId("school", schoolId), "room")) {
            if (kind.equals(room.getAttribute("kind"))) {
                room.getParentNode().removeChild(room);
                return;
            }
        }
    }

    void addVeto(String kind) {
        Element vetoes = (Element) district().getElementsByTagNameNS(NS, "vetoes").item(0);
        Element veto = doc.createElementNS(NS, "veto");
        veto.setAttribute("kind", kind);
        veto.setTextContent("test");
        vetoes.appendChild(veto);
    }

    private Element sectionOf(Element school, RectificationItem item) {
        String[] parts = item.subject().split("/");
        if (parts.length < 2) {
            return null;
        }
        for (Element s : children(school, "section")) {
            if (parts[1].equals(s.getAttribute("level"))) {
                return s;
            }
        }
        return null;
    }

    private Element largestSection(Element school) {
        Element largest = null;
        for (Element s : children(school, "section")) {
            if (largest == null || Integer.parseInt(s.getAttribute("students")) > Integer.parseInt(largest.getAttribute("students"))) {
                largest = s;
            }
        }
        return largest;
    }

    private void addRooms(Element school, RectificationItem item) {
        // "room[MUSIC] of 96 m² or more"
        String kind = item.field().substring(5, item.field().indexOf(']'));
        String area = item.field().replaceAll(".* of ([0-9.]+) m².*", "$1");
        Node before = children(school, "room").isEmpty() ? null : children(school, "room").get(0);
        for (int i = 0; i < (int) item.shortfall(); i++) {
            Element room = doc.createElementNS(NS, "room");
            room.setAttribute("kind", kind);
            room.setAttribute("area", area);
            school.insertBefore(room, before);
        }
    }

    private void changeAttribute(Element e, RectificationItem item) {
        e.setAttribute(item.field(), changed(e.getAttribute(item.field()), item));
    }

    private void changeElement(Element district, RectificationItem item) {
        NodeList list = district.getElementsByTagNameNS(NS, item.field());
        if (list.getLength() == 0) {
            throw new AssertionError("no district input " + item.field() + " for " + item);
        }
        Element e = (Element) list.item(0);
        e.setTextContent(changed(e.getTextContent().trim(), item));
    }

    private static String changed(String current, RectificationItem item) {
        if (item.action().equals("fulfil")) {
            return "true";
        }
        BigDecimal amount = BigDecimal.valueOf(item.shortfall());
        if ("percentage points".equals(item.unit())) {
            amount = amount.movePointLeft(2);
        }
        boolean up = item.action().equals("add") || item.action().equals("raise");
        BigDecimal now = new BigDecimal(current);
        return (up ? now.add(amount) : now.subtract(amount)).stripTrailingZeros().toPlainString();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && tag.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Path copy(Path file, Path dir) throws IOException {
        return Files.copy(file, dir.resolve(file.getFileName()));
    }
}
