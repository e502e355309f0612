package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code educheck check --waivers FILE --as-of DATE} on the bundled rules: S41 fails CN.CE.RES.1 (4.1 of 4.2). Every
 * report names the waiver file and its sha256, and says what became of each waiver.
 */
class CheckWithWaiversTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAIVERS = """
            district,id,subject,reason,approvedBy,expires
            320583,CN.CE.RES.1,S41/PRIMARY,two teachers finish their degrees in July,区教育局 王科长,2025-08-31
            320583,CN.CE.RES.1,S43/PRIMARY,passes anyway,区教育局 王科长,2025-08-31
            """;

    @TempDir
    Path dir;

    private Path submission;
    private Path waivers;

    @BeforeEach
    void files() throws IOException {
        submission = dir.resolve("schools.xml");
        try (InputStream in = getClass().getResourceAsStream("schools-at-4.1-and-4.3.xml")) {
            Files.copy(in, submission);
        }
        waivers = dir.resolve("waivers.csv");
        Files.writeString(waivers, WAIVERS);
    }

    @Test
    void theJsonReportCarriesTheWaiverFileItsHashAndWhatBecameOfEachWaiver() throws Exception {
        CommandRun run = CommandRun.of("check", submission, "--format", "json", "--waivers", waivers, "--as-of", "2025-08-31");

        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("waivers").get("file").asText()).isEqualTo(waivers.toAbsolutePath().toString());
        assertThat(report.get("waivers").get("sha256").asText()).isEqualTo(sha256(waivers));
        assertThat(report.get("waivers").get("asOf").asText()).isEqualTo("2025-08-31");
        assertThat(report.get("ruleSet").get("sha256").asText()).hasSize(64);
        JsonNode s41 = finding(report, "CN.CE.RES.1", "S41/PRIMARY");
        assertThat(s41.get("status").asText()).isEqualTo("WAIVED");
        assertThat(s41.get("waiver").get("reason").asText()).isEqualTo("two teachers finish their degrees in July");
        assertThat(states(report)).containsExactly("APPLIED", "UNMATCHED");
    }

    @Test
    void afterItsExpiryDateTheWaivedFindingFailsAgainAndTheWaiverIsReportedExpired() throws Exception {
        CommandRun run = CommandRun.of("check", submission, "--format", "json", "--waivers", waivers, "--as-of", "2025-09-01");

        JsonNode report = JSON.readTree(run.out());
        assertThat(finding(report, "CN.CE.RES.1", "S41/PRIMARY").get("status").asText()).isEqualTo("FAIL");
        assertThat(states(report)).containsExactly("EXPIRED", "EXPIRED");
    }

    @Test
    void theTextReportNamesTheWaiverFileAndListsEachWaiver() throws Exception {
        CommandRun run = CommandRun.of("check", submission, "--lang", "en", "--waivers", waivers, "--as-of", "2025-01-01");

        assertThat(run.out())
                .contains("waivers: " + waivers.toAbsolutePath() + " (sha256 " + sha256(waivers) + ", 2, as of 2025-01-01)")
                .contains("~ CN.CE.RES.1   S41/PRIMARY")
                .contains("waiver (line 2): two teachers finish their degrees in July · approved by 区教育局 王科长 · until 2025-08-31")
                .containsPattern("applied\\s+2  320583 CN.CE.RES.1 S41/PRIMARY  1 finding\\(s\\)")
                .containsPattern("UNMATCHED\\s+3  320583 CN.CE.RES.1 S43/PRIMARY  no failing finding matched it");
    }

    @Test
    void aMalformedWaiverFileStopsTheRunWithFileAndLineAndWritesNoReport() throws Exception {
        Files.writeString(waivers, WAIVERS.replace("2025-08-31\n320583", "31.08.2025\n320583"));
        Path report = dir.resolve("report.json");

        CommandRun run = CommandRun.of("check", submission, "--waivers", waivers, "--output", report);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(waivers + ":2: expires: '31.08.2025' is not a date; write YYYY-MM-DD");
        assertThat(report).doesNotExist();
    }

    private static List<String> states(JsonNode report) {
        List<String> states = new ArrayList<>();
        report.get("waiverUse").forEach(u -> states.add(u.get("state").asText()));
        return states;
    }

    private static JsonNode finding(JsonNode report, String id, String subject) {
        for (JsonNode f : report.get("districts").get(0).get("findings")) {
            if (f.get("id").asText().equals(id) && f.get("subject").asText().equals(subject)) {
                return f;
            }
        }
        throw new AssertionError("no " + id + " " + subject);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
