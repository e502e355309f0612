package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.SampleChecks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {

    private static final String PINGJIANG = SampleChecks.render("html", RenderOptions.Lang.ZH, SampleChecks.FAILING);

    @Test
    void isOneFileThatFetchesNothing() {
        assertThat(PINGJIANG).startsWith("<!DOCTYPE html>").contains("<style>", "@media print").endsWith("</html>\n");
        assertThat(PINGJIANG).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link", "@import", "url(");
    }

    @Test
    void showsTheFailuresFirstThenTheGridTheCoefficientsAndTheRectificationList() {
        int failures = PINGJIANG.indexOf("<h3>未达标项（按学校）</h3>");
        int grid = PINGJIANG.indexOf("<h3>资源配置指标（各学段）</h3>");
        int coefficients = PINGJIANG.indexOf("<h3>校际差异系数</h3>");
        int tasks = PINGJIANG.indexOf("<h3>整改任务清单（按学校，差距大者在前）</h3>");
        assertThat(failures).isPositive();
        assertThat(grid).isGreaterThan(failures);
        assertThat(coefficients).isGreaterThan(grid);
        assertThat(tasks).isGreaterThan(coefficients);
        assertThat(PINGJIANG).contains("◇ 不直接决定结论", "按指标类别", "资源配置 <span class=\"id\">RES</span>");
    }

    @Test
    void coloursTheGridCellsByStatus() {
        // P03's primary section fails teaching area (3.6) and sports area (4.8), and so RES.8 (5 of 7).
        Matcher p03 = Pattern.compile("<tr><td class=\"id\">P03</td>.*?</tr>").matcher(PINGJIANG);
        assertThat(p03.find()).isTrue();
        assertThat(p03.group()).contains("class=\"cell FAIL\" title=\"未通过: 3.6（要求 ≥ 4.5）\">3.6<",
                "class=\"cell FAIL\" title=\"未通过: 4.8（要求 ≥ 7.5）\">4.8<", ">5/7<", "class=\"cell PASS\"");
    }

    @Test
    void drawsEachCoefficientAsABarAgainstItsLimit() {
        assertThat(Pattern.compile("<svg ").matcher(PINGJIANG).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<rect class=\"b-FAIL\"").matcher(PINGJIANG).results().count()).isEqualTo(2);
        assertThat(Pattern.compile("<rect class=\"b-PASS\"").matcher(PINGJIANG).results().count()).isEqualTo(12);
        assertThat(PINGJIANG).contains("≤ 0.5</text>", "≤ 0.45</text>", ">0.664</text>");
    }

    @Test
    void foldsPassingDistrictsAfterTheFirstSoALongRunStaysReadable() {
        String run = SampleChecks.render("html", RenderOptions.Lang.EN, SampleChecks.FAILING, SampleChecks.PASSING,
                SampleChecks.INCOMPLETE);
        assertThat(run).contains("<details class=\"district\" open>\n<summary><span class=\"badge FAIL\">FAIL</span> <h2>430626",
                "<details class=\"district\">\n<summary><span class=\"badge PASS\">PASS</span> <h2>320583",
                "<details class=\"district\" open>\n<summary><span class=\"badge INCOMPLETE\">INCOMPLETE</span> <h2>520324",
                "href=\"#d-320583-2024\"", "beforeprint");
    }

    @Test
    void escapesWhatTheSubmissionSays() {
        assertThat(Html.esc("<script>\"&'")).isEqualTo("&lt;script&gt;&quot;&amp;&#39;");
    }
}
