package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.SampleChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates escape what a submission says, wherever they put it, and write raw markup only where a template
 * says so ({@code $unsafe}, a {@code Content} parameter), each place reviewed here and given what the code builds.
 */
class TemplateEscapingTest {

    /** A name that is markup, with both quotes and an ampersand, as a hostile or careless submission may send it. */
    static final String HOSTILE = "<script>alert(\"x\")</script>'&";
    static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;";

    @TempDir
    Path dir;

    @Test
    void aDistrictAndSchoolNamedWithMarkupComeOutEscapedInTheReport() throws IOException {
        Path file = hostileSample();
        for (RenderOptions.Lang lang : RenderOptions.Lang.values()) {
            String html = SampleChecks.render("html", lang, file);
            // The report's own script element is its only one; every name is there, escaped.
            assertThat(count(html, "<script")).isEqualTo(1);
            assertThat(html).doesNotContain("alert(\"x\")", "alert(&quot;x&quot;)</script>");
            // The heading, the school groups, the grid and the run's index name them.
            assertThat(count(html, ESCAPED)).isGreaterThanOrEqualTo(5);
            assertThat(html).contains("<h2>430626 " + ESCAPED + "</h2>", "P01 " + ESCAPED + "</th>", "<td>" + ESCAPED + "</td>");
        }
    }

    /** Every raw insert in every template folder, and what it may be given: text the code builds, never input. */
    private static final List<String> REVIEWED_RAW = List.of(
            "checker/src/main/jte/report.jte $unsafe{css}",           // report.css from the jar
            "checker/src/main/jte/report.jte $unsafe{Html.SCRIPT}",   // a constant
            "checker/src/main/jte/report.jte Content districts",      // report-district.jte, streamed
            "checker/src/main/jte/compare.jte $unsafe{css}",          // report.css from the jar
            "cli/src/main/jte/history.jte $unsafe{css}",              // report.css from the jar
            "cli/src/main/jte/history.jte Content charts",            // year-chart.jte, from YearChart.content
            "web/src/main/jte/layout.jte Content body",               // a block (@`…`) of every page template
            "web/src/main/jte/layout.jte Content head",               // a block of upload-waiting.jte (meta refresh), editor-page.jte (script)
            "web/src/main/jte/district.jte Content charts");          // year-chart.jte, from YearChart.content

    @Test
    void everyRawInsertInTheTemplatesIsOneReviewedHere() throws IOException {
        Path root = Path.of("..");
        List<String> found = new ArrayList<>();
        Pattern unsafe = Pattern.compile("\\$unsafe\\{([^}]*)}");
        Pattern content = Pattern.compile("@param\\s+[^\\n=]*?\\bContent\\b[^\\n=]*?\\s(\\w+)\\s*(?:=[^\\n]*)?$", Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(root, 6)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jte") && p.toString().contains("src/main/jte")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                String text = Files.readString(f);
                Matcher m = unsafe.matcher(text);
                while (m.find()) {
                    found.add(name + " $unsafe{" + m.group(1) + "}");
                }
                m = content.matcher(text);
                while (m.find()) {
                    found.add(name + " Content " + m.group(1));
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(REVIEWED_RAW);
    }

    private Path hostileSample() throws IOException {
        String xml = Files.readString(SampleChecks.FAILING);
        String attribute = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
        xml = xml.replace("name=\"平江县\"", "name=\"" + attribute + "\"")
                .replace("name=\"平江县汉昌镇第一小学\"", "name=\"" + attribute + "\"");
        Path file = dir.resolve("hostile.xml");
        Files.writeString(file, xml);
        return file;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
