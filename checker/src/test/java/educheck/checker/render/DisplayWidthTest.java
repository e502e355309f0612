package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void countsChineseCharactersAndFullwidthPunctuationAsTwoColumns() {
        assertThat(DisplayWidth.of("平江县")).isEqualTo(6);
        assertThat(DisplayWidth.of("（平方米）")).isEqualTo(10);
        assertThat(DisplayWidth.of("RES.1 ≥ 4.2 ✓")).isEqualTo(13);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    }

    @Test
    void padsAndCutsByColumnsNotCharacters() {
        assertThat(DisplayWidth.pad("平江县", 8)).isEqualTo("平江县  ");
        assertThat(DisplayWidth.padLeft("5.83", 6)).isEqualTo("  5.83");
        assertThat(DisplayWidth.fit("每百名学生拥有网络多媒体教室数", 9)).isEqualTo("每百名学…");
        assertThat(DisplayWidth.of(DisplayWidth.pad("每百名学生拥有网络多媒体教室数", 9))).isEqualTo(9);
    }
}
