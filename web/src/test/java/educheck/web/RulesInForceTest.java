package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.checker.drafts.RuleEdit;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The server's rules in force are the archive's, not its own: a version published without telling the server (as
 * `educheck rules publish` or another server on the same archive does) judges its next upload, shows in its catalogue,
 * and its district page says the two runs were judged by different rules.
 */
class RulesInForceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRL = "CN/compulsory-resources.drl";

    @Test
    void aVersionPublishedWithoutTellingTheServerJudgesItsNextUpload() throws Exception {
        try (TestServer server = TestServer.open()) {
            TestServer.Client c = server.client();
            JsonNode before = check(c);
            assertThat(before.get("ruleSet").get("version").asInt()).isEqualTo(1);
            assertThat(before.get("ruleSet").get("why").asText()).isEqualTo("in-force");
            assertThat(status(before, "P08/PRIMARY")).isEqualTo("FAIL");

            // Networked classrooms per 100 primary students lowered from 2.3 to 2.0: Pingjiang's P08 (2.06) passes.
            RuleFiles lowered = lowered();
            server.store.archive().ruleVersions().publish(lowered, RuleIndex.of(lowered).rules().size(), "wang", "按通知调整", null);

            JsonNode after = check(c);
            assertThat(after.get("ruleSet").get("version").asInt()).as("the server was not told; the archive was").isEqualTo(2);
            assertThat(after.get("ruleSet").get("sha256").asText()).isEqualTo(lowered.sha256());
            assertThat(after.get("ruleSet").get("origin").asText()).isEqualTo("archive");
            assertThat(status(after, "P08/PRIMARY")).isEqualTo("PASS");
            assertThat(c.get("/rules").body()).contains("<span id=\"rule-version\">规则版本 2（现行）</span>");

            String district = c.get("/districts/430626").body();
            assertThat(district).contains("<td class=\"rules\">v1</td>").contains("<td class=\"rules\">v2</td>");
            String diff = district.substring(district.indexOf("id=\"diff\""), district.indexOf("</section>", district.indexOf("id=\"diff\"")));
            assertThat(diff).contains("id=\"rules-changed\"").contains("两次检查所用的规则不同（v1 → v2）")
                    .containsPattern("变为达标.*2\\.064.*\\(数值未变\\)");
            JsonNode history = JSON.readTree(c.get("/api/districts/430626/history").body());
            assertThat(history.get("years").get(0).get("rules").get("version").asInt()).isEqualTo(2);
        }
    }

    private static JsonNode check(TestServer.Client c) throws Exception {
        HttpResponse<String> r = c.upload("/api/check", "pingjiang.xml", TestServer.bytes(TestServer.FAILING));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The bundled rules with CN.CE.RES.7 (primary) at 2.0 instead of 2.3. */
    private static RuleFiles lowered() throws RuleEdit.Refused {
        RuleFiles bundled = RuleFiles.bundled();
        Map<String, byte[]> files = new TreeMap<>(bundled.all());
        files.put(DRL, new RuleEdit("2.0", null, null).applyTo(bundled.text(DRL), "CN.CE.RES.7 primary").getBytes(StandardCharsets.UTF_8));
        return RuleFiles.of(files, "lowered");
    }

    private static String status(JsonNode report, String subject) {
        for (JsonNode d : report.get("districts")) {
            for (JsonNode f : d.get("findings")) {
                if (f.get("id").asText().equals("CN.CE.RES.7") && f.get("subject").asText().equals(subject)) {
                    return f.get("status").asText();
                }
            }
        }
        throw new AssertionError("no CN.CE.RES.7 finding for " + subject);
    }
}
