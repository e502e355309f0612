package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every API route against a real server on 127.0.0.1 (open: no accounts). */
class ApiRoutesTest {

    static TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.open();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthzAnswers200WhenTheArchiveIsReachable() throws Exception {
        HttpResponse<String> r = server.client().get("/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void checkAnswersTheJsonReportOfTheFailingSampleAndArchivesIt() throws Exception {
        HttpResponse<String> r = server.client().upload("/api/check", "failing-430626-pingjiang.xml", TestServer.bytes(TestServer.FAILING));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        JsonNode district = report.get("districts").get(0);
        assertThat(district.get("code").asText()).isEqualTo("430626");
        assertThat(district.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(district.get("findings").size()).isGreaterThan(1000);
        String run = r.headers().firstValue("X-Educheck-Run").orElseThrow();
        assertThat(r.headers().firstValue("Location")).contains("/runs/" + run);

        JsonNode runs = JSON.readTree(server.client().get("/api/runs").body()).get("runs");
        assertThat(runs.findValuesAsText("id")).contains(run);
        // Uploaded while the server has no accounts: nobody's, so an account named "local" made later inherits none.
        assertThat(runs.get(0).get("user").isNull()).isTrue();
        assertThat(runs.get(0).get("file").asText()).isEqualTo("failing-430626-pingjiang.xml");

        HttpResponse<String> history = server.client().get("/api/districts/430626/history");
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode h = JSON.readTree(history.body());
        assertThat(h.get("years").findValuesAsText("run")).isNotEmpty();
        assertThat(h.get("indicators").size()).isGreaterThan(0);
    }

    @Test
    void aBrokenFileIsAnswered400WithTheCommandLinesErrorLinesNamingTheUpload() throws Exception {
        byte[] cut = "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\"><district code=\"x\"".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = server.client().upload("/api/check?lang=en", "cut.xml", cut);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("educheck: 1 input error(s); those files or districts were not checked:\n  cut.xml:1:");
        assertThat(r.body()).doesNotContain("/tmp", "educheck-upload", "Exception");
    }

    @Test
    void hostileXmlIsRefusedAsOnTheCommandLine() throws Exception {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE submission [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">&b;</submission>";
        HttpResponse<String> r = server.client().upload("/api/check", "laughs.xml", laughs.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("laughs.xml").contains("DOCTYPE");

        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE submission [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">&x;</submission>";
        HttpResponse<String> e = server.client().upload("/api/check", "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.body()).doesNotContain("root:");
    }

    @Test
    void anUploadNamedWithATraversalIsShownByItsLastSegmentOnly() throws Exception {
        HttpResponse<String> r = server.client().upload("/api/check", "../../../etc/evil\\..\\pingjiang.xml", TestServer.bytes(TestServer.FAILING));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("districts").get(0).get("file").asText()).isEqualTo("pingjiang.xml");
    }

    @Test
    void aRequestWithoutAFileIs400() throws Exception {
        HttpResponse<String> r = server.client().upload("/api/check", null, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("file");
    }

    @Test
    void namesInPathsThatAreNotPlainNamesAreRefused() throws Exception {
        TestServer.Client c = server.client();
        // Jetty refuses an encoded slash (400) before any route sees it; the rest reach a route that finds nothing.
        for (String path : new String[] {"/runs/..%2F..%2Fetc%2Fpasswd", "/runs/1/download/..%2F..%2Fpom.xml", "/districts/..%2F.."}) {
            HttpResponse<String> r = c.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("Exception", "root:", "<project");
        }
        assertThat(c.get("/runs/1/download/pom.xml").statusCode()).isEqualTo(404);
        assertThat(c.get("/runs/..").statusCode()).isIn(400, 404);
        assertThat(c.get("/api/districts/%2E%2E/history").statusCode()).isIn(400, 404);
        assertThat(c.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(c.get("/no/such/page").body()).doesNotContain("Exception", "at io.javalin");
    }

    @Test
    void anUnknownDistrictHasNoHistory() throws Exception {
        assertThat(server.client().get("/api/districts/999999/history").statusCode()).isEqualTo(404);
    }
}
