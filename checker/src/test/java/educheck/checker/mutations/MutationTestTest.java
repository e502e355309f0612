package educheck.checker.mutations;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import educheck.rules.Mutant;
import educheck.rules.RuleMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation test through the real engine and real fixtures: a small rules folder whose fixtures sit on the line,
 * one step beside it and in the year before the due year kills every mutant of its rules; the same rules with
 * fixtures far from the line let the threshold, comparator and due-year mutants live, each named at its line. If
 * the runner stopped reading the rules otherwise, the first would show survivors; if it stopped running the
 * fixtures against them, the second would show none.
 */
class MutationTestTest {

    private static final String KMODULE = """
            <kmodule xmlns="http://www.drools.org/xsd/kmodule">
              <kbase name="CN" packages="CN"/>
            </kmodule>
            """;

    /** Line 9: T.1's @required and @due; line 10: its force; line 23: the NOT_ASSESSED that T.2 writes. */
    private static final String DRL = """
            package CN;

            import educheck.model.*;
            import static educheck.rules.Judge.check;
            import static educheck.rules.Judge.outcome;
            import static educheck.rules.Judge.report;

            rule "T.1 enrolment"
                @id("T.1") @source("test：确保入学率达到80%") @required(0.80) @due(2022)
                @binds("district") @force("binding")
            when
                $d : District()
            then
                report(kcontext, check(kcontext, $d.getCode(), $d.getDisabledEnrollmentRate()));
            end

            rule "T.2 vetoes"
                @id("T.2") @source("test：一票否决") @binds("district") @force("binding")
            when
                $d : District()
            then
                if ($d.getVetoes() == null) {
                    report(kcontext, outcome(kcontext, $d.getCode(), Status.NOT_ASSESSED, null, "not reported"));
                } else if ($d.getVetoes().isEmpty()) {
                    report(kcontext, outcome(kcontext, $d.getCode(), Status.PASS, 0, "none"));
                } else {
                    report(kcontext, outcome(kcontext, $d.getCode(), Status.FAIL, $d.getVetoes().size(), "vetoed"));
                }
            end

            rule "T.3 baseline"
                @id("T.3") @source("test：已实现") @binds("district") @force("baseline")
            when
                $d : District()
            then
                report(kcontext, outcome(kcontext, $d.getCode() + "/baseline", Status.INFO, 1, "reported as done"));
            end
            """;

    /** On the line, one step under it, no data, and the year before it is due. */
    private static final String EDGES = """
            <submission xmlns="urn:educheck:submission:1" year="2022">
              <district code="320501" name="甲区"><disabledEnrollmentRate>0.80</disabledEnrollmentRate><vetoes/></district>
              <district code="320502" name="乙区"><disabledEnrollmentRate>0.79</disabledEnrollmentRate>
                <vetoes><veto kind="KEY_CLASSES">重点班</veto></vetoes></district>
              <district code="320503" name="丙区"/>
            </submission>
            """;
    private static final String EDGES_EXPECTED = """
            district 320501
            T.1  320501  PASS  0.8
            T.2  320501  PASS
            district 320502
            T.1  320502  FAIL  0.79
            T.2  320502  FAIL
            district 320503
            T.2  320503  NOT_ASSESSED
            """;
    private static final String EARLY = """
            <submission xmlns="urn:educheck:submission:1" year="2021">
              <district code="320504" name="丁区"><disabledEnrollmentRate>0.79</disabledEnrollmentRate></district>
            </submission>
            """;

    /** Far from the line on both sides, in the year it is due; vetoes reported both ways, never left out. */
    private static final String FAR = """
            <submission xmlns="urn:educheck:submission:1" year="2022">
              <district code="320501" name="甲区"><disabledEnrollmentRate>0.90</disabledEnrollmentRate><vetoes/></district>
              <district code="320502" name="乙区"><disabledEnrollmentRate>0.70</disabledEnrollmentRate>
                <vetoes><veto kind="KEY_CLASSES">重点班</veto></vetoes></district>
            </submission>
            """;
    private static final String FAR_EXPECTED = """
            district 320501
            T.1  320501  PASS  0.9
            T.2  320501  PASS
            district 320502
            T.1  320502  FAIL  0.7
            T.2  320502  FAIL
            """;

    @TempDir
    static Path cache;

    private static RuleCompiler compiler;

    @BeforeAll
    static void compiler() {
        // One compile for every fixture set: compiled rules are kept by their DRL alone.
        compiler = new RuleCompiler(cache);
    }

    private static RuleSet rules(Map<String, String> fixtures) throws RuleSetException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(RuleFiles.KMODULE, KMODULE.getBytes(StandardCharsets.UTF_8));
        files.put("CN/t.drl", DRL.getBytes(StandardCharsets.UTF_8));
        fixtures.forEach((path, text) -> files.put("CN/fixtures/" + path, text.getBytes(StandardCharsets.UTF_8)));
        return RuleSet.load(RuleFiles.of(files, "test"), compiler);
    }

    private static MutationReport mutate(RuleSet rules) {
        return new MutationTest(new DistrictChecker(rules), 2).run(RuleMutants.of(rules));
    }

    @Test
    void fixturesOnTheLineOneStepUnderAndBeforeTheDueYearKillEveryMutant() throws RuleSetException {
        MutationReport report = mutate(rules(Map.of("edges.xml", EDGES, "edges.expected", EDGES_EXPECTED,
                "early.xml", EARLY, "early.expected", "T.1  320504  WARN  0.79\n")));

        assertThat(report.ran()).isTrue();
        assertThat(report.outcomes()).extracting(o -> o.mutant().change()).containsExactlyInAnyOrder(
                "@required(0.80) → 0.81", "@required(0.80) → 0.79", "@comparator(\">=\") → \">\"", "@due(2022) → 2021",
                "@due(2022) → 2023", "@force(\"binding\") → \"aspiration\"",
                "@force(\"binding\") → \"aspiration\"", "Status.NOT_ASSESSED → Status.PASS", "Status.PASS → Status.FAIL",
                "Status.FAIL → Status.PASS");
        assertThat(report.survivors()).isEmpty();
        assertThat(report.killed()).isEqualTo(report.made()).isEqualTo(10);
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.failure()).contains("expected"));
    }

    @Test
    void fixturesFarFromTheLineLeaveItsNumberComparatorAndDueYearUnpinnedAndSaySoAtTheirLines() throws RuleSetException {
        MutationReport report = mutate(rules(Map.of("far.xml", FAR, "far.expected", FAR_EXPECTED)));

        assertThat(report.survivors()).extracting(o -> o.mutant().location() + " " + o.mutant().rule().id() + " "
                + o.mutant().change()).containsExactlyInAnyOrder(
                "CN/t.drl:9 T.1 @required(0.80) → 0.81",
                "CN/t.drl:9 T.1 @required(0.80) → 0.79",
                "CN/t.drl:9 T.1 @comparator(\">=\") → \">\"",
                "CN/t.drl:9 T.1 @due(2022) → 2021",
                "CN/t.drl:23 T.2 Status.NOT_ASSESSED → Status.PASS");
        // A year late turns the 0.70 into WARN, binding read as an aim turns it into SHORT_OF_AIM: both noticed.
        assertThat(report.killed()).isEqualTo(5);
        assertThat(report.survivors()).allSatisfy(o -> assertThat(o.ran()).isEqualTo(1));
    }

    @Test
    void noMutantIsRunWhileAFixtureFailsWithTheRulesAsWritten() throws RuleSetException {
        MutationReport report = mutate(rules(Map.of("far.xml", FAR, "far.expected", FAR_EXPECTED.replace("PASS  0.9", "FAIL  0.9"))));

        assertThat(report.ran()).isFalse();
        assertThat(report.failing()).extracting(FixtureResult::fixture).containsExactly("CN/fixtures/far.xml");
        assertThat(report.outcomes()).isEmpty();
    }

    /** The example: SH.CE.2's 0.99 read as 0.995, caught by the city exactly at 99 %. */
    @Test
    void shanghaisDisabledEnrolmentRaisedHalfAPointFailsTheCityAtItsLine() throws RuleSetException {
        RuleSet bundled = RuleSet.bundled();
        Mutant raised = Mutant.metadata("CN_31", "SH.CE.2 disabled children", RuleMetadata.REQUIRED, 0.995);

        FixtureResult written = new FixtureRunner(new DistrictChecker(bundled)).run("CN-31/fixtures/sh-city-2025-met.xml");
        FixtureResult mutated = new FixtureRunner(new DistrictChecker(bundled).withMutant(raised)).run("CN-31/fixtures/sh-city-2025-met.xml");

        assertThat(written.passed()).isTrue();
        assertThat(mutated.failures()).singleElement().asString()
                .contains("expected rollup SH.CE.2 31 PASS 0.99, got FAIL 0.99");
    }
}
