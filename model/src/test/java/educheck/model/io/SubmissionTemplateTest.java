package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SubmissionTemplateTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateIsAValidSubmission() throws IOException {
        Path file = Files.writeString(dir.resolve("template.xml"), SubmissionTemplate.text());
        List<InputError> fileErrors = new ArrayList<>();
        List<DistrictInput> districts = new SubmissionReader().readAll(file, fileErrors);

        assertThat(fileErrors).isEmpty();
        assertThat(districts).singleElement().satisfies(d -> assertThat(d.errors()).isEmpty());
    }

    /** One fact, one place: a field added to the schema must also be shown to the people filling it in. */
    @Test
    void theTemplateShowsEveryElementAndAttributeOfTheSchema() throws Exception {
        String template = SubmissionTemplate.text();
        Set<String> missing = new TreeSet<>();
        for (String name : schemaNames("element")) {
            if (!template.contains("<" + name)) {
                missing.add("<" + name + ">");
            }
        }
        for (String name : schemaNames("attribute")) {
            if (!template.contains(name + "=\"")) {
                missing.add("@" + name);
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> schemaNames(String kind) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (InputStream in = SubmissionSchema.class.getResourceAsStream(SubmissionSchema.RESOURCE)) {
            NodeList nodes = f.newDocumentBuilder().parse(in).getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, kind);
            Set<String> names = new TreeSet<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                String name = ((Element) nodes.item(i)).getAttribute("name");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return names;
        }
    }
}
