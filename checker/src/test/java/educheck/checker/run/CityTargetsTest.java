package educheck.checker.run;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.model.Binds;
import educheck.model.Finding;
import educheck.model.Force;
import educheck.model.Status;
import educheck.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target the text sets for a city is judged once, on the city's own figure made from all of its districts, and
 * never on a district (issue 25). Through the bundled rules and the fixtures that hold whole cities.
 */
class CityTargetsTest {

    private static final Path SHANGHAI = SampleChecks.RULES.resolve("CN-31/fixtures");

    private static Finding rollup(SampleChecks.Run run, String id, String subject) {
        List<Finding> found = run.outcome().rollups().stream().map(RollupReport::finding)
                .filter(f -> f.getId().equals(id) && f.getSubject().equals(subject)).toList();
        assertThat(found).as(id + " " + subject).hasSize(1);
        return found.get(0);
    }

    private static DistrictReport district(SampleChecks.Run run, String code) {
        return run.districts().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aCityShortOfItsTargetFailsNamingTheDistrictsPullingItDownLargestGapFirst() {
        SampleChecks.Run run = SampleChecks.check(SHANGHAI.resolve("sh-city-2025-short.xml"));
        Finding disabled = rollup(run, "SH.CE.2", "31");
        assertThat(disabled.getStatus()).isEqualTo(Status.FAIL);
        assertThat(disabled.getBinds()).isEqualTo(Binds.CITY);
        // 长宁区 0.95 over 100 children is 4 children short of 99 %; 浦东新区 0.98 over 100, 1 short.
        assertThat(disabled.getMessage()).contains("across the city (required ≥ 0.99; 1880 / 1900 over 16 of 16 districts)")
                .contains("pulling it down: 310105 长宁区 0.95 (100), 310115 浦东新区 0.98 (100)");
        Finding aim = rollup(run, "SH.PK.1", "31");
        assertThat(aim.getStatus()).isEqualTo(Status.SHORT_OF_AIM);
        assertThat(aim.getForce()).isEqualTo(Force.ASPIRATION);
        assertThat(aim.getMessage()).contains("short of the aim for 2025 (an aspiration of the text, never a failure)");
    }

    @Test
    void aDistrictBelowTheCitysTargetInACityThatMeetsItIsNeverFailedForIt() {
        SampleChecks.Run run = SampleChecks.check(SHANGHAI.resolve("sh-city-2025-met.xml"));
        assertThat(rollup(run, "SH.PK.1", "31").getStatus()).isEqualTo(Status.PASS);
        DistrictReport changning = district(run, "310105");
        Finding part = changning.findings().stream().filter(f -> f.getId().equals("SH.PK.1") && f.getSubject().equals("310105"))
                .findFirst().orElseThrow();
        assertThat(part.getStatus()).isEqualTo(Status.INFO);
        assertThat(part.isContribution()).isTrue();
        assertThat(part.getMessage()).contains("0.65 (650 / 1000) in this district, against the city's target ≥ 0.8");
        assertThat(changning.standard("CN-31").orElseThrow().getVerdict()).isEqualTo(Verdict.PASS);
        assertThat(changning.findings()).noneSatisfy(f -> assertThat(f.getStatus()).isIn(Status.FAIL, Status.SHORT_OF_AIM));
    }

    @Test
    void aCityWithDistrictsMissingFromTheRunIsNotJudgedOnPartOfItselfAndNamesThem() {
        SampleChecks.Run run = SampleChecks.check(SHANGHAI.resolve("sh-preschool-2025.xml"));
        Finding share = rollup(run, "SH.PK.1", "31");
        assertThat(share.getStatus()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(share.getMessage()).contains("14 of the city's 16 districts not in this run: 310104 徐汇区, 310106 静安区")
                .contains("and 6 more").contains("over the districts that are:");
    }

    @Test
    void aDraftTextsStandardIsShownButDecidesNothingUnlessTheRunSaysSo(@TempDir Path dir) throws Exception {
        write(dir, "META-INF/kmodule.xml", """
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="CN" packages="CN"/>
                  <kbase name="CN-31" packages="CN_31" includes="CN"/>
                  <kbase name="CN-31-310151" packages="CN_31_310151" includes="CN-31"/>
                </kmodule>""");
        write(dir, "CN/national.drl", rules("CN", "N.1", "true", "national"));
        write(dir, "CN-31/empty.drl", "package CN_31;\n");
        write(dir, "CN-31-310151/draft.drl", rules("CN_31_310151", "D.1", "false", "draft"));
        write(dir, "CN-31-310151/ruleset.properties", "text=draft\n");
        Path file = dir.resolve("d.xml");
        Files.writeString(file, """
                <submission xmlns="urn:educheck:submission:1" year="2024">
                  <district code="310151" name="崇明区"><layoutReasonable>true</layoutReasonable></district>
                </submission>""");
        RuleSet rules = RuleSet.load(dir.resolve("."));

        DistrictReport advisory = SampleChecks.check(new DistrictChecker(rules), file).only();
        assertThat(advisory.standard("draft").orElseThrow().getVerdict()).isEqualTo(Verdict.FAIL);
        assertThat(advisory.standard("draft").orElseThrow().isDraft()).isTrue();
        assertThat(advisory.standard("draft").orElseThrow().decides()).isFalse();
        assertThat(advisory.findings()).filteredOn(f -> f.getId().equals("D.1")).allSatisfy(f -> assertThat(f.isDraft()).isTrue());
        assertThat(advisory.findings()).filteredOn(f -> f.getId().equals("N.1")).allSatisfy(f -> assertThat(f.isDraft()).isFalse());
        assertThat(advisory.verdict()).isEqualTo(Verdict.PASS);

        DistrictReport deciding = SampleChecks.check(new DistrictChecker(rules).withDraftsDeciding(true), file).only();
        assertThat(deciding.standard("draft").orElseThrow().decides()).isTrue();
        assertThat(deciding.verdict()).isEqualTo(Verdict.FAIL);

        write(dir, "CN-31-310151/ruleset.properties", "text=adopted\n");
        assertThat(SampleChecks.check(new DistrictChecker(RuleSet.load(dir)), file).only().verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aRuleSetTextThatIsNeitherDraftNorAdoptedIsRefusedAtItsLine(@TempDir Path dir) throws IOException {
        write(dir, "META-INF/kmodule.xml", "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"><kbase name=\"CN\" packages=\"CN\"/></kmodule>");
        write(dir, "CN/national.drl", rules("CN", "N.1", "true", "national"));
        write(dir, "CN/ruleset.properties", "# what the text is\ntext=maybe\n");
        try {
            RuleSet.load(dir);
            throw new AssertionError("loaded");
        } catch (RuleSetException e) {
            assertThat(e.problems()).anySatisfy(p -> assertThat(p).endsWith("CN/ruleset.properties:2: text=maybe is neither draft nor adopted"));
        }
    }

    /** One rule that compares layoutReasonable with {@code required}, and a verdict over the ID's findings. */
    private static String rules(String pkg, String id, String required, String standard) {
        return """
                package %s;
                import educheck.model.*;
                import static educheck.rules.Judge.check;
                import static educheck.rules.Judge.report;
                import static educheck.rules.Judge.standard;

                rule "%s layout"
                    @id("%s") @source("test") @binds("district") @force("binding") @required(%s)
                when
                    $d : District()
                then
                    report(kcontext, check(kcontext, $d.getCode(), $d.getLayoutReasonable()));
                end

                rule "%s verdict"
                    salience -200
                when
                    $d : District()
                    $findings : Findings()
                then
                    insert(standard(kcontext, "%s", "test", $findings.startingWith("%s")));
                end
                """.formatted(pkg, id, id, required, standard, standard, id.substring(0, 2));
    }

    private static void write(Path dir, String path, String text) throws IOException {
        Path target = dir.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }
}
