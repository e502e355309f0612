package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The history chart says what it shows in the picture itself: each year's value, the requirement and its comparator. */
class YearChartTest {

    @Test
    void writesEachYearsValueAtItsPointAndLabelsTheRequirementWithItsComparator() {
        String svg = YearChart.figure("CN.CE.GOV.8 430626", List.of(
                new YearChart.Point(2023, 1.02, "PASS", 1.0, ">="),
                new YearChart.Point(2024, 0.95, "FAIL", 1.0, ">=")));

        assertThat(svg).startsWith("<figure class=\"chart\"><figcaption class=\"id\">CN.CE.GOV.8 430626</figcaption><svg");
        assertThat(svg).contains(">1.02</text>").contains(">0.95</text>").contains(">2023</text>").contains(">2024</text>");
        assertThat(svg).contains("class=\"req\"").contains("stroke-dasharray").contains(">≥ 1</text>");
        // Colours are attributes, so the chart keeps them printed or pasted elsewhere; no script anywhere.
        assertThat(svg).contains("fill=\"#c62828\"><title>2024: 0.95 FAIL</title>").doesNotContain("<script").doesNotContain("class=\"b-");
    }

    @Test
    void aRequirementThatChangedIsLabelledAtEachFigure() {
        String svg = YearChart.figure("CN.CE.RES.9 PRIMARY/RES.5", List.of(
                new YearChart.Point(2022, 0.71, "FAIL", 0.65, "<="),
                new YearChart.Point(2023, 0.58, "FAIL", 0.50, "<="),
                new YearChart.Point(2024, 0.49, "PASS", 0.50, "<=")));

        assertThat(svg).contains(">≤ 0.65</text>").contains(">≤ 0.5</text>");
    }

    @Test
    void aYearWithoutAFigureLeavesAGapAndStillShowsItsYear() {
        String svg = YearChart.figure("X 1", List.of(
                new YearChart.Point(2023, null, null, null, null),
                new YearChart.Point(2024, 41000.0, "PASS", null, null)));

        assertThat(svg).contains(">2023</text>").contains(">41000</text>").doesNotContain("class=\"req\"");
    }

    @Test
    void aValuesDistanceFromItsRequirementIsDrawnToScale() {
        double near = gap(YearChart.figure("A", List.of(new YearChart.Point(2023, 1.0, "PASS", 1.0, ">="),
                new YearChart.Point(2024, 1.02, "PASS", 1.0, ">="))));
        double far = gap(YearChart.figure("B", List.of(new YearChart.Point(2023, 3.0, "PASS", 3.0, ">="),
                new YearChart.Point(2024, 8.0, "PASS", 3.0, ">="))));
        // 1.02 against 1 is 2 % of the chart's range; 8 against 3 is 62 %.
        assertThat(near).isLessThan(far / 10);
    }

    /** Pixels between the last value's point and the requirement line, at the last year. */
    private static double gap(String svg) {
        java.util.regex.Matcher dot = java.util.regex.Pattern.compile("cy=\"([0-9.]+)\"").matcher(svg);
        double y = 0;
        while (dot.find()) {
            y = Double.parseDouble(dot.group(1));
        }
        java.util.regex.Matcher req = java.util.regex.Pattern.compile("class=\"req\"[^>]*points=\"[^\"]* [0-9.]+,([0-9.]+)\"").matcher(svg);
        assertThat(req.find()).isTrue();
        return Math.abs(Double.parseDouble(req.group(1)) - y);
    }

    @Test
    void figuresAreWrittenAsAPersonWritesThem() {
        assertThat(YearChart.number(0.515)).isEqualTo("0.515");
        assertThat(YearChart.number(1.0)).isEqualTo("1");
        assertThat(YearChart.number(1.0333333)).isEqualTo("1.033");
        assertThat(YearChart.number(2310000000.0)).isEqualTo("2310000000");
    }
}
