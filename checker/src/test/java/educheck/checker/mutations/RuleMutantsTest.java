package educheck.checker.mutations;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which wrong versions of a rule are made, read from the bundled rules as written: the step a threshold is nudged by,
 * a share of a city's counties moved by whole counties, and nothing a fixture could never notice.
 */
class RuleMutantsTest {

    private static List<RuleMutant> bundled;

    @BeforeAll
    static void load() throws RuleSetException {
        bundled = RuleMutants.of(RuleSet.bundled());
    }

    private static List<String> changes(String ruleName) {
        return bundled.stream().filter(m -> m.rule().name().equals(ruleName)).map(RuleMutant::change).toList();
    }

    @Test
    void aThresholdMovesByItsLastWrittenDecimalAndAShareByOnePointAtMost() {
        assertThat(RuleMutants.step("4.2")).isEqualByComparingTo("0.1");
        assertThat(RuleMutants.step("9.0")).isEqualByComparingTo("0.1");
        assertThat(RuleMutants.step("0.80")).isEqualByComparingTo("0.01");
        assertThat(RuleMutants.step("0.8")).isEqualByComparingTo("0.01");
        assertThat(RuleMutants.step("1.0")).isEqualByComparingTo("0.01");
        assertThat(RuleMutants.step("-0.01")).isEqualByComparingTo("0.01");
        assertThat(RuleMutants.step("0.5827")).isEqualByComparingTo(new BigDecimal("0.0001"));
        assertThat(RuleMutants.step("2000")).isEqualByComparingTo("1");
        assertThat(RuleMutants.step("0")).isEqualByComparingTo("1");
    }

    @Test
    void aRuleComparedWithItsThresholdIsReadEveryWayATypoOrAMisreadingWould() {
        assertThat(changes("SH.CE.2 disabled children")).containsExactly("@required(0.99) → 1.00", "@required(0.99) → 0.98",
                "@comparator(\">=\") → \">\"", "@force(\"binding\") → \"aspiration\"");
        assertThat(changes("NB.5 group coverage of rural small and weak junior schools")).containsExactly(
                "@required(0.80) → 0.81", "@required(0.80) → 0.79", "@comparator(\">\") → \">=\"", "@due(2022) → 2021",
                "@due(2022) → 2023", "@force(\"binding\") → \"aspiration\"");
        assertThat(bundled).filteredOn(m -> m.rule().name().equals("SH.CE.2 disabled children")).first()
                .extracting(RuleMutant::location).isEqualTo("CN-31/compulsory.drl:83");
    }

    @Test
    void aShareOfACitysCountiesMovesByOneCountyAndItsComparatorOnlyWhereItSitsOnACount() {
        // 70 % of Shaoxing's 6 is 5 of them; no count of 6 sits at 70 %, so >= and > are the same there.
        assertThat(changes("SX.1 counties recognised")).containsExactly("@required(0.70) → 1 (6 of the 6 counties)",
                "@required(0.70) → 0.6667 (4 of the 6 counties)", "@due(2022) → 2021", "@due(2022) → 2023",
                "@force(\"aspiration\") → \"binding\"");
        // 70 % of Ningbo's 10 is exactly 7: there the comparator matters.
        assertThat(changes("NB.1 counties recognised")).contains("@required(0.70) → 0.8 (8 of the 10 counties)",
                "@comparator(\">=\") → \">\"");
    }

    @Test
    void nothingIsMadeThatNoFixtureCouldNotice() {
        // A district's part of a city target that compares nothing: the city's own rule judges.
        assertThat(changes("SH.CE.1 district's part")).isEmpty();
        // A baseline reported as INFO whatever its figure, and a baseline compared with its figure, read as binding.
        assertThat(changes("SH.CE.10 baseline: first-round schools")).isEmpty();
        assertThat(changes("HZ.1 school-group coverage (baseline)")).containsExactly("@force(\"baseline\") → \"binding\"");
        // A yes/no item has no threshold or comparator to nudge.
        assertThat(changes("CM.2 new five standards: buildings")).containsExactly("@due(2024) → 2023", "@due(2024) → 2025",
                "@force(\"aspiration\") → \"binding\"");
        // The statuses a rule writes itself are swapped one by one.
        assertThat(changes("CN.CE.VETO.1 one-vote veto")).containsExactly("@force(\"binding\") → \"aspiration\"",
                "Status.NOT_ASSESSED → Status.PASS", "Status.PASS → Status.FAIL", "Status.FAIL → Status.PASS");
    }
}
