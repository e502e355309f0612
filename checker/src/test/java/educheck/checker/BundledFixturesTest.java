package educheck.checker;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.fixtures.FixtureResult;
import educheck.checker.fixtures.FixtureRunner;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
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
}
