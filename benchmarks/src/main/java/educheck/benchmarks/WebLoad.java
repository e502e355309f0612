package educheck.benchmarks;

import educheck.generator.Country;
import educheck.generator.DistrictGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web application under load: {@code educheck serve} in its own JVM on 127.0.0.1, N clients each uploading a
 * district of about 150 schools to POST /api/check in a loop, and one client reading the district's history page
 * (GET /districts/CODE) in a loop beside them, for a fixed time. Loopback only, bounded in clients and seconds.
 *
 * <pre>java -cp benchmarks/target/educheck-benchmarks.jar educheck.benchmarks.WebLoad --repo . [--clients 20]
 *     [--seconds 60] [--archive FOLDER|jdbc:postgresql://…] [--heap 2g]</pre>
 */
public final class WebLoad {

    private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    record Sample(long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path repo = Path.of(a.getOrDefault("--repo", ".")).toAbsolutePath().normalize();
        int clients = Math.min(200, Integer.parseInt(a.getOrDefault("--clients", "20")));
        int seconds = Math.min(600, Integer.parseInt(a.getOrDefault("--seconds", "60")));
        String heap = a.getOrDefault("--heap", "2g");
        Path work = Files.createDirectories(repo.resolve("benchmarks/target/web-load"));
        String archive = a.getOrDefault("--archive", work.resolve("archive-" + System.currentTimeMillis()).toString());

        Path district = work.resolve("district-150.xml");
        String code = writeDistrict(district, 140, 170);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path gcLog = work.resolve("serve-gc.log");
        Path serveLog = work.resolve("serve.log");
        Process server = new ProcessBuilder("java", "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar",
                repo.resolve("cli/target/educheck.jar").toString(), "serve", "--port", String.valueOf(port), "--archive", archive)
                .redirectErrorStream(true).redirectOutput(serveLog.toFile()).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            waitUntilUp(http, base, server);
            byte[] body = Files.readAllBytes(district);
            // Warm-up: the JIT and the archive's first pages, not measured.
            for (int i = 0; i < 5; i++) {
                upload(http, base, body);
                get(http, base + "/districts/" + code);
            }
            List<Sample> uploads = Collections.synchronizedList(new ArrayList<>());
            List<Sample> history = Collections.synchronizedList(new ArrayList<>());
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                threads.add(started(() -> loop(end, uploads, statuses, () -> upload(http, base, body))));
            }
            threads.add(started(() -> loop(end, history, statuses, () -> get(http, base + "/districts/" + code))));
            long started = System.nanoTime();
            for (Thread t : threads) {
                t.join();
            }
            double wall = (System.nanoTime() - started) / 1e9;
            print(clients, seconds, district, code, archive, wall, uploads, history, statuses, peakHeapMb(gcLog), heap);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Thread started(Runnable r) {
        Thread t = new Thread(r, "web-load-client");
        t.start();
        return t;
    }

    interface Call {
        int call() throws Exception;
    }

    private static void loop(long end, List<Sample> samples, Map<Integer, AtomicInteger> statuses, Call call) {
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            int status;
            try {
                status = call.call();
            } catch (Exception e) {
                status = -1;
            }
            samples.add(new Sample(System.nanoTime() - t0, status));
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static int upload(HttpClient http, String base, byte[] file) throws IOException, InterruptedException {
        String boundary = "----educheck-load";
        ByteArrayOutputStream b = new ByteArrayOutputStream(file.length + 512);
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"district-150.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(file);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/check")).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void waitUntilUp(HttpClient http, String base, Process server) throws Exception {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                throw new IllegalStateException("educheck serve stopped; see benchmarks/target/web-load/serve.log");
            }
            try {
                if (get(http, base + "/healthz") == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("educheck serve did not answer /healthz within 120 s");
    }

    /** The first generated district with between lo and hi schools, written as a one-district submission. */
    static String writeDistrict(Path file, int lo, int hi) throws IOException {
        DistrictGenerator generator = new DistrictGenerator(7, 2024);
        for (Country.DistrictId id : Country.sample(600, Map.of())) {
            StringBuilder district = new StringBuilder();
            DistrictGenerator.Counts c = generator.write(id, district);
            if (c.schools() >= lo && c.schools() <= hi) {
                Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n"
                        + district + "</submission>\n", StandardCharsets.UTF_8);
                System.err.printf("web-load: district %s, %d schools, %d kindergartens, %d KB%n", id.code(), c.schools(), c.kindergartens(),
                        Files.size(file) / 1024);
                return id.code();
            }
        }
        throw new IllegalStateException("no generated district has " + lo + "-" + hi + " schools");
    }

    private static long peakHeapMb(Path gcLog) throws IOException {
        long peak = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = HEAP_BEFORE_GC.matcher(line);
                while (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            }
        }
        return peak;
    }

    private static void print(int clients, int seconds, Path district, String code, String archive, double wall, List<Sample> uploads,
                              List<Sample> history, Map<Integer, AtomicInteger> statuses, long peakHeapMb, String heap) {
        System.out.printf(Locale.ROOT, "web load: %d upload clients + 1 history reader, %d s, district %s (%s), archive %s%n", clients,
                seconds, code, district.getFileName(), archive.startsWith("jdbc:") ? "PostgreSQL" : "H2");
        System.out.println("| what | requests | req/s | median | p95 | max | errors |");
        System.out.println("|---|---|---|---|---|---|---|");
        row("POST /api/check", uploads, wall);
        row("GET /districts/" + code, history, wall);
        System.out.printf(Locale.ROOT, "statuses: %s; server peak heap %d MB (of -Xmx%s)%n", statuses, peakHeapMb, heap);
    }

    private static void row(String what, List<Sample> samples, double wall) {
        List<Long> ms = samples.stream().map(s -> s.nanos() / 1_000_000).sorted().toList();
        long errors = samples.stream().filter(s -> s.status() != 200).count();
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %d ms | %d ms | %d ms | %d |%n", what, samples.size(), samples.size() / wall,
                pct(ms, 0.5), pct(ms, 0.95), ms.isEmpty() ? 0 : ms.get(ms.size() - 1), errors);
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
