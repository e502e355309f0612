package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A value that is not finite reaches a renderer only from a rule's own arithmetic (the reader refuses such input);
 * the report is written all the same. Issue 26: {@code fixed} threw on Infinity and ended the whole run.
 */
class ReadableTest {

    @Test
    void aValueThatIsNotFiniteIsShownNotThrown() {
        for (double v : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertThat(Readable.fixed(v, 3)).isEqualTo(String.valueOf(v));
            assertThat(Readable.decimals(v, 2)).isEqualTo(String.valueOf(v));
            assertThat(Readable.down(v, 4)).isEqualTo(String.valueOf(v));
            assertThat(Readable.amount(v)).isEqualTo(String.valueOf(v));
        }
    }

    @Test
    void finiteValuesReadAsBefore() {
        assertThat(Readable.fixed(0.6635, 3)).isEqualTo("0.664");
        assertThat(Readable.decimals(2.0635, 2)).isEqualTo("2.06");
        assertThat(Readable.down(0.49999, 4)).isEqualTo("0.4999");
        assertThat(Readable.amount(12345.0)).isEqualTo("12,345");
    }
}
