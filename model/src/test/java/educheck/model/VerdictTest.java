package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static Finding finding(Status status) {
        return Finding.builder("X.1", "310151").status(status).build();
    }

    @Test
    void infoFindingsDoNotMakeAPassingStandardIncomplete() {
        assertThat(Verdict.over(List.of(finding(Status.PASS), finding(Status.INFO)))).isEqualTo(Verdict.PASS);
    }

    @Test
    void infoFindingsDoNotHideAFailure() {
        assertThat(Verdict.over(List.of(finding(Status.INFO), finding(Status.FAIL)))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void infoFindingsAloneLeaveTheStandardNotSubmitted() {
        assertThat(Verdict.over(List.of(finding(Status.INFO)))).isEqualTo(Verdict.NOT_SUBMITTED);
    }

    @Test
    void infoFindingsDoNotCompleteAStandardWithMissingData() {
        assertThat(Verdict.over(List.of(finding(Status.NOT_ASSESSED), finding(Status.INFO)))).isEqualTo(Verdict.NOT_SUBMITTED);
        assertThat(Verdict.over(List.of(finding(Status.NOT_ASSESSED), finding(Status.PASS), finding(Status.INFO))))
                .isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void aStandardWithARuleErrorCannotPass() {
        assertThat(Verdict.over(List.of(finding(Status.PASS), finding(Status.ERROR)))).isEqualTo(Verdict.ERROR);
        assertThat(Verdict.over(List.of(finding(Status.NOT_ASSESSED), finding(Status.ERROR)))).isEqualTo(Verdict.ERROR);
        assertThat(Verdict.over(List.of(finding(Status.ERROR)))).as("not NOT_SUBMITTED: a rule ran and failed")
                .isEqualTo(Verdict.ERROR);
    }

    @Test
    void aFailureDecidesWhateverTheFailedRuleWouldHaveSaid() {
        assertThat(Verdict.over(List.of(finding(Status.ERROR), finding(Status.FAIL)))).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.combine(List.of(Verdict.ERROR, Verdict.FAIL))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aDistrictWithAnUndecidedStandardIsUndecided() {
        assertThat(Verdict.combine(List.of(Verdict.PASS, Verdict.ERROR))).isEqualTo(Verdict.ERROR);
        assertThat(Verdict.combine(List.of(Verdict.INCOMPLETE, Verdict.ERROR, Verdict.NOT_SUBMITTED))).isEqualTo(Verdict.ERROR);
        assertThat(Verdict.combine(List.of(Verdict.PASS, Verdict.NOT_SUBMITTED))).isEqualTo(Verdict.PASS);
    }
}
