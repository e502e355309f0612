package educheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Finding finding(String id, String subject) {
        return Finding.builder(id, subject).status(Status.PASS).build();
    }

    private static String key(Finding f) {
        return f.getId() + " " + f.getSubject();
    }

    @Test
    void startingWithKeepsTheOrderReportedAndLeavesOutTheIdsListed() {
        Findings findings = new Findings();
        findings.add(finding("CN.CE.RES.1", "S1/PRIMARY"));
        findings.add(finding("CN.PK.6", "K1/outdoor"));
        findings.add(finding("CN.CE.RES.8", "S1/PRIMARY"));
        findings.add(finding("CN.CE.GOV.1", "320583"));

        assertThat(findings.startingWith("CN.CE.")).extracting(FindingsTest::key)
                .containsExactly("CN.CE.RES.1 S1/PRIMARY", "CN.CE.RES.8 S1/PRIMARY", "CN.CE.GOV.1 320583");
        assertThat(findings.startingWith("CN.CE.", "CN.CE.RES.1", "CN.CE.RES.1")).extracting(FindingsTest::key)
                .containsExactly("CN.CE.RES.8 S1/PRIMARY", "CN.CE.GOV.1 320583");
        assertThat(findings.startingWith("SH.")).isEmpty();
    }

    @Test
    void aboutASubjectIsKeptUpToDateAfterTheFirstQuestion() {
        Findings findings = new Findings();
        findings.add(finding("CN.CE.RES.1", "S1/PRIMARY"));
        findings.add(finding("CN.CE.RES.1", "S2/PRIMARY"));
        findings.add(finding("CN.CE.GOV.5", "S1/PRIMARY"));

        assertThat(findings.about("S1/PRIMARY", "CN.CE.RES.1", "CN.CE.RES.2")).extracting(FindingsTest::key)
                .containsExactly("CN.CE.RES.1 S1/PRIMARY");
        findings.add(finding("CN.CE.RES.2", "S1/PRIMARY"));
        findings.add(finding("CN.CE.RES.8", "S1/PRIMARY"));

        assertThat(findings.about("S1/PRIMARY", "CN.CE.RES.1", "CN.CE.RES.2")).extracting(FindingsTest::key)
                .containsExactly("CN.CE.RES.1 S1/PRIMARY", "CN.CE.RES.2 S1/PRIMARY");
        assertThat(findings.about("S1/PRIMARY", "CN.CE.GOV.5")).extracting(FindingsTest::key)
                .containsExactly("CN.CE.GOV.5 S1/PRIMARY");
        assertThat(findings.about("S9/PRIMARY", "CN.CE.RES.1")).isEmpty();
    }

    @Test
    void whatARuleReadsCannotBeChangedThroughIt() {
        Findings findings = new Findings();
        findings.add(finding("CN.CE.RES.1", "S1/PRIMARY"));

        assertThatThrownBy(() -> findings.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> findings.about("S1/PRIMARY", "CN.CE.RES.1").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(findings.all()).hasSize(1);
    }
}
