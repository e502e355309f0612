package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small things a user notices (issue 27 §7), over HTTP against a real server. */
class SmallThingsTest {

    static TestServer server;
    static String run;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(ServeOptions.defaults().withPort(0).withMaxUploadBytes(200_000), true);
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        HttpResponse<String> up = ian.upload("/api/check", "p.xml", TestServer.bytes(TestServer.FAILING), "X-CSRF-Token", ian.csrf("/"));
        assertThat(up.statusCode()).isEqualTo(200);
        run = up.headers().firstValue("X-Educheck-Run").orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void statusesInTheChinesePagesAreInChinese() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        String runs = ian.get("/runs").body();
        assertThat(runs).contains("<span class=\"badge FAIL\">未通过</span>").doesNotContain("<span class=\"badge FAIL\">FAIL</span>");
        String history = ian.get("/districts/430626").body();
        assertThat(history).contains("<span class=\"badge FAIL\">未通过</span>").doesNotContain(">FAIL</span>");
    }

    @Test
    void theRuleCataloguesScopeColumnIsTranslated() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        String rules = ian.get("/rules").body();
        assertThat(rules).contains("<td title=\"district\">区县</td>").contains("<td title=\"city roll-up\">市级汇总</td>");
        ian.get("/lang?to=en&back=%2Frules");
        assertThat(ian.get("/rules").body()).contains("<td title=\"district\">district</td>");
    }

    @Test
    void historyChartsCarryTheIndicatorsName() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        String page = ian.get("/districts/430626").body();
        assertThat(page).containsPattern("<figcaption class=\"id\">CN\\.[A-Z.0-9]+ [^<]*\\p{IsHan}[^<]* · [^<]+</figcaption>");
    }

    @Test
    void aSignedInUserStaysSignedInOnThe413Page() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        HttpResponse<String> big = ian.upload("/upload", "big.xml", new byte[400_000], "field:csrf", ian.csrf("/"));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("当前用户: ian").contains("action=\"/signout\"");
    }

    @Test
    void theSiteHasAFavicon() throws Exception {
        TestServer.Client c = server.client();
        HttpResponse<String> icon = c.get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg");
        assertThat(c.get("/signin").body()).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"");
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        assertThat(ian.get("/runs/" + run).body()).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"");
    }

    @Test
    void theLanguageCookieIsSecureUnderSecureCookies() throws Exception {
        try (TestServer secure = new TestServer(ServeOptions.defaults().withPort(0).withSecureCookies(true), false)) {
            assertThat(langCookie(secure.client().get("/lang?to=en&back=%2F"))).startsWith(Guard.LANG_COOKIE + "=en").contains("Secure");
        }
        assertThat(langCookie(server.client().get("/lang?to=en&back=%2F"))).startsWith(Guard.LANG_COOKIE + "=en").doesNotContain("Secure");
    }

    private static String langCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Guard.LANG_COOKIE + "=")).findFirst().orElseThrow();
    }
}
