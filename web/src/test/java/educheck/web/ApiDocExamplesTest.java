package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every curl example of docs/api.md, as written, with real curl against a real server on 127.0.0.1 (with
 * accounts: the examples sign in as $EDUCHECK_USER), from the repository's root, and holds each to its
 * "# expect NNN" status.
 */
class ApiDocExamplesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Example(int status, String command) {
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        Integer expect = null;
        StringBuilder command = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("docs/api.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inBlock = line.startsWith("```sh");
                continue;
            }
            if (!inBlock) {
                continue;
            }
            if (line.startsWith("# expect ")) {
                expect = Integer.parseInt(line.substring(9).trim());
            } else if (!line.isBlank()) {
                command.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).append(' ');
                if (!line.endsWith("\\")) {
                    out.add(new Example(expect == null ? 200 : expect, command.toString().trim()));
                    command.setLength(0);
                    expect = null;
                }
            }
        }
        return out;
    }

    @Test
    void everyCurlExampleAnswersTheStatusItSays() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), () -> {
            System.err.println("\n!!!!!!!! ApiDocExamplesTest SKIPPED: /usr/bin/curl is missing !!!!!!!!\n");
            return "curl is not installed";
        });
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
        try (TestServer server = TestServer.withAccounts()) {
            String token = server.store.tokens().issue("ian", "docs/api.md", "ApiDocExamplesTest");
            for (Example e : examples) {
                assertThat(e.command()).startsWith("curl ");
                String command = e.command().replace("http://127.0.0.1:8080", server.url("")) + " --write-out '\\nHTTP %{http_code}\\n'";
                ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile()).redirectErrorStream(true);
                pb.environment().put("EDUCHECK_USER", "ian");
                pb.environment().put("EDUCHECK_PASSWORD", TestServer.PASSWORD);
                pb.environment().put("EDUCHECK_TOKEN", token);
                Process p = pb.start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(e.command() + "\n" + output).isZero();
                assertThat(output.strip()).as(e.command() + "\n" + output).endsWith("HTTP " + e.status());
                if (e.command().contains("pom.xml")) {
                    assertThat(output).startsWith("educheck: 1 input error(s); those files or districts were not checked:\n  pom.xml:");
                }
            }
        }
    }
}
