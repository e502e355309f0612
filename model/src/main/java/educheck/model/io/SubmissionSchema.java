package educheck.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The published submission schema ({@code submission-1.xsd}), loaded once. */
public final class SubmissionSchema {

    public static final String RESOURCE = "/educheck/model/submission-1.xsd";

    private static final Schema SCHEMA = load();

    private SubmissionSchema() {
    }

    /** The compiled schema; thread-safe, shared by every reader. */
    public static Schema schema() {
        return SCHEMA;
    }

    /** The XSD text, as {@code educheck schema} prints it. */
    public static String text() {
        try (InputStream in = SubmissionSchema.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schema is our own resource; still, it may not pull anything from outside.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = SubmissionSchema.class.getResource(RESOURCE);
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled submission schema does not compile", e);
        }
    }
}
