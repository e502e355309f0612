package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workbook's sheets and columns come from the XSD: keys, labels, comments and drop-downs from one source. */
class WorkbookLayoutTest {

    @Test
    void aSheetIsKnownByTheEnglishKeyEndingItsName() {
        assertThat(WorkbookLayout.sheetNamed("学校 school").key()).isEqualTo("school");
        assertThat(WorkbookLayout.sheetNamed("我们的学校\u3000school").key()).as("a full-width space").isEqualTo("school");
        assertThat(WorkbookLayout.sheetNamed("School").key()).isEqualTo("school");
        assertThat(WorkbookLayout.sheetNamed("说明 notes")).isNull();
        assertThat(WorkbookLayout.sheetNamed("schools")).isNull();
    }

    @Test
    void columnsCarryTheSchemasEnumerationsAndAnnotations() {
        WorkbookLayout.Sheet school = WorkbookLayout.sheet("school");
        assertThat(school.columns().get(0).key()).isEqualTo("district");
        assertThat(school.column("type").values()).containsExactly("PRIMARY", "JUNIOR", "NINE_YEAR", "TWELVE_YEAR",
                "SPECIAL_EDUCATION", "TEACHING_POINT");
        assertThat(school.column("type").comment()).contains("九年一贯制学校");
        assertThat(school.column("boarding").values()).containsExactly("true", "false");
        assertThat(school.column("publicFundsBudget").label()).isEqualTo("年度公用经费预算总额（元）");
        WorkbookLayout.Sheet district = WorkbookLayout.sheet("district");
        assertThat(district.columns().subList(0, 4)).extracting(WorkbookLayout.Column::key)
                .containsExactly("code", "name", "year", "basicBalanceRecognizedYear");
        assertThat(district.column("trainingCompletionRate").share()).isTrue();
        assertThat(district.column("trainingCompletionRate").label()).endsWith("（0–1）");
        assertThat(district.column("rotated").kind()).isEqualTo(WorkbookLayout.Kind.INTEGER);
        assertThat(WorkbookLayout.sheet("section").column("sportsArea").label()).isEqualTo("体育运动场馆面积（m²）");
    }
}
