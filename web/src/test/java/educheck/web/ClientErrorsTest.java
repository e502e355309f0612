package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a client sends wrong is answered 4xx with the site's own page or JSON and its security headers, never a 500,
 * a stack trace or Jetty's "Bad Message" page; and every redirect stays on this site.
 */
class ClientErrorsTest {

    static TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAccounts();
        server.accounts.put(new Accounts.Account("wang", Role.POLICY, Passwords.hash(TestServer.PASSWORD.toCharArray())));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theLanguageSwitchAndSignInLeadOnlyToAPathOnThisSite() throws Exception {
        TestServer.Client c = server.client();
        for (String back : List.of("/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example",
                "/%0d%0a/evil.example", "%20//evil.example", "/%09%2Fevil.example")) {
            HttpResponse<String> r = c.get("/lang?to=en&back=" + back);
            assertThat(r.statusCode()).as(back).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(back).contains("/");
        }
        assertThat(c.get("/lang?to=en&back=%2Fruns%3Fx%3D1").headers().firstValue("Location")).contains("/runs?x=1");

        String csrf = c.csrf("/signin");
        HttpResponse<String> in = c.form("/signin", "csrf", csrf, "name", "ian", "password", TestServer.PASSWORD, "next", "/\t/evil.example");
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).contains("/");
        assertThat(c.get("/signin?next=%2F%09%2Fevil.example").body()).contains("name=\"next\" value=\"/\"");
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryIs400WithoutATrace() throws Exception {
        for (String path : List.of("/signin", "/upload", "/api/check")) {
            HttpResponse<String> r = server.client().raw("POST", path, "multipart/form-data", "abc".getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(path).isIn(400, 401, 303);
            assertThat(r.statusCode()).as(path).isNotEqualTo(500);
            assertThat(r.body()).as(path).doesNotContain("Exception", "at org.eclipse");
        }
        HttpResponse<String> signIn = server.client().raw("POST", "/signin", "multipart/form-data", "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(signIn.statusCode()).isEqualTo(400);
        assertThat(signIn.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void anUploadCutOffHalfWayIs400() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        String cookie = ian.cookie();
        String csrf = ian.csrf("/");
        String boundary = "cut-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\n\r\n<submission";
        try (Socket s = new Socket("127.0.0.1", server.app.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookie + "\r\nContent-Type: multipart/form-data; boundary="
                    + boundary + "\r\nContent-Length: 100000\r\n\r\n" + head).getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Exception");
        }
    }

    @Test
    void aPasswordOver72BytesIsRefusedWithAMessageNotA500() throws Exception {
        TestServer.Client ada = server.client();
        ada.signIn("ada");
        String thirtyHan = "教".repeat(30);
        HttpResponse<String> r = ada.form("/accounts", "csrf", ada.csrf("/accounts"), "name", "zhao", "role", "inspector", "password", thirtyHan);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("72 字节").contains("24 个汉字");
        assertThat(server.accounts.find("zhao")).isEmpty();
        assertThat(ada.get("/accounts").body()).contains("maxlength=\"72\"");
        // 24 Chinese characters are 72 bytes: taken, and signed in with.
        String twentyFour = "教".repeat(24);
        assertThat(ada.form("/accounts", "csrf", ada.csrf("/accounts"), "name", "zhao", "role", "inspector", "password", twentyFour)
                .statusCode()).isEqualTo(303);
        TestServer.Client zhao = server.client();
        assertThat(zhao.form("/signin", "csrf", zhao.csrf("/signin"), "name", "zhao", "password", twentyFour).statusCode()).isEqualTo(303);
        // A sign-in with a password past bcrypt's bytes is a wrong password, not a failure.
        TestServer.Client other = server.client();
        assertThat(other.form("/signin", "csrf", other.csrf("/signin"), "name", "zhao", "password", thirtyHan).statusCode()).isEqualTo(401);
    }

    @Test
    void aCommentOverItsLimitIs400AndTheFormSaysTheLimit() throws Exception {
        TestServer.Client wang = server.client();
        wang.signIn("wang");
        HttpResponse<String> draft = wang.form("/rules/drafts", "csrf", wang.csrf("/rules"), "file", "CN-31/compulsory.drl", "rule",
                "SH.CE.2 disabled children", "required", "0.5");
        assertThat(draft.statusCode()).isEqualTo(303);
        String page = draft.headers().firstValue("Location").orElseThrow();
        String html = wang.get(page).body();
        assertThat(html).contains("name=\"text\" rows=\"2\" cols=\"60\" maxlength=\"4000\"").contains("至多 4000 个字符");
        HttpResponse<String> tooLong = wang.form(page + "/comment", "csrf", wang.csrf(page), "text", "长".repeat(4001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("text: 4001 &gt; 4000");
        assertThat(wang.form(page + "/comment", "csrf", wang.csrf(page), "text", "长".repeat(4000)).statusCode()).isEqualTo(303);
        assertThat(wang.get(page).body()).contains("长".repeat(4000));
    }

    @Test
    void unknownRoutesAndMethodsUnderApiAnswerJsonAndElsewhereTheSitesOwnPage() throws Exception {
        TestServer.Client c = server.client();
        c.signIn("ana");
        for (String[] m : List.of(new String[] {"GET", "/api/nope"}, new String[] {"DELETE", "/api/runs"}, new String[] {"PUT", "/api/check"})) {
            HttpResponse<String> r = c.raw(m[0], m[1], null, null);
            assertThat(r.statusCode()).as(m[1]).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(m[1]).startsWith("application/json");
            assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> page = c.get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<nav class=\"site\"").contains("id=\"message\"");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void jettysOwnRefusalsCarryTheSecurityHeadersAndNoBadMessagePage() throws Exception {
        HttpResponse<String> r = server.client().get("/runs/..%2F..%2Fx");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Bad Message");
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
