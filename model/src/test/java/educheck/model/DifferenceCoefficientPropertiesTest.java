package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the student-weighted difference coefficient over generated districts: 2 to 60 schools of 1 to 3000
 * students with values spread as real indicators are (per-100 ratios, areas, money). The seed is fixed, so a
 * failure reproduces; its case number names it.
 */
class DifferenceCoefficientPropertiesTest {

    record District(int number, double[] students, double[] values) {
        @Override
        public String toString() {
            return "case " + number + " (" + students.length + " schools)";
        }
    }

    static Stream<District> districts() {
        Random random = new Random(20171);
        return IntStream.range(0, 150).mapToObj(n -> {
            int schools = 2 + random.nextInt(59);
            double scale = Math.pow(10, random.nextInt(7) - 1);
            double[] students = new double[schools];
            double[] values = new double[schools];
            for (int i = 0; i < schools; i++) {
                students[i] = 1 + random.nextInt(3000);
                values[i] = scale * (0.2 + random.nextDouble() * 5);
            }
            return new District(n, students, values);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("districts")
    void equalsTheCatalogueFormulaWorkedIndependently(District d) {
        assertThat(DifferenceCoefficient.of(d.students(), d.values()))
                .isCloseTo(catalogueFormula(d.students(), d.values()), within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("districts")
    void doesNotDependOnTheUnitOfTheValues(District d) {
        double cv = DifferenceCoefficient.of(d.students(), d.values());
        for (double unit : new double[] {0.01, 100, 10_000}) {
            double[] scaled = d.values().clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= unit;
            }
            assertThat(DifferenceCoefficient.of(d.students(), scaled)).isCloseTo(cv, within(1e-9));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("districts")
    void dependsOnlyOnEachSchoolsShareOfStudents(District d) {
        double[] doubled = d.students().clone();
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] *= 2;
        }
        assertThat(DifferenceCoefficient.of(doubled, d.values()))
                .isCloseTo(DifferenceCoefficient.of(d.students(), d.values()), within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("districts")
    void doesNotDependOnTheOrderOfSchools(District d) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d.students().length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(d.number()));
        double[] students = new double[order.size()];
        double[] values = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            students[i] = d.students()[order.get(i)];
            values[i] = d.values()[order.get(i)];
        }
        assertThat(DifferenceCoefficient.of(students, values))
                .isCloseTo(DifferenceCoefficient.of(d.students(), d.values()), within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("districts")
    void isZeroWhenEverySchoolIsEqualAndPositiveOtherwise(District d) {
        double[] equal = new double[d.values().length];
        java.util.Arrays.fill(equal, d.values()[0]);
        assertThat(DifferenceCoefficient.of(d.students(), equal)).isCloseTo(0, within(1e-12));
        assertThat(DifferenceCoefficient.of(d.students(), d.values())).isPositive();
    }

    /**
     * The catalogue's formula in its other algebraic form, S² = Σ(P_i/P)·x_i² − x̄², in exact decimals: a slip in
     * either form would show as a difference.
     */
    private static double catalogueFormula(double[] students, double[] values) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal total = BigDecimal.ZERO;
        for (double s : students) {
            total = total.add(BigDecimal.valueOf(s));
        }
        BigDecimal mean = BigDecimal.ZERO;
        BigDecimal meanOfSquares = BigDecimal.ZERO;
        for (int i = 0; i < students.length; i++) {
            BigDecimal weight = BigDecimal.valueOf(students[i]).divide(total, mc);
            BigDecimal x = new BigDecimal(values[i]);
            mean = mean.add(weight.multiply(x, mc), mc);
            meanOfSquares = meanOfSquares.add(weight.multiply(x.multiply(x, mc), mc), mc);
        }
        BigDecimal variance = meanOfSquares.subtract(mean.multiply(mean, mc), mc);
        return variance.max(BigDecimal.ZERO).sqrt(mc).divide(mean, mc).doubleValue();
    }
}
