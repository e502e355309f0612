package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages a user reads, on an open server: language switch, upload page flow, runs, district, rules, downloads. */
class PagesTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.open();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void chineseByDefaultAndEnglishBySwitchThatIsRemembered() throws Exception {
        TestServer.Client c = server.client();
        assertThat(c.get("/rules").body()).contains("规则目录").contains("lang=\"zh-CN\"");
        HttpResponse<String> sw = c.get("/lang?to=en&back=%2Frules");
        assertThat(sw.statusCode()).isEqualTo(303);
        assertThat(sw.headers().firstValue("Location")).contains("/rules");
        assertThat(sw.headers().firstValue("Set-Cookie").orElseThrow()).contains(Guard.LANG_COOKIE + "=en").contains("Max-Age=");
        assertThat(c.get("/rules").body()).contains("Rule catalogue").contains("lang=\"en\"");
        // The switch goes back only to a page of this site.
        assertThat(c.get("/lang?to=zh&back=%2F%2Fevil.example").headers().firstValue("Location").orElseThrow()).endsWith("/").doesNotContain("evil");
    }

    @Test
    void anUploadThroughTheFormIsQueuedThenShownWithItsDownloadsAndHistory() throws Exception {
        TestServer.Client c = server.client();
        HttpResponse<String> up = c.upload("/upload", "pingjiang.xml", TestServer.bytes(TestServer.FAILING), "field:csrf", c.csrf("/"));
        assertThat(up.statusCode()).isEqualTo(303);
        String job = up.headers().firstValue("Location").orElseThrow();
        String report = null;
        for (int i = 0; i < 600 && report == null; i++) {
            HttpResponse<String> page = c.get(job);
            if (page.statusCode() == 303) {
                report = page.headers().firstValue("Location").orElseThrow();
            } else {
                assertThat(page.body()).contains("http-equiv=\"refresh\"");
                Thread.sleep(100);
            }
        }
        assertThat(report).matches("/runs/[0-9]+");
        HttpResponse<String> page = c.get(report);
        assertThat(page.body()).contains("平江县").contains("id=\"downloads\"").contains("/assets/report.js");
        for (String format : Reports.ORDER) {
            HttpResponse<String> d = c.get(report + "/download/" + format);
            assertThat(d.statusCode()).as(format).isEqualTo(200);
            assertThat(d.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"educheck-run-");
            assertThat(d.body()).as(format).contains("430626");
        }
        assertThat(c.get("/runs").body()).contains(report).contains("pingjiang.xml");
        String district = c.get("/districts/430626").body();
        assertThat(district).contains("<svg").contains("id=\"diff\"");
        assertThat(c.get("/rules").body()).contains("CN.CE.RES.1").contains(".drl:")
                .contains("<span id=\"rule-version\">规则版本 1（现行）</span>");
        // The report of an uploaded run says which version of the rules judged it, and why: the archive's rules in force.
        assertThat(c.get(report).body()).contains(" · <span id=\"rule-basis\">规则版本 1（档案库现行规则）</span> · ");
    }

    @Test
    void aSecondRunOfADistrictIsComparedWithTheFirst() throws Exception {
        TestServer.Client c = server.client();
        String failing = new String(TestServer.bytes(TestServer.FAILING), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(c.upload("/api/check", "a.xml", failing.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        // The same district with teachers' pay fallen below civil servants' (1.02 to 0.95): that indicator becomes FAIL.
        String changed = failing.replaceFirst("<teacherSalaryRatio>1.02<", "<teacherSalaryRatio>0.95<");
        assertThat(changed).isNotEqualTo(failing);
        assertThat(c.upload("/api/check", "b.xml", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        String district = c.get("/districts/430626").body();
        String diff = district.substring(district.indexOf("id=\"diff\""), district.indexOf("</section>", district.indexOf("id=\"diff\"")));
        assertThat(diff).contains("0.95").contains("变为不达标");
    }
}
