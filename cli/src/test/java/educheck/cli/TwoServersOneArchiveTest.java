package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.RuleFiles;
import educheck.store.Archive;
import educheck.store.Users;
import educheck.web.Accounts;
import educheck.web.Passwords;
import educheck.web.Role;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/deploy.md's design, proven with real processes: two {@code educheck serve} processes on one PostgreSQL. A rule
 * version proposed and approved through server A is in force on server B for B's next check (B judged by version 1
 * just before, so nothing it held in memory may decide), and {@code educheck check --archive} judges by the same
 * version with the same findings. The PostgreSQL server is the one .ci/run starts (EDUCHECK_TEST_PG_URL); without it
 * the test is skipped, loudly.
 */
class TwoServersOneArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery";
    private static final String DRL = "CN/compulsory-resources.drl";
    private static final Path PINGJIANG = Path.of("..", "samples", "failing-430626-pingjiang.xml");
    private static final Pattern SERVING = Pattern.compile("educheck: serving (http://127\\.0\\.0\\.1:\\d+)/");

    @TempDir
    Path dir;

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process p : servers) {
            p.destroy();
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aVersionApprovedOnOneServerJudgesTheOthersNextCheckAndTheCommandLines() throws Exception {
        String archive = TestArchives.fresh("postgresql", dir);
        try (Archive store = Archive.open(archive)) {
            Accounts accounts = new Accounts(new Users(store));
            String hash = Passwords.hash(PASSWORD.toCharArray());
            accounts.put(new Accounts.Account("wang", Role.POLICY, hash));
            accounts.put(new Accounts.Account("li", Role.POLICY, hash));
            accounts.put(new Accounts.Account("ian", Role.INSPECTOR, hash));
            // An inspector uploads only the districts an admin assigned him (issue 27).
            accounts.assign("ian", List.of("430626"));
        }
        String a = serve(archive, "a");
        String b = serve(archive, "b");

        Client ianOnB = new Client(b).signIn("ian");
        JsonNode before = ianOnB.check(PINGJIANG);
        assertThat(before.get("ruleSet").get("version").asInt()).isEqualTo(1);
        String source = source(before);

        // On A, wang cites the circular in RES.7's source (the fixtures hold as they were) and li approves it.
        String original = RuleFiles.bundled().text(DRL);
        int rule = original.indexOf("rule \"CN.CE.RES.7 primary\"");
        int quote = original.indexOf("\")", original.indexOf("@source(\"", rule));
        String cited = original.substring(0, quote) + "；教督〔2025〕3号" + original.substring(quote);
        Client wangOnA = new Client(a).signIn("wang");
        HttpResponse<String> saved = wangOnA.form("/rules/drafts/file", "/rules/file?path=" + DRL, "path", DRL, "content", cited);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String draft = saved.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> submitted = wangOnA.form(draft + "/submit", draft, "reason", "cite the 2025 circular");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
        Client liOnA = new Client(a).signIn("li");
        HttpResponse<String> approved = liOnA.form(draft + "/approve", draft, "comment", "agreed");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);
        assertThat(liOnA.get(draft).body()).contains("id=\"published\"");

        // B was not told: its next check reads the rules in force from the archive.
        JsonNode after = ianOnB.check(PINGJIANG);
        assertThat(after.get("ruleSet").get("version").asInt()).isEqualTo(2);
        assertThat(after.get("ruleSet").get("why").asText()).isEqualTo("in-force");
        assertThat(source(after)).isEqualTo(source + "；教督〔2025〕3号");
        assertThat(ianOnB.get("/rules").body()).contains("<span id=\"rule-version\">规则版本 2（现行）</span>");

        // The command line on the same archive: the same version, the same findings.
        CliRun cli = CliRun.of("check", PINGJIANG.toString(), "--format", "json", "--archive", archive).printedNoStackTrace();
        JsonNode command = JSON.readTree(cli.out());
        assertThat(command.get("ruleSet").get("version").asInt()).isEqualTo(2);
        assertThat(command.get("ruleSet").get("sha256").asText()).isEqualTo(after.get("ruleSet").get("sha256").asText());
        assertThat(findings(command)).isEqualTo(findings(after)).contains("CN.CE.RES.7 P08/PRIMARY FAIL " + source + "；教督〔2025〕3号");
    }

    /** {@code educheck serve} in a JVM of its own on a free port; its URL once it says it serves. */
    private String serve(String archive, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
        String cache = System.getProperty("educheck.cache.dir");
        if (cache != null) {
            // The compile cache is shared as two servers on one machine would share it; each still reads the archive.
            command.add("-Deducheck.cache.dir=" + cache);
        }
        command.addAll(List.of("educheck.cli.Main", "serve", "--port", "0", "--workers", "1", "--archive", archive));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        servers.add(p);
        Path log = dir.resolve(name + ".err");
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new AssertionError("server " + name + " ended before serving: " + read(log)));
        }, "server-" + name + "-stderr");
        reader.setDaemon(true);
        reader.start();
        // A guard against a server that never starts, not a measure of how fast it does.
        return url.get(5, TimeUnit.MINUTES);
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "(nothing on stderr)";
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String source(JsonNode report) {
        for (JsonNode f : report.get("districts").get(0).get("findings")) {
            if (f.get("id").asText().equals("CN.CE.RES.7") && f.get("subject").asText().equals("P08/PRIMARY")) {
                return f.get("source").asText();
            }
        }
        throw new AssertionError("no CN.CE.RES.7 finding for P08/PRIMARY");
    }

    /** Every finding as "id subject status source", in report order. */
    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("districts").get(0).get("findings")) {
            out.add(f.get("id").asText() + " " + f.get("subject").asText() + " " + f.get("status").asText() + " " + f.get("source").asText());
        }
        return out;
    }

    /** A browser-like client of one server: its own cookies, redirects not followed, forms sent with their CSRF token. */
    private static final class Client {
        private final String base;
        private String name;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Client(String base) {
            this.base = base;
        }

        Client signIn(String name) throws Exception {
            HttpResponse<String> r = form("/signin", "/signin", "name", name, "password", PASSWORD, "next", "/");
            assertThat(r.statusCode()).as("sign-in of %s: %s", name, r.body()).isEqualTo(303);
            this.name = name;
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Posts {@code fields} to {@code path} with the CSRF token of the form on page {@code formPage}. */
        HttpResponse<String> form(String path, String formPage, String... fields) throws Exception {
            Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get(formPage).body());
            assertThat(csrf.find()).as("a CSRF field on " + formPage).isTrue();
            StringBuilder body = new StringBuilder("csrf=").append(URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
            for (int i = 0; i < fields.length; i += 2) {
                body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The JSON report of {@code file} checked and archived by this server (POST /api/check, as a script: Basic auth). */
        JsonNode check(Path file) throws Exception {
            String boundary = "----educheck-two-servers";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String basic = Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(request("/api/check").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        }

        private HttpRequest.Builder request(String path) {
            // Compiling and testing a draft takes a while on a small, busy machine: a bound against a hang only.
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
        }
    }
}
