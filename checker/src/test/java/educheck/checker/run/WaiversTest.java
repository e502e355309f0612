package educheck.checker.run;

import educheck.checker.load.RuleSet;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.Waivers;
import educheck.model.io.SubmissionReader;
import educheck.model.io.WaiverReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waivers applied through the real bundled rules, on the RES.8 fixture: S2 and S3 fail RES.8, which fails
 * MoE-2017. A waiver in force turns the finding WAIVED as it is made, so the verdict rule sees it; an expired
 * one lets it count again; one that matches nothing is reported.
 */
class WaiversTest {

    private static final String WAIVERS = """
            district,id,subject,reason,approvedBy,expires
            320583,CN.CE.RES.8,S2/PRIMARY,"equipment bought, delivery in July",区教育局,2025-06-30
            320583,CN.CE.RES.8,S3/PRIMARY,two backbone teachers being certified,区教育局,2025-06-30
            320583,CN.CE.RES.8,S1/PRIMARY,passes anyway,区教育局,2025-06-30
            310151,CN.CE.RES.8,S2/PRIMARY,another district,市教委,2025-06-30
            """;

    @TempDir
    static Path dir;

    private static RuleSet rules;
    private static Path submission;
    private static Path waiverFile;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.bundled();
        submission = dir.resolve("six-of-seven.xml");
        Files.write(submission, rules.files().all().get("CN/fixtures/resources-six-of-seven.xml"));
        waiverFile = dir.resolve("waivers.csv");
        Files.writeString(waiverFile, WAIVERS);
    }

    private static DistrictReport check(Waivers waivers) {
        var district = new SubmissionReader().readAll(submission, new ArrayList<>()).get(0).district();
        return new DistrictChecker(rules, waivers).check(submission, district);
    }

    private static Waivers asOf(String date) throws IOException {
        return WaiverReader.read(waiverFile, LocalDate.parse(date));
    }

    private static Finding res8(DistrictReport d, String subject) {
        return d.findings().stream().filter(f -> f.getId().equals("CN.CE.RES.8") && f.getSubject().equals(subject))
                .findFirst().orElseThrow();
    }

    @Test
    void withoutWaiversTheTwoShortfallsFailTheStandard() {
        DistrictReport d = check(Waivers.NONE);

        assertThat(res8(d, "S2/PRIMARY").getStatus()).isEqualTo(Status.FAIL);
        assertThat(d.standard("MoE-2017").orElseThrow().getVerdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aWaiverInForceOnItsLastDayReportsWaivedAndTheStandardVerdictSeesIt() throws IOException {
        Waivers waivers = asOf("2025-06-30");
        DistrictReport d = check(waivers);

        Finding s2 = res8(d, "S2/PRIMARY");
        assertThat(s2.getStatus()).isEqualTo(Status.WAIVED);
        assertThat(s2.getMessage()).contains("waived until 2025-06-30: equipment bought, delivery in July (approved by 区教育局)");
        assertThat(s2.getWaiver().line()).isEqualTo(2);
        var moe2017 = d.standard("MoE-2017").orElseThrow();
        assertThat(moe2017.getCounts()).containsEntry(Status.WAIVED, 2).doesNotContainKey(Status.FAIL);
        assertThat(moe2017.getVerdict()).isNotEqualTo(Verdict.FAIL);
        assertThat(waivers.uses()).extracting(u -> u.state()).startsWith(Waivers.State.APPLIED, Waivers.State.APPLIED);
    }

    @Test
    void anExpiredWaiverLetsTheFindingCountAgainAndSaysSo() throws IOException {
        Waivers waivers = asOf("2025-07-01");
        DistrictReport d = check(waivers);

        Finding s2 = res8(d, "S2/PRIMARY");
        assertThat(s2.getStatus()).isEqualTo(Status.FAIL);
        assertThat(s2.getMessage()).endsWith("the waiver approved by 区教育局 expired on 2025-06-30");
        assertThat(d.standard("MoE-2017").orElseThrow().getVerdict()).isEqualTo(Verdict.FAIL);
        assertThat(waivers.uses().get(0)).satisfies(u -> {
            assertThat(u.state()).isEqualTo(Waivers.State.EXPIRED);
            assertThat(u.findings()).isEqualTo(1);
        });
    }

    @Test
    void aWaiverThatMatchesNoFailingFindingIsReportedUnmatched() throws IOException {
        Waivers waivers = asOf("2025-01-01");
        DistrictReport d = check(waivers);

        assertThat(res8(d, "S1/PRIMARY").getStatus()).isEqualTo(Status.PASS);
        assertThat(waivers.uses()).filteredOn(u -> u.state() == Waivers.State.UNMATCHED)
                .extracting(u -> u.waiver().target())
                .containsExactly("320583 CN.CE.RES.8 S1/PRIMARY", "310151 CN.CE.RES.8 S2/PRIMARY");
    }
}
