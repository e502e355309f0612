package educheck.checker.load;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.model.Finding;
import educheck.model.Status;
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
    void theKeyOrderIsTheNaturalOrder() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        String alphabet = "0123456789/.AKPZ";
        for (int n = 0; n < 20_000; n++) {
            String a = random(r, alphabet);
            String b = random(r, alphabet);
            assertThat(Integer.signum(FindingOrder.naturalKey(a).compareTo(FindingOrder.naturalKey(b))))
                    .as("%s vs %s", a, b).isEqualTo(Integer.signum(FindingOrder.natural(a, b)));
        }
    }

    private static String random(java.util.SplittableRandom r, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(8); i >= 0; i--) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @Test
    void findingsAlikeInIdSubjectAndDueYearKeepOneOrderWhateverOrderTheyCameIn() {
        Finding baseline128 = finding("SH.CE.10 first-round baseline", "baseline 128");
        Finding baseline57 = finding("SH.CE.10 groups baseline", "baseline 57");
        Finding second57 = finding("SH.CE.10 groups baseline", "baseline 58");
        List<Finding> expected = List.of(baseline128, baseline57, second57);
        for (List<Finding> arrival : List.of(List.of(second57, baseline57, baseline128), List.of(baseline57, baseline128, second57))) {
            List<Finding> sorted = new ArrayList<>(arrival);
            FindingOrder.sort(sorted);
            assertThat(sorted).containsExactlyElementsOf(expected);
            List<Finding> compared = new ArrayList<>(arrival);
            compared.sort(FindingOrder.CATALOGUE);
            assertThat(compared).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theRankedSortGivesTheComparatorsOrder() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        List<String> ids = List.of("CN.CE.RES.1", "CN.CE.RES.10", "CN.CE.RES.2", "CN.PK.3", "NB.1", "NB.01", "SH.CE.10");
        List<String> subjects = List.of("P9/PRIMARY", "P09/PRIMARY", "P10/JUNIOR", "K7", "K0007", "K12", "330102", "33", "");
        Integer[] dues = {null, 2020, 2025, 2027, -5};
        for (int round = 0; round < 200; round++) {
            List<Finding> arrival = new ArrayList<>();
            for (int i = r.nextInt(1, 300); i > 0; i--) {
                arrival.add(Finding.builder(ids.get(r.nextInt(ids.size())), subjects.get(r.nextInt(subjects.size())))
                        .status(Status.PASS).rule("CN", "rule " + r.nextInt(3)).due(dues[r.nextInt(dues.length)])
                        .message("m" + r.nextInt(3)).build());
            }
            List<Finding> sorted = new ArrayList<>(arrival);
            FindingOrder.sort(sorted);
            List<Finding> compared = new ArrayList<>(arrival);
            compared.sort(FindingOrder.CATALOGUE);
            assertThat(sorted).containsExactlyElementsOf(compared);
        }
    }

    private static Finding finding(String ruleName, String message) {
        return Finding.builder("SH.CE.10", "31").status(Status.INFO).rule("CN_31", ruleName).due(2027).message(message).build();
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
