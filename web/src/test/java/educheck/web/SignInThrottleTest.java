package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No guessing passwords, over HTTP against a real server whose clock the test moves: a few failures are free, then
 * each makes the next try wait longer, a try while waiting is 429 with Retry-After (the right password too, and
 * without a hash), the owner signs in once the wait is over; an address guessing at many accounts is slowed too.
 * Scripts use API tokens an admin issues and revokes.
 */
class SignInThrottleTest {

    TestServer server;
    MovableClock clock;

    @BeforeEach
    void start() throws Exception {
        clock = new MovableClock();
        server = new TestServer(ServeOptions.defaults().withPort(0), true, clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> signIn(TestServer.Client c, String name, String password) throws Exception {
        return c.form("/signin", "csrf", c.csrf("/signin"), "name", name, "password", password);
    }

    @Test
    void wrongPasswordsMakeTheNextTryWaitAndTheOwnerSignsInAfterTheWait() throws Exception {
        TestServer.Client guesser = server.client();
        for (int i = 0; i < SignInThrottle.ACCOUNT_FREE + 1; i++) {
            assertThat(signIn(guesser, "ian", "guess number " + i).statusCode()).as("guess " + i).isEqualTo(401);
        }
        // Now even the right password waits: 429, with when to try again.
        TestServer.Client owner = server.client();
        HttpResponse<String> waiting = signIn(owner, "ian", TestServer.PASSWORD);
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).contains("1");
        assertThat(waiting.body()).contains("密码错误次数过多");
        // The script's way in waits as well.
        String basic = "Basic " + Base64.getEncoder().encodeToString(("ian:" + TestServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = owner.get("/api/runs", "Authorization", basic);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.body()).contains("\"status\":429");
        // Another failure after the wait doubles it.
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(guesser, "ian", "one more").statusCode()).isEqualTo(401);
        assertThat(signIn(owner, "ian", TestServer.PASSWORD).headers().firstValue("Retry-After")).contains("2");
        // The owner is not locked out: once the wait is over, the right password signs in and the count starts again.
        clock.advance(Duration.ofSeconds(3));
        assertThat(signIn(owner, "ian", TestServer.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(signIn(server.client(), "ian", "a typo").statusCode()).isEqualTo(401);
        assertThat(signIn(server.client(), "ian", TestServer.PASSWORD).statusCode()).isEqualTo(303);
        // The wait never grows past its bound.
        assertThat(SignInThrottle.wait(1000, SignInThrottle.ACCOUNT_FREE)).isEqualTo(SignInThrottle.LONGEST);
    }

    @Test
    void anAddressGuessingAtManyAccountsIsSlowedDown() throws Exception {
        TestServer.Client guesser = server.client();
        for (int i = 0; i <= SignInThrottle.ADDRESS_FREE; i++) {
            assertThat(signIn(guesser, "nobody" + i, "guess").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = signIn(guesser, "ada", "guess");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anAdminIssuesATokenAScriptUsesItWithoutAPasswordAndTheAdminRevokesIt() throws Exception {
        TestServer.Client ada = server.client();
        signIn(ada, "ada", TestServer.PASSWORD);
        HttpResponse<String> issued = ada.form("/accounts/tokens", "csrf", ada.csrf("/accounts"), "name", "ian", "label", "nightly upload");
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("<code id=\"new-token\">(ect_[A-Za-z0-9_-]+)</code>").matcher(issued.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        // Shown once: the list shows its label, never the token.
        String list = ada.get("/accounts").body();
        assertThat(list).contains("nightly upload").doesNotContain(token);
        assertThat(server.store.archive().location()).isNotNull();

        TestServer.Client script = server.client();
        assertThat(script.get("/api/runs", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        HttpResponse<String> check = script.upload("/api/check", "p.xml", TestServer.bytes(TestServer.FAILING), "Authorization", "Bearer " + token);
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(script.get("/api/runs", "Authorization", "Bearer " + token).body()).contains("\"user\":\"ian\"");
        assertThat(script.get("/api/runs", "Authorization", "Bearer ect_not-a-token").statusCode()).isEqualTo(401);

        Matcher id = Pattern.compile("name=\"id\" value=\"([0-9]+)\"").matcher(list);
        assertThat(id.find()).isTrue();
        assertThat(ada.form("/accounts/tokens/revoke", "csrf", ada.csrf("/accounts"), "id", id.group(1)).statusCode()).isEqualTo(303);
        assertThat(script.get("/api/runs", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }
}
