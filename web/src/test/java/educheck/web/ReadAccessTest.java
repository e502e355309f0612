package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who reads what, over HTTP against a real server: an inspector reads the runs they uploaded and the history of the
 * districts in them, another inspector gets 403, an analyst reads everything; and a form sent while signed out
 * leads, after sign-in, to the page it came from.
 */
class ReadAccessTest {

    static TestServer server;
    static String run;
    static String job;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAccounts();
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        HttpResponse<String> up = ian.upload("/api/check", "pingjiang.xml", TestServer.bytes(TestServer.FAILING), "X-CSRF-Token", ian.csrf("/"));
        assertThat(up.statusCode()).isEqualTo(200);
        run = up.headers().firstValue("X-Educheck-Run").orElseThrow();
        HttpResponse<String> form = ian.upload("/upload", "again.xml", TestServer.bytes(TestServer.FAILING), "field:csrf", ian.csrf("/"));
        job = form.headers().firstValue("Location").orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anInspectorReadsTheRunsTheyUploadedAndTheHistoryOfTheirDistricts() throws Exception {
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        assertThat(ian.get("/runs/" + run).statusCode()).isEqualTo(200);
        assertThat(ian.get("/runs/" + run + "/download/csv").statusCode()).isEqualTo(200);
        assertThat(ian.get("/runs").body()).contains("/runs/" + run + "\"");
        assertThat(ian.get("/districts/430626").statusCode()).isEqualTo(200);
        assertThat(ian.get("/api/districts/430626/history").statusCode()).isEqualTo(200);
        assertThat(ian.get("/api/runs").body()).contains("\"id\":" + run + ",");
        assertThat(ian.get(job).statusCode()).isIn(200, 303);
    }

    @Test
    void anotherInspectorIsRefusedTheRunItsDistrictAndTheUploadsPage() throws Exception {
        TestServer.Client ivy = server.client();
        ivy.signIn("ivy");
        assertThat(ivy.get("/runs/" + run).statusCode()).isEqualTo(403);
        assertThat(ivy.get("/runs/" + run + "/download/csv").statusCode()).isEqualTo(403);
        assertThat(ivy.get("/districts/430626").statusCode()).isEqualTo(403);
        assertThat(ivy.get("/api/districts/430626/history").statusCode()).isEqualTo(403);
        assertThat(ivy.get(job).statusCode()).isEqualTo(403);
        assertThat(ivy.get("/runs").body()).doesNotContain("/runs/" + run + "\"").doesNotContain("pingjiang.xml");
        assertThat(ivy.get("/api/runs").body()).isEqualTo("{\"runs\":[]}");
        // A run that does not exist is still 404, not 403.
        assertThat(ivy.get("/runs/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anAnalystAndAnAdminReadEveryRun() throws Exception {
        for (String name : new String[] {"ana", "ada"}) {
            TestServer.Client c = server.client();
            c.signIn(name);
            assertThat(c.get("/runs/" + run).statusCode()).as(name).isEqualTo(200);
            assertThat(c.get("/districts/430626").statusCode()).as(name).isEqualTo(200);
            assertThat(c.get("/runs").body()).as(name).contains("/runs/" + run + "\"");
        }
    }

    @Test
    void anUploadSentSignedOutLeadsAfterSignInToTheUploadPage() throws Exception {
        TestServer.Client c = server.client();
        HttpResponse<String> sent = c.upload("/upload", "a.xml", TestServer.bytes(TestServer.FAILING));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).contains("/signin?next=%2Fupload");
        HttpResponse<String> signIn = c.get("/signin?next=%2Fupload");
        assertThat(signIn.body()).contains("name=\"next\" value=\"/upload\"");
        HttpResponse<String> in = c.form("/signin", "csrf", c.csrf("/signin"), "name", "ian", "password", TestServer.PASSWORD, "next", "/upload");
        assertThat(in.headers().firstValue("Location")).contains("/upload");
        HttpResponse<String> page = c.get("/upload");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/upload\"").contains("type=\"file\"");
    }
}
