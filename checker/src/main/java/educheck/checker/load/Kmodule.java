package educheck.checker.load;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The kbases a {@code kmodule.xml} declares: one per jurisdiction, each naming its DRL package and the kbases it
 * includes. Read here (not through Drools) so bundled and edited rule folders are read the same way.
 */
public final class Kmodule {

    /** One {@code <kbase>}. */
    public record KBase(String name, List<String> packages, List<String> includes) {
    }

    private final Map<String, KBase> kbases;

    private Kmodule(Map<String, KBase> kbases) {
        this.kbases = kbases;
    }

    public static Kmodule parse(byte[] xml) throws RuleSetException {
        if (xml == null) {
            throw new RuleSetException(List.of(RuleFiles.KMODULE + ": missing; a rules folder needs META-INF/kmodule.xml"));
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS("*", "kbase");
            Map<String, KBase> found = new LinkedHashMap<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                found.put(e.getAttribute("name"), new KBase(e.getAttribute("name"), list(e.getAttribute("packages")),
                        list(e.getAttribute("includes"))));
            }
            return new Kmodule(found);
        } catch (Exception e) {
            throw new RuleSetException(List.of(RuleFiles.KMODULE + ": cannot be read: " + e.getMessage()));
        }
    }

    private static List<String> list(String attribute) {
        List<String> items = new ArrayList<>();
        Arrays.stream(attribute.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }

    public Map<String, KBase> kbases() {
        return kbases;
    }

    public boolean has(String name) {
        return kbases.containsKey(name);
    }

    /** The kbase and every kbase it includes, parents first: CN, CN-31, CN-31-310151. */
    public List<String> chain(String name) {
        List<String> chain = new ArrayList<>();
        addChain(name, chain);
        return chain;
    }

    private void addChain(String name, List<String> chain) {
        KBase kb = kbases.get(name);
        if (kb == null || chain.contains(name)) {
            return;
        }
        for (String parent : kb.includes()) {
            addChain(parent, chain);
        }
        chain.add(name);
    }
}
