package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void showsAtMostFourDecimalsWithoutTrailingZeros() {
        assertThat(Figures.format(4.2)).isEqualTo("4.2");
        assertThat(Figures.format(5.0)).isEqualTo("5");
        assertThat(Figures.format(0.51549)).isEqualTo("0.5155");
        assertThat(Figures.format(0.00005)).isEqualTo("0.0001");
        assertThat(Figures.format(-2.00004)).isEqualTo("-2");
        assertThat(Figures.format(true)).isEqualTo("yes");
        assertThat(Figures.format(null)).isEqualTo("—");
    }

    @Test
    void roundsExactlyAsTheDecimalFormOfTheValueOnAMillionValues() {
        SplittableRandom r = new SplittableRandom(2024);
        for (int i = 0; i < 1_000_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble() * 10;
                case 1 -> Math.round(r.nextDouble() * 1e6) / 1e5 + 0.00005;
                case 2 -> (r.nextDouble() - 0.5) * 2e6;
                default -> r.nextInt(5000) / (double) (1 + r.nextInt(900)) * 100;
            };
            BigDecimal exact = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
            assertThat(Figures.round(v)).as("round(%s)", v).isEqualTo(exact.doubleValue());
            assertThat(Figures.format(v)).as("format(%s)", v).isEqualTo(exact.stripTrailingZeros().toPlainString());
        }
    }
}
