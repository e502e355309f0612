package educheck.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.model.DifferenceCoefficient;
import educheck.model.ResourceIndicator;
import org.junit.jupiter.api.Test;

/** Levelling up, on small districts whose answer can be worked out by hand. */
class CoefficientRectificationTest {

    // Four schools of sports area (m², per student scale 1): two crowded, two with large playgrounds.
    private static final double[] STUDENTS = {1000, 1000, 200, 200};
    private static final double[] AREA = {5000, 6000, 8000, 9000};

    @Test
    void aCoefficientAlreadyWithinItsLimitNeedsNoRaise() {
        assertThat(CoefficientRectification.levelUp(STUDENTS, AREA, 1, 2.0, ResourceIndicator.SPORTS_AREA))
                .containsOnly(0.0);
    }

    @Test
    void raisesOnlyTheSectionsBelowTheFloorToAboutTheSameValueAndMeetsTheLimit() {
        double before = DifferenceCoefficient.of(STUDENTS, values(AREA));
        assertThat(before).isGreaterThan(0.5);

        double[] raise = CoefficientRectification.levelUp(STUDENTS, AREA, 1, 0.5, ResourceIndicator.SPORTS_AREA);

        double[] after = values(add(AREA, raise));
        assertThat(DifferenceCoefficient.of(STUDENTS, after)).isLessThanOrEqualTo(0.5);
        assertThat(raise[2]).isZero();
        assertThat(raise[3]).isZero();
        assertThat(raise[0]).isGreaterThan(raise[1]).isPositive();
        // Levelled: both crowded schools end at the same floor, to within the whole m² the amounts round to.
        assertThat(Math.abs(after[0] - after[1])).isLessThan(1.0 / 1000 * 2);
        assertWhole(raise);
    }

    @Test
    void theFloorIsTheLowestThatMeetsTheLimit() {
        double[] raise = CoefficientRectification.levelUp(STUDENTS, AREA, 1, 0.5, ResourceIndicator.SPORTS_AREA);
        double floor = (AREA[0] + raise[0]) / STUDENTS[0];

        // One m² per student less for the raised schools and the coefficient is over the limit again.
        double[] lower = add(AREA, raise);
        lower[0] -= STUDENTS[0];
        lower[1] = Math.max(AREA[1], lower[1] - STUDENTS[1]);
        assertThat(DifferenceCoefficient.of(STUDENTS, values(lower))).isGreaterThan(0.5);
        assertThat(floor).isBetween(AREA[1] / STUDENTS[1], AREA[2] / STUDENTS[2]);
    }

    @Test
    void wholeTeachersRoundUpAndStillMeetTheLimit() {
        double[] students = {800, 600, 90, 120};
        double[] backbone = {4, 3, 3, 5};
        double[] raise = CoefficientRectification.levelUp(students, backbone, 100, 0.45, ResourceIndicator.BACKBONE_TEACHERS);

        assertWhole(raise);
        double[] per100 = new double[4];
        for (int i = 0; i < 4; i++) {
            per100[i] = 100 * (backbone[i] + raise[i]) / students[i];
        }
        assertThat(DifferenceCoefficient.of(students, per100)).isLessThanOrEqualTo(0.45);
    }

    private static void assertWhole(double[] raise) {
        for (double r : raise) {
            assertThat(r).isEqualTo(Math.rint(r));
        }
    }

    private static double[] values(double[] area) {
        double[] v = new double[area.length];
        for (int i = 0; i < area.length; i++) {
            v[i] = area[i] / STUDENTS[i];
        }
        return v;
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = a.clone();
        for (int i = 0; i < a.length; i++) {
            out[i] += b[i];
        }
        return out;
    }
}
