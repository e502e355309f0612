package educheck.checker.run;

import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.Status;
import educheck.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that never end, through the real engine: a consequence that loops for ever and a rule that re-activates
 * itself. Each costs its district an ERROR finding naming the rule; the other districts of the run are checked and
 * the run ends with the rule-fault code.
 */
class RuleBudgetTest {

    private static final String KMODULE = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">"
            + "<kbase name=\"CN\" packages=\"CN\"/></kmodule>";

    private static final String DRL = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.outcome;
            import static educheck.rules.Judge.report;

            rule "L.1 loops for ever"
                @id("L.1") @source("test 1")
            when
                $d : District( measure("spin").isPresent() )
            then
                long turns = 0;
                while (turns >= 0) {
                    turns = turns * 1;
                }
            end

            rule "L.2 re-activates itself"
                @id("L.2") @source("test 2")
            when
                $d : District( measure("again").isPresent() )
            then
                update($d);
            end

            rule "L.3 always met"
                @id("L.3") @source("test 3")
            when
                $d : District()
            then
                report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 1, "met"));
            end
            """;

    private static final String SUBMISSION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <submission xmlns="urn:educheck:submission:1" year="2024">
              <district code="320583" name="spins"><measure key="spin" value="1"/></district>
              <district code="320584" name="sound"/>
              <district code="320585" name="again"><measure key="again" value="1"/></district>
              <district code="320586" name="sound too"/>
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
        Files.writeString(root.resolve("CN/loops.drl"), DRL);
        rules = RuleSet.load(root, new RuleCompiler(null));
    }

    /** The looping consequence cannot be interrupted: stop its abandoned thread so the other tests have the core. */
    @AfterAll
    @SuppressWarnings({"deprecation", "removal"})
    static void stopAbandonedSessions() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            boolean sessionThread = t.getName().startsWith("educheck-check-") || t.getName().startsWith("educheck-session-");
            if (sessionThread && !t.getName().endsWith("watchdog") && t.getState() == Thread.State.RUNNABLE) {
                t.stop();
            }
        }
    }

    @Test
    void aRuleThatNeverEndsCostsItsDistrictAnErrorWithinTheBudgetAndTheOthersAreChecked() throws Exception {
        List<DistrictReport> reports = new ArrayList<>();
        long start = System.nanoTime();
        RunOutcome outcome = run(new DistrictChecker(rules).withBudget(RuleBudget.seconds(1)), reports);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(reports).extracting(DistrictReport::code).containsExactly("320583", "320584", "320585", "320586");
        Finding spun = theErrorOf(reports.get(0), "L.1");
        assertThat(spun.getMessage()).contains("rule \"L.1 loops for ever\" was still running", "district 320583",
                "time budget of 1 s", "a loop in its consequence");
        assertThat(spun.getRule()).isEqualTo("CN/loops.drl");
        assertThat(reports.get(1).verdict()).isNotEqualTo(Verdict.ERROR);
        assertThat(reports.get(1).findings()).extracting(Finding::getId).contains("L.3");
        assertThat(reports.get(3).findings()).extracting(Finding::getId).contains("L.3");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.RULE_FAULT);
        // The budget is per district: one over it, and the run ends soon after, not when the loop does.
        assertThat(seconds).isLessThan(30);
    }

    @Test
    void withOneWorkerTheThreadLeftToTheLoopIsReplacedAndTheDistrictsAfterItAreChecked() throws Exception {
        List<DistrictReport> reports = new ArrayList<>();
        RunOutcome outcome = run(new DistrictChecker(rules).withBudget(RuleBudget.seconds(0.5)), reports, SUBMISSION, 1);

        assertThat(reports).extracting(DistrictReport::code).containsExactly("320583", "320584", "320585", "320586");
        assertThat(theErrorOf(reports.get(0), "L.1").getMessage()).contains("was still running", "time budget of 0.5 s");
        assertThat(reports.get(1).findings()).extracting(Finding::getId).contains("L.3");
        assertThat(reports.get(3).findings()).extracting(Finding::getId).contains("L.3");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.RULE_FAULT);
    }

    @Test
    void aSessionRunFromAThreadOfItsOwnIsHandedToASessionThreadAndStoppedThereToo() throws Exception {
        DistrictChecker checker = new DistrictChecker(rules).withBudget(RuleBudget.seconds(0.5));
        Path file = Files.writeString(dir.resolve("spins.xml"), SUBMISSION.strip(), StandardCharsets.UTF_8);
        educheck.model.District spinning = new educheck.model.io.SubmissionReader().readAll(file, new ArrayList<>()).get(0).district();

        DistrictReport report = checker.check(file, spinning);

        assertThat(theErrorOf(report, "L.1").getMessage()).contains("was still running", "district 320583");
    }

    @Test
    void aRuleThatReActivatesItselfIsStoppedByTheFiringBound() throws Exception {
        List<DistrictReport> reports = new ArrayList<>();
        RuleBudget budget = RuleBudget.DEFAULT.withTime(Duration.ofSeconds(60)).withFirings(20_000);
        // Without the looping district, whose time budget would be the whole minute.
        RunOutcome outcome = run(new DistrictChecker(rules).withBudget(budget), reports, SUBMISSION.replace("spin", "no-spin"));

        assertThat(reports.get(0).verdict()).isNotEqualTo(Verdict.ERROR);
        Finding again = theErrorOf(reports.get(2), "L.2");
        assertThat(again.getMessage()).contains("rule \"L.2 re-activates itself\"", "20,000 rule firings", "district 320585",
                "re-activates itself without end");
        assertThat(reports.get(3).findings()).extracting(Finding::getId).contains("L.3");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.RULE_FAULT);
    }

    @Test
    void withTheDefaultBoundTheSelfReActivatingRuleEndsInAnErrorTooNotAHang() throws Exception {
        List<DistrictReport> reports = new ArrayList<>();
        run(new DistrictChecker(rules).withBudget(RuleBudget.seconds(5)), reports);

        // Whichever runs out first, the firings or the time, the rule is named.
        assertThat(theErrorOf(reports.get(2), "L.2").getMessage()).contains("L.2 re-activates itself");
    }

    private static Finding theErrorOf(DistrictReport district, String id) {
        assertThat(district.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(district.findings()).hasSize(1);
        Finding f = district.findings().get(0);
        assertThat(f.getStatus()).isEqualTo(Status.ERROR);
        assertThat(f.getId()).isEqualTo(id);
        return f;
    }

    private static RunOutcome run(DistrictChecker checker, List<DistrictReport> reports) throws Exception {
        return run(checker, reports, SUBMISSION);
    }

    private static RunOutcome run(DistrictChecker checker, List<DistrictReport> reports, String submission) throws Exception {
        return run(checker, reports, submission, 2);
    }

    private static RunOutcome run(DistrictChecker checker, List<DistrictReport> reports, String submission, int workers)
            throws Exception {
        Path file = Files.writeString(dir.resolve("loops.xml"), submission.strip(), StandardCharsets.UTF_8);
        return new CheckRun(checker, workers).run(List.of(file), new ReportStream() {
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
