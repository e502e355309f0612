package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.load.RuleSet;
import educheck.web.ServeOptions;
import educheck.web.WebApp;
import educheck.web.WebArchive;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web's compare page, judging districts under another jurisdiction, re-checks their archived files and shows
 * the table {@code educheck compare --judge-as} prints for the same files: the same rows, cells and roll-ups.
 */
class WebCompareMatchesCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    @Test
    void theComparePageJudgedAsAJurisdictionIsTheCommandsTableForTheSameFiles() throws Exception {
        Path pingjiang = SAMPLES.resolve("failing-430626-pingjiang.xml");
        Path yinzhou = SAMPLES.resolve("zhejiang/330212-yinzhou.xml");
        Path xiangshan = SAMPLES.resolve("zhejiang/330225-xiangshan.xml");
        String archive = dir.resolve("archive").toString();
        // Each file archived by a run of its own, as three offices' uploads would be.
        for (Path file : new Path[] {pingjiang, yinzhou, xiangshan}) {
            assertThat(Command.run("check", file.toString(), "--archive", archive).exitCode()).as(file.toString()).isIn(0, 1);
        }
        Command command = Command.run("compare", pingjiang.toString(), yinzhou.toString(), xiangshan.toString(),
                "--judge-as", "CN-33", "--format", "html");
        assertThat(command.exitCode()).isIn(0, 1);

        String page;
        try (WebArchive store = WebArchive.open(archive);
             WebApp app = WebApp.start(ServeOptions.defaults().withPort(0), RuleSet.bundled(), store.runs(), store.accounts())) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(app.url() + "/compare?district=430626&district=330212&district=330225&judgeAs=CN-33")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).isEqualTo(200);
            page = answer.body();
        }
        String expected = main(command.out());
        assertThat(expected).contains("全部区县按 CN-33 的规则集评估").contains("430626").contains("330212").contains("330225")
                .contains("ZJ.");
        assertThat(main(page)).isEqualTo(expected);
    }

    /** The table and roll-ups: what the page frames with its own bar and form. */
    private static String main(String html) {
        return html.substring(html.indexOf("<main>"), html.indexOf("</main>") + "</main>".length());
    }
}
