package educheck.web;

import educheck.checker.load.RuleSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real server on 127.0.0.1 (a free port) with the bundled rules, and a browser-like client with its own cookies. */
final class TestServer implements AutoCloseable {

    static final Path SAMPLES = Path.of("..", "samples");
    static final Path FAILING = SAMPLES.resolve("failing-430626-pingjiang.xml");
    static final String PASSWORD = "correct horse battery";

    private static RuleSet rules;

    final WebApp app;
    final WebArchive store;
    final RunArchive archive;
    final Accounts accounts;

    static synchronized RuleSet rules() throws Exception {
        if (rules == null) {
            rules = RuleSet.bundled();
        }
        return rules;
    }

    /** A server on a fresh archive (embedded H2 in a new temporary folder); with four accounts when asked. */
    TestServer(ServeOptions options, boolean withAccounts) throws Exception {
        this(options, withAccounts, java.time.Clock.systemUTC());
    }

    /**
     * As above, with the clock its sessions and sign-in throttling read. The inspectors are assigned districts: ian
     * Hunan's and Shanghai's (CN-43: the failing sample is 430626; CN-31), ivy Zhejiang's (CN-33).
     */
    TestServer(ServeOptions options, boolean withAccounts, java.time.Clock clock) throws Exception {
        this.store = TestArchives.fresh();
        this.archive = store.runs();
        this.accounts = store.accounts();
        if (withAccounts) {
            String hash = Passwords.hash(PASSWORD.toCharArray());
            accounts.put(new Accounts.Account("ada", Role.ADMIN, hash));
            accounts.put(new Accounts.Account("ana", Role.ANALYST, hash));
            accounts.put(new Accounts.Account("ian", Role.INSPECTOR, hash));
            accounts.put(new Accounts.Account("ivy", Role.INSPECTOR, hash));
            accounts.assign("ian", java.util.List.of("CN-43", "CN-31"));
            accounts.assign("ivy", java.util.List.of("CN-33"));
        }
        this.app = WebApp.start(options, rules(), archive, accounts, clock);
    }

    /** Open: on 127.0.0.1 with no accounts. */
    static TestServer open() throws Exception {
        return new TestServer(ServeOptions.defaults().withPort(0), false);
    }

    /** With an admin (ada), an analyst (ana) and two inspectors (ian, ivy), each with {@link #PASSWORD}. */
    static TestServer withAccounts() throws Exception {
        return new TestServer(ServeOptions.defaults().withPort(0), true);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    Client client() {
        return new Client();
    }

    @Override
    public void close() {
        app.close();
        store.close();
    }

    /** A client that keeps cookies like a browser and does not follow redirects, so tests see them. */
    final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(2)).GET();
            for (int i = 0; i < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> form(String path, String... fields) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=')
                        .append(java.net.URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A multipart upload of {@code content} as field {@code file} named {@code name}, plus extra text fields. */
        HttpResponse<String> upload(String path, String name, byte[] content, String... headersAndFields) throws IOException, InterruptedException {
            String boundary = "----educheck-test-boundary";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary);
            for (int i = 0; i < headersAndFields.length; i += 2) {
                if (headersAndFields[i].startsWith("field:")) {
                    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + headersAndFields[i].substring(6)
                            + "\"\r\n\r\n" + headersAndFields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
                } else {
                    b.header(headersAndFields[i], headersAndFields[i + 1]);
                }
            }
            if (content != null) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(content);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Any method, with a body of any type as given (null: none), and nothing else done to it. */
        HttpResponse<String> raw(String method, String path, String contentType, byte[] body) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofMinutes(2))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The session cookie as a Cookie header's value. */
        String cookie() {
            return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(k -> k.getName().equals(Guard.SESSION_COOKIE)).map(k -> k.getName() + "=" + k.getValue()).findFirst().orElseThrow();
        }

        /** The CSRF token of the form on the page at {@code path}. */
        String csrf(String path) throws IOException, InterruptedException {
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
            if (!m.find()) {
                throw new AssertionError("no CSRF field on " + path);
            }
            return m.group(1);
        }

        HttpResponse<String> signIn(String name) throws IOException, InterruptedException {
            return form("/signin", "csrf", csrf("/signin"), "name", name, "password", PASSWORD, "next", "/");
        }
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
