package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The upload limit and the bounded check queue. */
class LimitsTest {

    @Test
    void anUploadOverTheLimitIs413AndTheServerGoesOn() throws Exception {
        try (TestServer server = new TestServer(ServeOptions.defaults().withPort(0).withMaxUploadBytes(100_000), false)) {
            TestServer.Client c = server.client();
            byte[] big = new byte[3_000_000];
            HttpResponse<String> r = c.upload("/api/check", "big.xml", big);
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).doesNotContain("Exception");
            // Just over the limit, under the allowance for the form around it: refused by the part's size.
            HttpResponse<String> near = c.upload("/api/check", "near.xml", new byte[100_001]);
            assertThat(near.statusCode()).isEqualTo(413);
            assertThat(c.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void whenEveryWorkerIsBusyAndTheQueueFullTheUploadIs503NotAWait() throws Exception {
        try (TestServer server = new TestServer(ServeOptions.defaults().withPort(0).withWorkers(1, 1), false)) {
            byte[] sample = TestServer.bytes(TestServer.FAILING);
            String csrf = server.client().csrf("/");
            TestServer.Client c = server.client();
            String token = c.csrf("/");
            int busy = 0;
            int accepted = 0;
            // Page uploads return as soon as queued: one checking, one waiting, the rest refused.
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> r = c.upload("/upload", "s" + i + ".xml", sample, "field:csrf", token);
                if (r.statusCode() == 503) {
                    busy++;
                } else if (r.statusCode() == 303) {
                    accepted++;
                    String job = r.headers().firstValue("Location").orElseThrow();
                    String page = c.get(job).body();
                    assertThat(page).containsAnyOf("data-state=\"QUEUED\"", "data-state=\"RUNNING\"", "/runs/");
                }
            }
            assertThat(csrf).isNotBlank();
            assertThat(accepted).isGreaterThanOrEqualTo(2);
            assertThat(busy).isGreaterThanOrEqualTo(1);
        }
    }
}
