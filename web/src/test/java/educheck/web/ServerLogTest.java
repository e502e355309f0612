package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What an operator reads on standard error: one line per request (time, method, path, status, user, milliseconds), one
 * per sign-in right or wrong, through a real logging backend; never a password, a token or a cookie.
 */
class ServerLogTest {

    @Test
    void oneLinePerRequestAndPerSignInAndNoSecretInAny() throws Exception {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).doesNotContain("NOP").contains("Simple");
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String cookie;
        String csrf;
        try (TestServer server = TestServer.withAccounts()) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            TestServer.Client c = server.client();
            c.form("/signin", "csrf", c.csrf("/signin"), "name", "ian", "password", "wrong password 1");
            HttpResponse<String> in = c.signIn("ian");
            assertThat(in.statusCode()).isEqualTo(303);
            cookie = c.cookie();
            csrf = c.csrf("/runs");
            c.get("/districts/430626");
            c.raw("POST", "/signin", "multipart/form-data", "abc".getBytes(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(log.split("\n"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z INFO GET /runs 200 user=ian \\d+ ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("GET /districts/430626 404 user=ian "));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /signin 401 user=- "));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /signin 303 user=ian "));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("sign-in failed: account=ian address=127.0.0.1 via=form"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("sign-in: account=ian address=127.0.0.1 via=form"));
        // A body that is no form: one line, no trace.
        assertThat(lines).filteredOn(l -> l.contains("POST /signin 400")).singleElement().asString().contains("Missing initial multi part boundary");
        assertThat(log).doesNotContain("\tat ", "Exception");
        assertThat(log).doesNotContain(TestServer.PASSWORD, "wrong password 1", cookie.substring(cookie.indexOf('=') + 1), csrf);
    }
}
