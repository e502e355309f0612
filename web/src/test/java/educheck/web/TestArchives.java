package educheck.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** The archive the tests run against: a real embedded H2 archive in a fresh temporary folder. */
final class TestArchives {

    private TestArchives() {
    }

    static WebArchive fresh() throws Exception {
        Path dir = Files.createTempDirectory("educheck-web-test-archive-");
        dir.toFile().deleteOnExit();
        return WebArchive.open(dir.resolve("archive").toString());
    }
}
