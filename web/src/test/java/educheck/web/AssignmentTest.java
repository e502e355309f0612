package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A district is assigned to an inspector, never claimed by uploading it; an upload of an older year never becomes a
 * district's latest; runs made while the server had no accounts are nobody's. Over HTTP against a real server.
 */
class AssignmentTest {

    TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.withAccounts();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUploadNamingADistrictOutsideTheAssignmentIs403AndNothingIsArchived() throws Exception {
        TestServer.Client ivy = server.client();
        ivy.signIn("ivy");
        // ivy has Zhejiang (CN-33); 430626 is Hunan's. A copy of it dated 2019 claims nothing either.
        HttpResponse<String> api = ivy.upload("/api/check", "copy.xml", Submissions.asYear(2019, "平江县"), "X-CSRF-Token", ivy.csrf("/"));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("430626");
        HttpResponse<String> page = ivy.upload("/upload", "copy.xml", TestServer.bytes(TestServer.FAILING), "field:csrf", ivy.csrf("/"));
        String job = page.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> refused = waitFor(ivy, job);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("430626").contains("未分配给您");
        assertThat(server.archive.runs(10)).isEmpty();
        // Nor does she read the district.
        assertThat(ivy.get("/districts/430626").statusCode()).isEqualTo(403);
        assertThat(ivy.get("/api/districts/430626/history").statusCode()).isEqualTo(403);
        // A file of two districts, one hers and one not, is refused whole.
        HttpResponse<String> mixed = ivy.upload("/api/check", "two.xml", Submissions.districts("330212", "430626"), "X-CSRF-Token", ivy.csrf("/"));
        assertThat(mixed.statusCode()).isEqualTo(403);
        assertThat(mixed.body()).contains("430626").doesNotContain("330212");
        assertThat(server.archive.runs(10)).isEmpty();
    }

    @Test
    void anAdminAssignsDistrictsOnTheAccountsPageAndTheInspectorThenUploadsAndReadsThem() throws Exception {
        TestServer.Client ada = server.client();
        ada.signIn("ada");
        HttpResponse<String> bad = ada.form("/accounts", "csrf", ada.csrf("/accounts"), "name", "ivy", "role", "inspector", "districts", "CN-33 evil");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("evil");
        // The role and districts change without a new password.
        assertThat(ada.form("/accounts", "csrf", ada.csrf("/accounts"), "name", "ivy", "role", "inspector", "districts", "CN-33, 430626")
                .statusCode()).isEqualTo(303);
        assertThat(ada.get("/accounts").body()).contains("430626 CN-33");
        TestServer.Client ivy = server.client();
        assertThat(ivy.signIn("ivy").statusCode()).isEqualTo(303);
        assertThat(ivy.upload("/api/check", "p.xml", TestServer.bytes(TestServer.FAILING), "X-CSRF-Token", ivy.csrf("/")).statusCode()).isEqualTo(200);
        assertThat(ivy.get("/districts/430626").statusCode()).isEqualTo(200);
    }

    @Test
    void anOlderYearUploadedLaterNeverBecomesTheDistrictsLatest() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        assertThat(ian.upload("/api/check", "2024.xml", TestServer.bytes(TestServer.FAILING), "X-CSRF-Token", ian.csrf("/")).statusCode()).isEqualTo(200);
        // Uploaded afterwards, but of 2019, under another name and with teachers' pay fallen (an indicator becomes FAIL).
        byte[] old = new String(Submissions.asYear(2019, "冒名县"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("<teacherSalaryRatio>1.02<", "<teacherSalaryRatio>0.95<").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ian.upload("/api/check", "2019.xml", old, "X-CSRF-Token", ian.csrf("/")).statusCode()).isEqualTo(200);

        String page = ian.get("/districts/430626").body();
        assertThat(page.substring(page.indexOf("<h1"), page.indexOf("</h1>"))).contains("平江县").doesNotContain("冒名县");
        String history = page.substring(page.indexOf("id=\"history\""), page.indexOf("</table>", page.indexOf("id=\"history\"")));
        assertThat(history.indexOf("<td>2024</td>")).isLessThan(history.indexOf("<td>2019</td>"));
        // What changed reads from 2019 to 2024: the 2024 value is the "now".
        String diff = page.substring(page.indexOf("id=\"diff\""), page.indexOf("</section>", page.indexOf("id=\"diff\"")));
        assertThat(diff).contains("变为达标").doesNotContain("变为不达标");

        TestServer.Client ana = server.client();
        ana.signIn("ana");
        String compare = ana.get("/compare?district=430626").body();
        assertThat(compare).contains("430626 平江县 (2024)").doesNotContain("冒名县");
        assertThat(JSON.readTree(ana.get("/api/districts/430626/history").body()).get("name").asText()).isEqualTo("平江县");
    }

    @Test
    void runsMadeWithoutAccountsAreNobodysAndAnAccountNamedLocalInheritsNone() throws Exception {
        try (TestServer open = TestServer.open()) {
            HttpResponse<String> up = open.client().upload("/api/check", "p.xml", TestServer.bytes(TestServer.FAILING));
            assertThat(up.statusCode()).isEqualTo(200);
            String run = up.headers().firstValue("X-Educheck-Run").orElseThrow();
            open.accounts.put(new Accounts.Account("local", Role.INSPECTOR, Passwords.hash(TestServer.PASSWORD.toCharArray())));
            TestServer.Client local = open.client();
            // The server closes within a second of its first account; sign in once it asks for it.
            HttpResponse<String> in = local.signIn("local");
            assertThat(in.statusCode()).isEqualTo(303);
            assertThat(local.get("/api/runs").body()).isEqualTo("{\"runs\":[]}");
            assertThat(local.get("/runs/" + run).statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(open.client().get("/healthz").body()).get("status").asText()).isEqualTo("ok");
        }
    }

    private static HttpResponse<String> waitFor(TestServer.Client c, String job) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> r = c.get(job);
            if (r.statusCode() != 200) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload was never checked: " + job);
    }
}
