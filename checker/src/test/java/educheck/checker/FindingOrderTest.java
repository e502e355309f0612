package educheck.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

    @Test
    void numbersInIdsAndSubjectsCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("CN.CE.RES.10", "CN.CE.RES.2", "CN.CE.GOV.15", "CN.CE.GOV.3", "CN.CE.RES.1"));
        ids.sort(FindingOrder::natural);
        assertThat(ids).containsExactly("CN.CE.GOV.3", "CN.CE.GOV.15", "CN.CE.RES.1", "CN.CE.RES.2", "CN.CE.RES.10");
        List<String> subjects = new ArrayList<>(List.of("TP12/PRIMARY", "P10/JUNIOR", "P9/PRIMARY", "P010/PRIMARY", "P9/JUNIOR"));
        subjects.sort(FindingOrder::natural);
        assertThat(subjects).containsExactly("P9/JUNIOR", "P9/PRIMARY", "P10/JUNIOR", "P010/PRIMARY", "TP12/PRIMARY");
    }

    @Test
    void leadingZerosDoNotChangeTheValueAndAShorterPrefixComesFirst() {
        assertThat(FindingOrder.natural("K0007", "K7")).isZero();
        assertThat(FindingOrder.natural("K0007", "K12")).isNegative();
        assertThat(FindingOrder.natural("S1", "S1/PRIMARY")).isNegative();
        assertThat(FindingOrder.natural("330102", "33")).isPositive();
        assertThat(FindingOrder.natural("a0", "a00")).isZero();
    }
}
