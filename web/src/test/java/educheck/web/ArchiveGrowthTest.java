package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages that stay small as the archive grows, over HTTP on an open server: a run of several districts shows a summary
 * with a page per district; compare reads only the chosen districts' rows; a district's history is paged.
 */
class ArchiveGrowthTest {

    static TestServer server;
    static String run;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.open();
        HttpResponse<String> up = server.client().upload("/api/check", "three.xml", Submissions.districts("430626", "430621", "430623"));
        assertThat(up.statusCode()).isEqualTo(200);
        run = up.headers().firstValue("X-Educheck-Run").orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRunOfSeveralDistrictsIsASummaryWithAPagePerDistrict() throws Exception {
        TestServer.Client c = server.client();
        String summary = c.get("/runs/" + run).body();
        assertThat(summary).contains("id=\"run-districts\"").contains("/runs/" + run + "/districts/430621")
                .contains("/runs/" + run + "/districts/430623").contains("id=\"downloads\"");
        // No district's findings on the summary: those are on its own page.
        assertThat(summary).doesNotContain("class=\"district");
        HttpResponse<String> one = c.get("/runs/" + run + "/districts/430621");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("id=\"d-430621-2024\"").doesNotContain("id=\"d-430623-2024\"").doesNotContain("id=\"d-430626-2024\"")
                .contains("tr class=\"row-FAIL");
        // The summary carries no district's findings: a fraction of one district's page.
        assertThat(summary.length()).isLessThan(one.body().length() / 5);
        assertThat(c.get("/runs/" + run + "/districts/999999").statusCode()).isEqualTo(404);
        // The downloads stay the whole run.
        assertThat(c.get("/runs/" + run + "/download/csv").body()).contains("430621").contains("430623");
    }

    @Test
    void compareReadsOnlyTheChosenDistrictsRows() throws Exception {
        // A district of the run that was not chosen is made unreadable: reading it would fail the page.
        try (Connection db = DriverManager.getConnection(server.store.archive().location().url());
             PreparedStatement s = db.prepareStatement("UPDATE districts SET verdict = 'NO_SUCH_VERDICT' WHERE code = '430623'")) {
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        try {
            HttpResponse<String> r = server.client().get("/compare?district=430626&district=430621");
            assertThat(r.statusCode()).isEqualTo(200);
            String header = r.body().substring(r.body().indexOf("<thead>"), r.body().indexOf("</thead>"));
            assertThat(header).contains("430626").contains("430621").doesNotContain("430623");
        } finally {
            try (Connection db = DriverManager.getConnection(server.store.archive().location().url());
                 PreparedStatement s = db.prepareStatement("UPDATE districts SET verdict = 'FAIL' WHERE code = '430623'")) {
                s.executeUpdate();
            }
        }
    }

    @Test
    void aDistrictsHistoryIsPaged() throws Exception {
        TestServer.Client c = server.client();
        byte[] one = TestServer.bytes(TestServer.FAILING);
        int runs = DistrictPages.PAGE + 1 - countRuns(c);
        for (int i = 0; i < runs; i++) {
            assertThat(c.upload("/api/check", "again" + i + ".xml", one).statusCode()).isEqualTo(200);
        }
        String first = c.get("/districts/430626").body();
        assertThat(first).contains("id=\"older\"").doesNotContain("id=\"newer\"");
        String history = first.substring(first.indexOf("id=\"history\""), first.indexOf("</table>", first.indexOf("id=\"history\"")));
        assertThat(history.split("<tr><td").length - 1).isEqualTo(DistrictPages.PAGE);
        String second = c.get("/districts/430626?page=2").body();
        assertThat(second).contains("id=\"newer\"").doesNotContain("id=\"older\"");
        String older = second.substring(second.indexOf("id=\"history\""), second.indexOf("</table>", second.indexOf("id=\"history\"")));
        assertThat(older).contains("/runs/" + run + "\"");
    }

    private static int countRuns(TestServer.Client c) throws Exception {
        String page = c.get("/districts/430626").body();
        String history = page.substring(page.indexOf("id=\"history\""), page.indexOf("</table>", page.indexOf("id=\"history\"")));
        return history.split("<tr><td").length - 1;
    }
}
