package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What users send (a district's and school's name, a token's label, a file's name) comes out escaped on every page
 * that shows it, in both languages: a raw insert in a template (web/src/main/jte) that took any of it would put the
 * markup on the page and fail here. TemplateEscapingTest (checker) lists every raw insert and what it may be given.
 */
class PageEscapingTest {

    static final String HOSTILE = "<script>alert(\"x\")</script>'&";
    static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;";

    static TestServer server;
    static TestServer.Client ada;
    static String job;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.withAccounts();
        TestServer.Client ian = server.client();
        ian.signIn("ian");
        String attribute = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
        String xml = Files.readString(TestServer.FAILING).replace("name=\"平江县\"", "name=\"" + attribute + "\"")
                .replace("name=\"平江县汉昌镇第一小学\"", "name=\"" + attribute + "\"");
        assertThat(done(ian, ian.upload("/upload", HOSTILE + ".xml", xml.getBytes(StandardCharsets.UTF_8), "field:csrf", ian.csrf("/"))))
                .isEqualTo("/runs/1");
        job = ian.upload("/upload", HOSTILE + ".xml", "<no".getBytes(StandardCharsets.UTF_8), "field:csrf", ian.csrf("/"))
                .headers().firstValue("Location").orElseThrow();
        done(ian, null);
        ada = server.client();
        ada.signIn("ada");
        ada.form("/accounts/tokens", "csrf", ada.csrf("/accounts"), "name", "ian", "label", HOSTILE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String done(TestServer.Client c, HttpResponse<String> upload) throws Exception {
        String at = upload == null ? job : upload.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> page = c.get(at);
            if (page.statusCode() == 303) {
                return page.headers().firstValue("Location").orElseThrow();
            }
            if (!page.body().contains("http-equiv=\"refresh\"")) {
                return at;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(at + " still waits");
    }

    @Test
    void everyPageThatShowsWhatUsersSentEscapesIt() throws Exception {
        for (String lang : List.of("zh", "en")) {
            ada.get("/lang?to=" + lang + "&back=%2F");
            for (String path : List.of("/runs", "/runs/1", "/runs/1/districts/430626", "/districts/430626", "/compare",
                    "/compare?district=430626", "/accounts")) {
                String page = ada.get(path).body();
                assertThat(page).as(path).contains(ESCAPED).doesNotContain("alert(\"x\")").doesNotContain("alert(&quot;x&quot;)</script>");
                Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page);
                assertThat(scripts.find()).as(path + " has an inline script").isFalse();
            }
            // The refused upload's page names the file as the server keeps it (markup already replaced) and its errors.
            assertThat(ada.get(job).body()).contains("id=\"errors\"").doesNotContain("<script").doesNotContain("alert(\"x\")");
        }
    }
}
