package educheck.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The commented example submission {@code educheck template} prints for a district office to fill in. */
public final class SubmissionTemplate {

    public static final String RESOURCE = "/educheck/model/template.xml";

    private SubmissionTemplate() {
    }

    public static String text() {
        try (InputStream in = SubmissionTemplate.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
