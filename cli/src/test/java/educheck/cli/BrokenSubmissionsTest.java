package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deliberately broken submissions, one defect each, named after it, checked by the real command. Each file states
 * in its opening comment the line and field the error must name and words of the message in both languages; the
 * command must exit 2, say so on stderr and in the JSON report, and never print a stack trace.
 */
class BrokenSubmissionsTest {

    private static final Pattern EXPECTATION = Pattern.compile("(?m)^\\s+(Defect|Line|Field|English|Chinese): (.*)$");

    record Broken(Path file, int line, String field, String english, String chinese) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static Stream<Broken> submissions() throws IOException, URISyntaxException {
        Path folder = Path.of(BrokenSubmissionsTest.class.getResource("/broken").toURI());
        List<Broken> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                all.add(expectation(file));
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        return all.stream();
    }

    private static Broken expectation(Path file) throws IOException {
        // The header is ASCII and UTF-8 even in the file whose body is deliberately in another encoding.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Map<String, String> said = new HashMap<>();
        Matcher m = EXPECTATION.matcher(text.substring(0, text.indexOf("-->")));
        while (m.find()) {
            said.put(m.group(1), m.group(2).strip());
        }
        assertThat(said).as(file + " states its expectation").containsKeys("Defect", "Line", "Field", "English", "Chinese");
        return new Broken(file, Integer.parseInt(said.get("Line")), said.get("Field"), said.get("English"), said.get("Chinese"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissions")
    void theTextReportNamesLineFieldAndWhatWasExpected(Broken b) {
        CliRun run = CliRun.of("check", b.file().toString(), "--lang", "en").printedNoStackTrace();

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        String located = b.file() + (b.line() > 0 ? ":" + b.line() + ":" : ": ");
        assertThat(run.err()).as("stderr").contains(located, b.field() + ": ", b.english());
        assertThat(run.out()).as("the report lists it too").contains(located, b.english());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("submissions")
    void theJsonReportCarriesTheErrorInBothLanguages(Broken b) throws IOException {
        CliRun run = CliRun.of("check", b.file().toString(), "--format", "json").printedNoStackTrace();

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).as("Chinese is the default language").contains(b.chinese());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("summary").path("exitCode").asInt()).isEqualTo(2);
        List<JsonNode> matching = new ArrayList<>();
        report.path("inputErrors").forEach(e -> {
            if (e.path("line").asInt() == b.line() && b.field().equals(e.path("field").asText())) {
                matching.add(e);
            }
        });
        assertThat(matching).as(report.path("inputErrors").toPrettyString()).isNotEmpty();
        assertThat(matching).anySatisfy(e -> {
            assertThat(e.path("file").asText()).isEqualTo(b.file().toString());
            assertThat(e.path("message").asText()).contains(b.english());
            assertThat(e.path("messageZh").asText()).contains(b.chinese());
        });
    }
}
