package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.store.Archive;
import educheck.store.ArchiveVerification;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on one embedded archive at once, on a machine kept busy: three {@code check --archive} and a
 * {@code serve} taking an upload, with a thread spinning beside them, repeated ({@code -Deducheck.concurrency.rounds=20}). Every run is recorded, or its
 * process said it was not (exit 6); none is lost, and every run in the archive is whole. Tagged {@code crash} with the
 * crash harness: .ci/run runs both once.
 */
@Tag("crash")
class ConcurrentArchiveTest {

    private static final int ROUNDS = Integer.getInteger("educheck.concurrency.rounds", 20);

    @TempDir
    Path dir;

    @Test
    void everyRunOfProcessesWritingAtOnceIsRecordedOrSaidNotToBe() throws Exception {
        String archive = dir.resolve("archive").toString();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(ArchiveProcesses.generate(dir.resolve("f" + i + ".xml"), 8 + i, 51 + i));
        }
        Path upload = ArchiveProcesses.generate(dir.resolve("upload.xml"), 3, 55);
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 1; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (busy.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.err.print("");
                }
            }, "cpu-load-" + i);
            t.setDaemon(true);
            t.start();
            load.add(t);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path serveLog = dir.resolve("serve");
        Process serve = serve(archive, port, serveLog);
        int recorded = 0;
        int toldNot = 0;
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitHealthy(http, port, serve, serveLog);
            for (int round = 0; round < ROUNDS; round++) {
                List<Process> checks = new ArrayList<>();
                List<Path> outs = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    Path out = dir.resolve("r" + round + "-" + i + ".json");
                    outs.add(out);
                    checks.add(ArchiveProcesses.check(files.get(i), archive, out, true));
                }
                HttpResponse<String> up = http.send(multipart(port, upload), HttpResponse.BodyHandlers.ofString());
                assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
                recorded++;
                for (int i = 0; i < checks.size(); i++) {
                    assertThat(checks.get(i).waitFor(5, TimeUnit.MINUTES)).isTrue();
                    int exit = checks.get(i).exitValue();
                    String console = ArchiveProcesses.console(outs.get(i));
                    assertThat(exit).as(console).isIn(0, 1, 6);
                    assertThat(outs.get(i)).as("the report, archived or not").exists();
                    if (exit == 6) {
                        assertThat(console).contains("NOT archived");
                        toldNot++;
                    } else {
                        assertThat(console).contains("recorded in archive");
                        recorded++;
                    }
                }
            }
        } finally {
            busy.set(false);
            serve.destroy();
            serve.waitFor(1, TimeUnit.MINUTES);
        }
        try (Archive opened = Archive.openToRead(archive)) {
            ArchiveVerification.Result result = opened.verify();
            System.err.printf("concurrency: %d rounds of 3 checks and an upload under load: %d recorded, %d told not, %d in"
                    + " the archive, %s%n", ROUNDS, recorded, toldNot, result.runs(), result.whole() ? "every one whole" : result.problems());
            assertThat(result.problems()).isEmpty();
            assertThat(result.runs()).as("none lost").isEqualTo(recorded);
        }
    }

    private static Process serve(String archive, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classpath, "educheck.cli.Main", "serve", "--port", String.valueOf(port),
                "--archive", archive).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(HttpClient http, int port, Process serve, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
        while (System.nanoTime() < deadline && serve.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                serve.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
        throw new AssertionError("serve did not start: " + Files.readString(log));
    }

    private static HttpRequest multipart(int port, Path file) throws IOException {
        String boundary = "educheck-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build();
    }
}
