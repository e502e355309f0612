package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasuredTest {

    @Test
    void ratioScalesAndKeepsItsParts() {
        Measured m = Measured.ratio("teachersAboveDegree / students", 41, 820, 100, "teachers", true);
        assertThat(m.number()).isCloseTo(5.0, within(1e-12));
        assertThat(m.getNumerator()).isEqualTo(41.0);
        assertThat(m.getDenominator()).isEqualTo(820.0);
        assertThat(m.getRemedy()).isEqualTo(Measured.Remedy.RAISE_NUMERATOR);
    }

    @Test
    void ratioIsMissingNamingTheAbsentSide() {
        assertThat(Measured.ratio("teachingArea / students", null, 820, 1, "m²", false).getMissing())
                .isEqualTo("teachingArea not reported");
        assertThat(Measured.ratio("rotated / eligibleForRotation", 3, 0, 1, "teachers", true).getMissing())
                .isEqualTo("eligibleForRotation is 0");
    }

    @Test
    void absentValueIsMissingNotZero() {
        Measured m = Measured.of("socialRecognition", null);
        assertThat(m.isPresent()).isFalse();
        assertThat(m.getValue()).isNull();
        assertThat(m.getMissing()).contains("socialRecognition");
    }

    @Test
    void measureValuesParseAsNumberOrFlag() {
        assertThat(new Measure("a", "2310000000").measured().number()).isEqualTo(2.31e9);
        assertThat(new Measure("b", "true").measured().getValue()).isEqualTo(Boolean.TRUE);
        assertThat(new Measure("c", "lots").measured().isPresent()).isFalse();
    }

    /** Issue 26: Java's own reading gave rules Infinity, NaN, and 0 for 1E-400. */
    @Test
    void aMeasureNeverReachesARuleAsInfinityNaNOrASilentZero() {
        for (String v : new String[] {"NaN", "Infinity", "-Infinity", "1e309", "1E-400", "0x1p3", "12f"}) {
            Measured m = new Measure("x", v).measured();
            assertThat(m.isPresent()).as(v).isFalse();
            assertThat(m.getMissing()).as(v).contains("'" + v + "'");
        }
        assertThat(new Measure("x", "1e309").outOfRange()).isEqualTo(Measure.OutOfRange.TOO_LARGE);
        assertThat(new Measure("x", "-2e12").outOfRange()).isEqualTo(Measure.OutOfRange.TOO_LARGE);
        assertThat(new Measure("x", "1E-400").outOfRange()).isEqualTo(Measure.OutOfRange.TOO_SMALL);
        assertThat(new Measure("x", "NaN").outOfRange()).as("a word, not a number: the rules say it is missing").isNull();
        for (String v : new String[] {"0", "-0.0", "0e5", "1e12", "-0.05", "2.31E9", "0.000001"}) {
            assertThat(new Measure("x", v).outOfRange()).as(v).isNull();
            assertThat(new Measure("x", v).measured().isPresent()).as(v).isTrue();
        }
    }
}
