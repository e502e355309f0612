package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
}
