package educheck.checker.load;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;

import educheck.checker.report.ReportStream;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.render.Formats;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.Status;
import educheck.model.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * A rule that throws for one district, as a policy officer's new rule might, through the real engine: a small
 * rule set built at run time with the same executable model as the bundled one.
 */
class RuleFaultsTest {

    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
            + "<kbase name=\"CN\" packages=\"CN\"/></kmodule>";

    /**
     * T.1 divides by a measure that is 0 in one district; T.3 does so in its condition, for another. T.4 reports
     * after the verdict has read the findings; T.5 inserts its finding as a fact, the way rules used to.
     */
    private static final String DRL = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.outcome;
            import static educheck.rules.Judge.report;
            import static educheck.rules.Judge.standard;

            rule "T.1 budget per class"
                @id("T.1") @source("test 1") @nameEn("budget per class")
            when
                $d : District( measure("divisor").isPresent() )
            then
                int perClass = 100 / (int) $d.measure("divisor").number();
                report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, perClass, "fine"));
            end

            rule "T.2 always met"
                @id("T.2") @source("test 2")
            when
                $d : District()
            then
                report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, "met"));
            end

            rule "T.3 trap in a condition"
                @id("T.3") @source("test 3")
            when
                $d : District( measure("trap").isPresent(), 100 / (int) measure("trap").number() > 1 )
            then
                report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, "met"));
            end

            rule "T.4 over the verdict, without a lower salience"
                @id("T.4") @source("test 4")
            when
                $d : District( measure("late").isPresent() )
                StandardVerdict( standard == "TEST" )
            then
                report(kcontext, outcome(kcontext, $d.getCode(), Status.FAIL, 1, "too late for the verdict"));
            end

            rule "T.5 inserted the old way"
                @id("T.5") @source("test 5")
            when
                $d : District( measure("old").isPresent() )
            then
                insert(outcome(kcontext, $d.getCode(), Status.FAIL, 1, "not met"));
            end

            rule "T verdict"
                salience -100
            when
                $d : District()
                $findings : Findings()
            then
                insert(standard(kcontext, "TEST", "test standard", $findings.startingWith("T.")));
            end
            """;

    private static final String SUBMISSION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <submission xmlns="urn:educheck:submission:1" year="2024">
              <district code="320583" name="divides by zero"><measure key="divisor" value="0"/></district>
              <district code="320584" name="trapped"><measure key="trap" value="0"/></district>
              <district code="320585" name="sound"><measure key="divisor" value="4"/></district>
              <district code="320586" name="late"><measure key="divisor" value="4"/><measure key="late" value="1"/></district>
              <district code="320587" name="old"><measure key="divisor" value="4"/><measure key="old" value="1"/></district>
            </submission>
            """;

    @TempDir
    static Path dir;

    private static RuleSet rules;

    @BeforeAll
    static void build() throws Exception {
        Path root = dir.resolve("rules");
        Files.createDirectories(root.resolve("META-INF"));
        Files.createDirectories(root.resolve("CN"));
        Files.writeString(root.resolve(RuleFiles.KMODULE), KMODULE);
        Files.writeString(root.resolve("CN/faults.drl"), DRL);
        RuleFiles files = RuleFiles.fromDirectory(root);

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.writeKModuleXML(KMODULE);
        kfs.write("src/main/resources/CN/faults.drl", DRL);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        rules = new RuleSet(files, RuleIndex.of(files), Kmodule.parse(files.all().get(RuleFiles.KMODULE)), container);
    }

    @Test
    void aConsequenceThatThrowsBecomesAnErrorFindingAndTheOtherRulesGoOn() throws IOException {
        List<DistrictReport> reports = new ArrayList<>();
        run(reports);
        DistrictReport broken = reports.get(0);

        assertThat(broken.code()).isEqualTo("320583");
        Finding error = broken.findings().stream().filter(f -> f.is(Status.ERROR)).findFirst().orElseThrow();
        assertThat(error.getId()).isEqualTo("T.1");
        assertThat(error.getSubject()).isEqualTo("320583");
        assertThat(error.getRule()).isEqualTo("CN/faults.drl");
        assertThat(error.getMessage()).contains("T.1 budget per class", "320583", "ArithmeticException", "/ by zero");
        assertThat(broken.findings()).filteredOn(f -> f.getId().equals("T.2")).singleElement()
                .satisfies(f -> assertThat(f.getStatus()).isEqualTo(Status.PASS));
        assertThat(broken.standard("TEST").orElseThrow().getVerdict()).isEqualTo(Verdict.ERROR);
        assertThat(broken.verdict()).isEqualTo(Verdict.ERROR);
    }

    @Test
    void aConditionThatThrowsStillReportsTheDistrictNamingTheRule() throws IOException {
        List<DistrictReport> reports = new ArrayList<>();
        run(reports);
        DistrictReport trapped = reports.get(1);

        assertThat(trapped.code()).isEqualTo("320584");
        assertThat(trapped.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(trapped.findings()).singleElement().satisfies(f -> {
            assertThat(f.getStatus()).isEqualTo(Status.ERROR);
            assertThat(f.getId()).isEqualTo("T.3");
            assertThat(f.getRule()).isEqualTo("CN/faults.drl");
            assertThat(f.getMessage()).contains("T.3 trap in a condition", "320584", "/ by zero");
        });
    }

    @Test
    void aFindingReportedAfterTheVerdictReadTheFindingsIsAnErrorNamingBothRules() throws IOException {
        DistrictReport late = district("320586");

        assertThat(theErrorOf(late, "T.4").getMessage()).contains("\"T.4 over the verdict, without a lower salience\" (salience 0)",
                "after rule \"T verdict\" (salience -100)", "a salience above -100");
        // The late finding itself is not in the report: it was refused, not quietly added after the verdict.
        assertThat(late.findings()).filteredOn(f -> f.getId().equals("T.4")).extracting(Finding::getStatus).containsOnly(Status.ERROR);
    }

    @Test
    void aFindingInsertedAsAFactIsAnErrorNamingTheRule() throws IOException {
        assertThat(theErrorOf(district("320587"), "T.5").getMessage()).contains("\"T.5 inserted the old way\"", "report(kcontext, check(…))");
    }

    private DistrictReport district(String code) throws IOException {
        List<DistrictReport> reports = new ArrayList<>();
        run(reports);
        return reports.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** The district's verdict is ERROR, and its one ERROR finding is the rule's {@code id}, naming its file. */
    private static Finding theErrorOf(DistrictReport district, String id) {
        assertThat(district.verdict()).isEqualTo(Verdict.ERROR);
        List<Finding> errors = district.findings().stream().filter(f -> f.is(Status.ERROR)).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getId()).isEqualTo(id);
        assertThat(errors.get(0).getRule()).isEqualTo("CN/faults.drl");
        return errors.get(0);
    }

    @Test
    void theOtherDistrictsAreCheckedAndTheRunEndsWithTheRuleFaultCode() throws IOException {
        List<DistrictReport> reports = new ArrayList<>();
        RunOutcome outcome = run(reports);

        assertThat(reports).extracting(DistrictReport::code).containsExactly("320583", "320584", "320585", "320586", "320587");
        assertThat(reports.get(2).verdict()).isEqualTo(Verdict.PASS);
        assertThat(reports.get(2).findings()).extracting(Finding::getStatus).containsOnly(Status.PASS);
        assertThat(outcome.ruleFaults()).isEqualTo(4);
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.RULE_FAULT);
    }

    @Test
    void bothReportFormatsShowTheRuleError() throws IOException {
        Path file = Files.writeString(dir.resolve("faults.xml"), SUBMISSION.strip(), StandardCharsets.UTF_8);
        StringWriter text = new StringWriter();
        new CheckRun(new DistrictChecker(rules)).run(List.of(file),
                Formats.byName("text").open(text, RunInfo.of(rules), RenderOptions.plain(RenderOptions.Lang.ZH)));
        assertThat(text.toString()).contains("规则运行出错", "T.1", "/ by zero", "4 个区县遇到规则出错");

        StringWriter json = new StringWriter();
        new CheckRun(new DistrictChecker(rules)).run(List.of(file),
                Formats.byName("json").open(json, RunInfo.of(rules), RenderOptions.plain(RenderOptions.Lang.EN)));
        assertThat(json.toString()).contains("\"status\" : \"ERROR\"", "\"verdict\" : \"ERROR\"", "\"ruleFaults\" : 4");
    }

    private RunOutcome run(List<DistrictReport> reports) throws IOException {
        Path file = Files.writeString(dir.resolve("faults.xml"), SUBMISSION.strip(), StandardCharsets.UTF_8);
        return new CheckRun(new DistrictChecker(rules)).run(List.of(file), new educheck.checker.report.ReportStream() {
            @Override
            public void district(DistrictReport district) {
                reports.add(district);
            }

            @Override
            public void finish(RunOutcome outcome) {
            }
        });
    }
}
