package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.web.Accounts;
import educheck.web.Passwords;
import educheck.web.Role;
import educheck.web.WebArchive;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/deploy.md's design, proven: two `educheck serve` processes on one real PostgreSQL (the one .ci/postgres
 * starts; skipped loudly without EDUCHECK_TEST_PG_URL). An account added on A signs in on B; a session signed in on
 * B is good on A (kept in the database: no sticky proxy needed) and signing out on one ends it on both; an upload on
 * A is in B's runs and history; wrong passwords are counted across both.
 */
class TwoServersTest {

    static final String PASSWORD = "correct horse battery";
    static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:[0-9]+)/");

    @TempDir
    Path dir;

    final List<Process> servers = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : servers) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void twoServersOnOnePostgresqlShareAccountsSessionsRunsAndTheCountOfWrongPasswords() throws Exception {
        String archive = TestArchives.fresh("postgresql", dir);
        try (WebArchive store = WebArchive.open(archive)) {
            store.accounts().put(new Accounts.Account("ada", Role.ADMIN, Passwords.hash(PASSWORD.toCharArray())));
        }
        String a = serve(archive);
        String b = serve(archive);

        // An account added on A (with its districts) signs in on B.
        String adaOnA = signIn(a, "ada", PASSWORD);
        HttpResponse<String> added = post(a, "/accounts", adaOnA, "csrf", csrf(a, "/accounts", adaOnA), "name", "bo", "role", "inspector",
                "districts", "CN-43", "password", PASSWORD);
        assertThat(added.statusCode()).isEqualTo(303);
        String boOnB = signIn(b, "bo", PASSWORD);
        assertThat(boOnB).isNotNull();

        // The session B made is good on A: no stickiness needed.
        assertThat(get(a, "/runs", boOnB).statusCode()).isEqualTo(200);

        // An upload on A is in B's runs and the district's history there.
        HttpResponse<String> up = upload(a, "/api/check", boOnB, csrf(a, "/", boOnB), Path.of("..", "samples", "failing-430626-pingjiang.xml"));
        assertThat(up.statusCode()).isEqualTo(200);
        String run = up.headers().firstValue("X-Educheck-Run").orElseThrow();
        assertThat(get(b, "/api/runs", boOnB).body()).contains("\"id\":" + run + ",");
        assertThat(get(b, "/api/districts/430626/history", boOnB).body()).contains("\"run\":" + run);
        assertThat(get(b, "/runs/" + run, boOnB).statusCode()).isEqualTo(200);

        // Wrong passwords for bo, half on each server, are counted together: then even the right one waits, on both.
        for (int i = 0; i < 6; i++) {
            String server = i % 2 == 0 ? a : b;
            assertThat(signInAnswer(server, "bo", "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> waitA = signInAnswer(a, "bo", PASSWORD);
        assertThat(waitA.statusCode()).isEqualTo(429);
        assertThat(waitA.headers().firstValue("Retry-After")).isPresent();
        assertThat(signInAnswer(b, "bo", PASSWORD).statusCode()).isEqualTo(429);

        // Signing out on B ends the session on A too.
        assertThat(post(b, "/signout", boOnB, "csrf", csrf(b, "/runs", boOnB)).statusCode()).isEqualTo(303);
        assertThat(get(a, "/runs", boOnB).statusCode()).isEqualTo(303);
    }

    /** Starts `educheck serve` in its own JVM on a free port; returns its address once it says it is serving. */
    private String serve(String archive) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath, "educheck.cli.Main", "serve", "--port", "0",
                "--archive", archive, "--workers", "1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        servers.add(p);
        BlockingQueue<String> address = new LinkedBlockingQueue<>();
        Path log = Files.createTempFile(dir, "serve-", ".log");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        address.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended; its log says why
            }
            address.add("");
        }, "serve-log");
        reader.setDaemon(true);
        reader.start();
        String url = address.poll(180, TimeUnit.SECONDS);
        assertThat(url).as("educheck serve did not start:\n" + Files.readString(log)).isNotBlank();
        return url;
    }

    private HttpResponse<String> get(String server, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofMinutes(2)).GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String server, String path, String cookie, String... fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String server, String path, String cookie, String csrf, Path file) throws IOException, InterruptedException {
        String boundary = "two-servers-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(tail);
        return http.send(HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF token on the page at {@code path}, as the session of {@code cookie} sees it. */
    private String csrf(String server, String path, String cookie) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get(server, path, cookie).body());
        assertThat(m.find()).as("a CSRF field on " + path).isTrue();
        return m.group(1);
    }

    /** Signs in on {@code server} with a fresh visitor session; the signed-in session's cookie. */
    private String signIn(String server, String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = signInAnswer(server, name, password);
        assertThat(r.statusCode()).as("sign-in of " + name).isEqualTo(303);
        return cookieOf(r);
    }

    private HttpResponse<String> signInAnswer(String server, String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get(server, "/signin", null);
        String visitor = cookieOf(form);
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).isTrue();
        return post(server, "/signin", visitor, "csrf", m.group(1), "name", name, "password", password);
    }

    private static String cookieOf(HttpResponse<String> r) {
        String set = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("educheck_session=")).findFirst().orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }
}
