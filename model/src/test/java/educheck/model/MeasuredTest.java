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
}
