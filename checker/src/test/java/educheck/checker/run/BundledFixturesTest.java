package educheck.checker.run;

import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import educheck.model.Force;
import educheck.rules.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled rules tested the way policy staff test theirs: every fixture submission through the real
 * precompiled rule set, compared with its expected findings. One test per fixture.
 */
class BundledFixturesTest {

    private static RuleSet rules;
    private static FixtureRunner runner;

    @BeforeAll
    static void load() throws RuleSetException {
        rules = RuleSet.bundled();
        runner = new FixtureRunner(new DistrictChecker(rules));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureProducesItsExpectedFindings() {
        List<String> fixtures = FixtureRunner.fixtures(rules.files());
        assertThat(fixtures).isNotEmpty();
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture, () -> {
            FixtureResult result = runner.run(fixture);
            assertThat(result.failures()).as(fixture).isEmpty();
            assertThat(result.checked()).as(fixture).isPositive();
        }));
    }

    /**
     * Each rule is shown both passing and falling short by some fixture, or it is not really tested: short is FAIL
     * or WARN for a binding target, SHORT_OF_AIM or WARN for an aspiration. A standard's verdict rule is shown
     * passing and not passing. The exceptions report figures for information (INFO) alone: a baseline (judged
     * nowhere) and a rule with no standard.
     */
    @Test
    void everyRuleHasAPassingAndAFailingFixture() {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (FixtureResult r : runner.runAll()) {
            r.outcomes().forEach((rule, statuses) -> seen.computeIfAbsent(rule, k -> new TreeSet<>()).addAll(statuses));
        }
        Set<String> untested = new TreeSet<>();
        for (RuleInfo rule : rules.index().rules()) {
            Set<String> statuses = seen.getOrDefault(rule.pkg() + "/" + rule.name(), Set.of());
            // A baseline, or a rule with no standard that only reports a figure for information, neither passes nor fails.
            boolean informational = statuses.equals(Set.of("INFO")) && (rule.metadata().force() == Force.BASELINE
                    || !rule.metadata().has(RuleMetadata.REQUIRED));
            boolean verdictRule = rule.id() == null;
            boolean shown = verdictRule ? statuses.contains("PASS") && statuses.size() > 1
                    : statuses.contains("PASS") && (statuses.contains("FAIL") || statuses.contains("WARN")
                    || statuses.contains("SHORT_OF_AIM"));
            if (!informational && !shown) {
                untested.add(rule.location() + " " + rule.name() + " " + statuses);
            }
        }
        assertThat(untested).isEmpty();
    }
}
