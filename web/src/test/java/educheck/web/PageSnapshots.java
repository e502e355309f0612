package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page kind the site serves, written to {@code target/page-snapshots/<label>/} when run with
 * {@code -Deducheck.snapshots=<label>}, so the pages built before templates and after can be compared byte for byte
 * ({@code diff -r}). What changes from one run to the next (CSRF tokens, times, job ids, the API token) is masked.
 * Not part of the build (its name ends in no "Test"): {@code mvn -B -o -pl web -am test -Dtest=PageSnapshots
 * -Deducheck.snapshots=after -Dsurefire.failIfNoSpecifiedTests=false}; without the property it is skipped.
 */
class PageSnapshots {

    static final String HOSTILE = "<b>\"x\"</b>'&";

    @Test
    void writeEveryPage() throws Exception {
        String label = System.getProperty("educheck.snapshots");
        assumeTrue(label != null && !label.isBlank(), "-Deducheck.snapshots=<label> writes the pages");
        Path dir = Path.of("target", "page-snapshots", label);
        Files.createDirectories(dir);
        try (TestServer server = TestServer.withAccounts()) {
            TestServer.Client out = server.client();
            write(dir, "signin", out.get("/signin"));
            TestServer.Client c = server.client();
            c.signIn("ada");
            for (String lang : List.of("zh", "en")) {
                c.get("/lang?to=" + lang + "&back=%2F");
                write(dir, lang + "-upload", c.get("/"));
                write(dir, lang + "-runs-empty", c.get("/runs"));
                write(dir, lang + "-404", c.get("/runs/999"));
                write(dir, lang + "-rules", c.get("/rules"));
                write(dir, lang + "-accounts", c.get("/accounts"));
                write(dir, lang + "-compare-form", c.get("/compare"));
            }
            c.get("/lang?to=zh&back=%2F");
            TestServer.Client ian = server.client();
            ian.signIn("ian");
            assertThat(uploaded(ian, HOSTILE + ".xml", TestServer.bytes(TestServer.FAILING))).isEqualTo("/runs/1");
            TestServer.Client ivy = server.client();
            ivy.signIn("ivy");
            byte[] yinzhou = Files.readAllBytes(TestServer.SAMPLES.resolve("zhejiang/330212-yinzhou.xml"));
            assertThat(uploaded(ivy, "yinzhou.xml", yinzhou)).isEqualTo("/runs/2");
            String job = c.upload("/upload", HOSTILE + ".xml", "<not a submission".getBytes(StandardCharsets.UTF_8),
                    "field:csrf", c.csrf("/")).headers().firstValue("Location").orElseThrow();
            uploaded(c, job);
            assertThat(uploaded(ian, "three.xml", Submissions.districts("430626", "430621", "430623"))).isEqualTo("/runs/3");
            // The district again a year later: its page shows what changed.
            byte[] later = Files.readString(TestServer.FAILING).replace("year=\"2024\"", "year=\"2025\"").getBytes(StandardCharsets.UTF_8);
            assertThat(uploaded(ian, "pingjiang-2025.xml", later)).isEqualTo("/runs/4");
            // A draft of the rules, with a reason in markup: the drafts list, the draft's page and the editors.
            assertThat(c.form("/rules/drafts", "csrf", c.csrf("/rules"), "file", "CN-31/compulsory.drl", "rule", "SH.CE.2 disabled children",
                    "required", "0.5").statusCode()).isEqualTo(303);
            c.form("/accounts/tokens", "csrf", c.csrf("/accounts"), "name", "ian", "label", HOSTILE);
            for (String lang : List.of("zh", "en")) {
                c.get("/lang?to=" + lang + "&back=%2F");
                write(dir, lang + "-refused", c.get(job));
                write(dir, lang + "-runs", c.get("/runs"));
                write(dir, lang + "-run-1", c.get("/runs/1"));
                write(dir, lang + "-run-1-district", c.get("/runs/1/districts/430626"));
                write(dir, lang + "-run-3-summary", c.get("/runs/3"));
                write(dir, lang + "-run-3-district", c.get("/runs/3/districts/430621"));
                write(dir, lang + "-district", c.get("/districts/430626"));
                write(dir, lang + "-compare", c.get("/compare?district=430626&district=330212&judgeAs=CN-33"));
                write(dir, lang + "-accounts-tokens", c.get("/accounts"));
                write(dir, lang + "-drafts", c.get("/rules/drafts"));
                write(dir, lang + "-audit", c.get("/rules/audit"));
                write(dir, lang + "-draft", c.get("/rules/drafts/1"));
                write(dir, lang + "-editor-in-force", c.get("/rules/file?path=CN-31%2Fcompulsory.drl"));
                write(dir, lang + "-editor-draft", c.get("/rules/drafts/1/file?path=CN-31%2Fcompulsory.drl"));
            }
            write(dir, "jetty-431", out.get("/signin", "X-Long", "a".repeat(40000)));
        }
    }

    /** The page an upload ends on, once it no longer waits. */
    private static String uploaded(TestServer.Client c, String name, byte[] content) throws Exception {
        return uploaded(c, c.upload("/upload", name, content, "field:csrf", c.csrf("/")).headers().firstValue("Location").orElseThrow());
    }

    private static String uploaded(TestServer.Client c, String job) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> page = c.get(job);
            if (page.statusCode() == 303) {
                return page.headers().firstValue("Location").orElseThrow();
            }
            if (!page.body().contains("http-equiv=\"refresh\"")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(job + " still waits");
    }

    private static void write(Path dir, String name, HttpResponse<String> r) throws Exception {
        String body = r.statusCode() + "\n" + r.body()
                .replaceAll("name=\"csrf\" value=\"[^\"]+\"", "name=\"csrf\" value=\"…\"")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d", "yyyy-mm-dd hh:mm:ss")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d", "yyyy-mm-dd hh:mm")
                .replaceAll("(/|%2F)jobs(/|%2F)[A-Za-z0-9_-]+", "$1jobs$2…")
                .replaceAll("<code id=\"new-token\">[^<]*</code>", "<code id=\"new-token\">…</code>");
        Files.writeString(dir.resolve(name + ".html"), body);
    }
}
