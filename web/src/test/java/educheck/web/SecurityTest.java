package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roles, sessions, CSRF and the headers, against a real server with accounts. */
class SecurityTest {

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAccounts();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSignedOutApiRequestIs401AndASignedOutPageGoesToSignIn() throws Exception {
        TestServer.Client c = server.client();
        assertThat(c.get("/api/runs").statusCode()).isEqualTo(401);
        assertThat(c.upload("/api/check", "x.xml", TestServer.bytes(TestServer.FAILING)).statusCode()).isEqualTo(401);
        HttpResponse<String> page = c.get("/runs");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/signin?next=%2Fruns");
        assertThat(c.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void anInspectorCannotReachTheAccountPagesNorCompare() throws Exception {
        TestServer.Client c = server.client();
        assertThat(c.signIn("ian").statusCode()).isEqualTo(303);
        assertThat(c.get("/runs").statusCode()).isEqualTo(200);
        assertThat(c.get("/accounts").statusCode()).isEqualTo(403);
        assertThat(c.get("/compare").statusCode()).isEqualTo(403);
        String csrf = c.csrf("/");
        assertThat(c.form("/accounts", "csrf", csrf, "name", "mallory", "role", "admin", "password", "0123456789ab").statusCode()).isEqualTo(403);
        assertThat(server.accounts.find("mallory")).isEmpty();
        assertThat(c.get("/").body()).doesNotContain("href=\"/accounts\"");
    }

    @Test
    void anAnalystComparesButManagesNoAccounts() throws Exception {
        TestServer.Client c = server.client();
        c.signIn("ana");
        assertThat(c.get("/compare").statusCode()).isEqualTo(200);
        assertThat(c.get("/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenIs403() throws Exception {
        TestServer.Client c = server.client();
        c.signIn("ada");
        assertThat(c.form("/accounts", "name", "eve", "role", "inspector", "password", "0123456789ab").statusCode()).isEqualTo(403);
        assertThat(c.form("/accounts", "csrf", "forged", "name", "eve", "role", "inspector", "password", "0123456789ab").statusCode()).isEqualTo(403);
        assertThat(server.accounts.find("eve")).isEmpty();
        // The same form with the page's token and from this site goes through.
        String csrf = c.csrf("/accounts");
        assertThat(c.form("/accounts", "csrf", csrf, "name", "eve", "role", "inspector", "password", "0123456789ab").statusCode()).isEqualTo(303);
        assertThat(server.accounts.find("eve")).isPresent();
        assertThat(c.form("/accounts/remove", "csrf", csrf, "name", "eve").statusCode()).isEqualTo(303);
        assertThat(server.accounts.find("eve")).isEmpty();
    }

    @Test
    void anUploadFormWithoutItsTokenOrFromAnotherSiteIs403() throws Exception {
        TestServer.Client c = server.client();
        c.signIn("ian");
        byte[] sample = TestServer.bytes(TestServer.FAILING);
        assertThat(c.upload("/upload", "a.xml", sample).statusCode()).isEqualTo(403);
        String csrf = c.csrf("/");
        assertThat(c.upload("/upload", "a.xml", sample, "field:csrf", csrf, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        HttpResponse<String> ok = c.upload("/upload", "a.xml", sample, "field:csrf", csrf);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).startsWith("/jobs/");
    }

    @Test
    void signInWithAWrongPasswordFailsAndSigningInReplacesTheSession() throws Exception {
        TestServer.Client c = server.client();
        String before = c.csrf("/signin");
        HttpResponse<String> wrong = c.form("/signin", "csrf", before, "name", "ada", "password", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"failed\"");
        HttpResponse<String> right = c.form("/signin", "csrf", c.csrf("/signin"), "name", "ada", "password", TestServer.PASSWORD);
        assertThat(right.statusCode()).isEqualTo(303);
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").startsWith(Guard.SESSION_COOKIE + "=");
        // The token of the page before sign-in is worth nothing now.
        assertThat(c.form("/accounts", "csrf", before, "name", "eve2", "role", "inspector", "password", "0123456789ab").statusCode()).isEqualTo(403);
        // Signing out ends the session.
        assertThat(c.form("/signout", "csrf", c.csrf("/accounts")).statusCode()).isEqualTo(303);
        assertThat(c.get("/accounts").statusCode()).isEqualTo(303);
    }

    @Test
    void scriptsUseHttpBasicOnTheApi() throws Exception {
        TestServer.Client c = server.client();
        String good = "Basic " + Base64.getEncoder().encodeToString(("ian:" + TestServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("ian:wrong".getBytes(StandardCharsets.UTF_8));
        assertThat(c.get("/api/runs", "Authorization", good).statusCode()).isEqualTo(200);
        assertThat(c.get("/api/runs", "Authorization", bad).statusCode()).isEqualTo(401);
        assertThat(c.get("/runs", "Authorization", good).statusCode()).isEqualTo(303);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndNoInlineScript() throws Exception {
        TestServer.Client c = server.client();
        c.signIn("ada");
        HttpResponse<String> up = c.upload("/api/check", "p.xml", TestServer.bytes(TestServer.FAILING), "X-CSRF-Token", c.csrf("/"));
        assertThat(up.statusCode()).isEqualTo(200);
        String run = up.headers().firstValue("X-Educheck-Run").orElseThrow();
        for (String path : List.of("/", "/runs", "/runs/" + run, "/districts/430626", "/rules", "/accounts", "/compare?district=430626")) {
            HttpResponse<String> r = c.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path)
                    .contains("script-src 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(r.body());
            assertThat(scripts.find()).as(path + " has an inline script").isFalse();
            assertThat(r.body()).as(path).doesNotContain("onclick=");
        }
    }

    @Test
    void aServerBoundBeyondThisPcRefusesToStartWithoutAnAdmin() throws Exception {
        try (WebArchive empty = TestArchives.fresh()) {
            assertThatThrownBy(() -> WebApp.start(ServeOptions.defaults().withBind("0.0.0.0").withPort(0), TestServer.rules(),
                    empty.runs(), empty.accounts()))
                    .isInstanceOf(WebApp.RefusedToStart.class).hasMessageContaining("users add");
        }
    }

    @Test
    void anOpenServerAnswersOnlyToItsOwnName() throws Exception {
        try (TestServer open = TestServer.open()) {
            assertThat(open.client().get("/runs").statusCode()).isEqualTo(200);
            // java.net.http will not set Host; a rebinding page's request names another host in its Origin, refused.
            assertThat(open.client().upload("/api/check", "x.xml", TestServer.bytes(TestServer.FAILING), "Origin", "http://evil.example")
                    .statusCode()).isEqualTo(403);
        }
    }
}
