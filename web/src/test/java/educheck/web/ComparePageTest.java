package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compare page over HTTP on an open server: districts as last checked, or their archived files judged again under
 * another jurisdiction's rules; bad choices answered 400 with a plain message. (That the judged table is the one
 * {@code educheck compare --judge-as} prints for the same files is tested in the cli module, which has both.)
 */
class ComparePageTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.open();
        TestServer.Client c = server.client();
        assertThat(c.upload("/api/check", "pingjiang.xml", TestServer.bytes(TestServer.FAILING)).statusCode()).isEqualTo(200);
        byte[] yinzhou = Files.readAllBytes(TestServer.SAMPLES.resolve("zhejiang/330212-yinzhou.xml"));
        assertThat(c.upload("/api/check", "yinzhou.xml", yinzhou).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void offersEveryArchivedDistrictAndEveryRuleSetToJudgeBy() throws Exception {
        String page = server.client().get("/compare").body();
        assertThat(page).contains("value=\"430626\"").contains("value=\"330212\"")
                .contains("<select id=\"judgeAs\" name=\"judgeAs\">").contains("<option value=\"CN-33\">");
    }

    @Test
    void judgedAsAnotherJurisdictionTheArchivedFilesAreCheckedAgainUnderItsRules() throws Exception {
        HttpResponse<String> own = server.client().get("/compare?district=430626&district=330212");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("各区县按其所在地的规则集评估").doesNotContain("全部区县按 CN-33 的规则集评估");

        HttpResponse<String> judged = server.client().get("/compare?district=430626&district=330212&judgeAs=CN-33");
        assertThat(judged.statusCode()).isEqualTo(200);
        String body = judged.body();
        assertThat(body).contains("全部区县按 CN-33 的规则集评估").contains("<option value=\"CN-33\" selected>");
        // Pingjiang (Hunan) judged under Zhejiang's sets: its column names CN-33 as well as CN.
        String header = body.substring(body.indexOf("<thead>"), body.indexOf("</thead>"));
        assertThat(header).contains("430626").contains("330212").contains("CN › CN-33");
        assertThat(header.indexOf("430626")).isLessThan(header.indexOf("330212"));
        assertThat(body).doesNotContain("id=\"errors\"");
    }

    @Test
    void anUnknownRuleSetOrDistrictIs400WithAPlainMessage() throws Exception {
        HttpResponse<String> rules = server.client().get("/compare?district=430626&judgeAs=CN-99");
        assertThat(rules.statusCode()).isEqualTo(400);
        assertThat(rules.body()).contains("没有这个规则集").contains("CN-99").contains("CN-33").doesNotContain("Exception");

        HttpResponse<String> district = server.client().get("/compare?district=999999&judgeAs=CN-33");
        assertThat(district.statusCode()).isEqualTo(400);
        assertThat(district.body()).contains("999999").doesNotContain("Exception");
    }

    @Test
    void aDistrictWhoseFilesWereNotKeptCannotBeJudgedAgain() throws Exception {
        try (TestServer fresh = TestServer.open()) {
            TestServer.Client c = fresh.client();
            assertThat(c.upload("/api/check", "p.xml", TestServer.bytes(TestServer.FAILING)).statusCode()).isEqualTo(200);
            // As a run archived before the archive kept its files (schema V3) holds none.
            try (Connection db = DriverManager.getConnection(fresh.store.archive().location().url());
                 PreparedStatement s = db.prepareStatement("DELETE FROM run_input_files")) {
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            HttpResponse<String> judged = c.get("/compare?district=430626&judgeAs=CN-33");
            assertThat(judged.statusCode()).isEqualTo(400);
            assertThat(judged.body()).contains("没有存档").contains("430626").doesNotContain("Exception");
            // Compared as last checked, it still is.
            assertThat(c.get("/compare?district=430626").statusCode()).isEqualTo(200);
        }
    }
}
