package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/errors.md explains every error the broken-submission suite produces, by the file's name. */
class ErrorsDocTest {

    @Test
    void everyBrokenSubmissionIsExplainedInTheErrorsGuide() throws IOException, URISyntaxException {
        String guide = Files.readString(Path.of("..", "docs", "errors.md"));
        Path folder = Path.of(ErrorsDocTest.class.getResource("/broken").toURI());
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(guide).as(name).containsPattern("[\\[ ,]" + name + "[\\],]"));
    }
}
