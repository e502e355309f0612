package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceCoefficientTest {

    /*
     * Worked by hand. Schools of 200, 300 and 500 students (P = 1000) with values 4, 5 and 6:
     *   x̄ = 0.2·4 + 0.3·5 + 0.5·6 = 5.3
     *   S² = 0.2·(−1.3)² + 0.3·(−0.3)² + 0.5·(0.7)² = 0.338 + 0.027 + 0.245 = 0.61
     *   CV = √0.61 / 5.3 = 0.781025 / 5.3 = 0.147363
     * The unweighted coefficient of the same values is 0.8165 / 5 = 0.1633: the formula must not give that.
     */
    @Test
    void matchesTheHandWorkedStudentWeightedExample() {
        double cv = DifferenceCoefficient.of(new double[] {200, 300, 500}, new double[] {4, 5, 6});
        assertThat(cv).isCloseTo(0.147363, within(1e-6));
        assertThat(cv).isNotCloseTo(0.1633, within(1e-3));
    }

    @Test
    void isZeroWhenEverySchoolHasTheSameValue() {
        assertThat(DifferenceCoefficient.of(new double[] {120, 900, 45}, new double[] {3.2, 3.2, 3.2}))
                .isCloseTo(0, within(1e-12));
    }

    @Test
    void isZeroWhenEverySchoolHasNone() {
        assertThat(DifferenceCoefficient.of(new double[] {120, 900}, new double[] {0, 0})).isZero();
    }

    @Test
    void aLargeOutlyingSchoolWeighsMoreThanASmallOne() {
        double smallOutlier = DifferenceCoefficient.of(new double[] {900, 100}, new double[] {5, 10});
        double largeOutlier = DifferenceCoefficient.of(new double[] {100, 900}, new double[] {5, 10});
        assertThat(smallOutlier).isNotCloseTo(largeOutlier, within(1e-3));
    }

    @Test
    void refusesMismatchedOrEmptyInput() {
        assertThatThrownBy(() -> DifferenceCoefficient.of(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DifferenceCoefficient.of(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DifferenceCoefficient.of(new double[] {0, 0}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /*
     * Two primary sections of 400 and 600 students, every resource in proportion to students except equipment:
     * 2000 and 3000 CNY per student. Six coefficients are 0; equipment's is
     *   x̄ = 0.4·2000 + 0.6·3000 = 2600,  S² = 0.4·600² + 0.6·400² = 240000,  CV = 489.898 / 2600 = 0.188422
     * so the overall coefficient (QZ.3) is 0.188422 / 7 = 0.026917.
     */
    @Test
    void overallIsTheMeanOfTheSevenIndicatorCoefficients() {
        List<SchoolSection> sections = List.of(section("A", 400, 2000, 24), section("B", 600, 3000, 36));
        assertThat(DifferenceCoefficient.overall(sections).number()).isCloseTo(0.188422 / 7, within(1e-6));
        assertThat(DifferenceCoefficient.across(sections, ResourceIndicator.EQUIPMENT_VALUE).number())
                .isCloseTo(0.188422, within(1e-6));
    }

    @Test
    void overallIsMissingWhenAnIndicatorCannotBeComputed() {
        List<SchoolSection> sections = List.of(section("A", 400, 2000, 24), section("B", 600, 3000, null));
        Measured overall = DifferenceCoefficient.overall(sections);
        assertThat(overall.isPresent()).isFalse();
        assertThat(overall.getMissing()).contains("multimediaRooms").contains("B/PRIMARY");
    }

    private static SchoolSection section(String id, int students, double equipmentPerStudent, Integer multimedia) {
        Section section = Section.of(Level.PRIMARY, students).classes(students / 40, 40)
                .teachers(students / 10, students / 20, students / 50, students / 100)
                .facilities(students * 5.0, students * 8.0, students * equipmentPerStudent, multimedia);
        School school = School.of(id, id, SchoolType.PRIMARY, Location.URBAN).add(section);
        return new SchoolSection(school, section);
    }
}
