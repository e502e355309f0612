package educheck.checker.run;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.report.DistrictReport;
import educheck.model.Binds;
import educheck.model.Finding;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.io.SubmissionReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Chongming district runs the national, Shanghai and Chongming sets in one session, and every finding keeps the
 * source and rule file of the set it came from (fixture CN-31-310151/fixtures/layering.xml).
 */
class LayeredRuleSetsTest {

    private static final String FIXTURE = "CN-31-310151/fixtures/layering.xml";
    private static DistrictReport report;

    @BeforeAll
    static void check() throws RuleSetException {
        RuleSet rules = RuleSet.bundled();
        byte[] xml = rules.files().all().get(FIXTURE);
        List<DistrictReport> reports = new ArrayList<>();
        new SubmissionReader().read(Path.of(FIXTURE), () -> new ByteArrayInputStream(xml),
                in -> reports.add(new DistrictChecker(rules).check(Path.of(FIXTURE), in.district())));
        assertThat(reports).hasSize(1);
        report = reports.get(0);
    }

    private static Finding only(String id, String subject) {
        List<Finding> found = report.findings().stream()
                .filter(f -> f.getId().equals(id) && f.getSubject().equals(subject)).toList();
        assertThat(found).as(id + " " + subject).hasSize(1);
        return found.get(0);
    }

    @Test
    void chongmingRunsTheNationalShanghaiAndChongmingSetsInThatOrder() {
        assertThat(report.jurisdictions()).containsExactly("CN", "CN-31", "CN-31-310151");
        assertThat(report.standard("MoE-2017").orElseThrow().getVerdict()).isEqualTo(Verdict.PASS);
        assertThat(report.standard("CN-31").orElseThrow().getVerdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.standard("CN-31-310151")).isPresent();
    }

    @Test
    void theNationalRowBindsTheDistrictAndShanghaisStricterRateIsOnlyItsPartOfTheCitys() {
        Finding national = only("CN.CE.QUA.2", "310151");
        Finding shanghai = only("SH.CE.2", "310151");
        assertThat(national.getStatus()).isEqualTo(Status.PASS);
        assertThat(national.getRequired()).isEqualTo(0.95);
        assertThat(national.getSource()).startsWith("MoE-2017");
        assertThat(national.getRule()).isEqualTo("CN/compulsory-quality.drl");
        assertThat(national.getBinds()).isEqualTo(Binds.DISTRICT);
        // 97 % is under Shanghai's 99 %, but that rate is the municipality's: the district's part, never its FAIL.
        assertThat(shanghai.getStatus()).isEqualTo(Status.INFO);
        assertThat(shanghai.isContribution()).isTrue();
        assertThat(shanghai.getBinds()).isEqualTo(Binds.CITY);
        assertThat(shanghai.getRequired()).isEqualTo(0.99);
        assertThat(shanghai.getSource()).startsWith("001 ");
        assertThat(shanghai.getRule()).isEqualTo("CN-31/compulsory.drl");
    }

    @Test
    void chongmingsDraftTextIsLabelledAndDecidesNothingByDefault() {
        assertThat(report.standard("CN-31-310151").orElseThrow().isDraft()).isTrue();
        assertThat(report.standard("CN-31-310151").orElseThrow().decides()).isFalse();
        assertThat(report.standard("CN-31").orElseThrow().isDraft()).isFalse();
        assertThat(only("CM.1", "310151").isDraft()).isTrue();
        assertThat(only("SH.CE.2", "310151").isDraft()).isFalse();
    }

    @Test
    void chongmingRowsComeFromTheChongmingFileAndSeed() {
        Finding cm1 = only("CM.1", "310151");
        assertThat(cm1.getStatus()).isEqualTo(Status.PASS);
        assertThat(cm1.getSource()).startsWith("002 ");
        assertThat(cm1.getRule()).isEqualTo("CN-31-310151/chongming.drl");
    }

    @Test
    void yearOnYearSpendingWithoutLastYearsFiguresSaysWhatToAdd() {
        Finding cm5 = only("CM.5", "310151/expenditure");
        assertThat(cm5.getStatus()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(cm5.getMessage()).contains("last year's educationBudget not reported", "<previous year=\"2023\">");
    }
}
