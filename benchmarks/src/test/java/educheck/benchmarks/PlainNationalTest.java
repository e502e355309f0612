package educheck.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.checker.load.CountyTable;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.report.DistrictReport;
import educheck.generator.Generator;
import educheck.model.io.DistrictInput;
import educheck.model.io.SubmissionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test of the harness: the plain-Java evaluator agrees with educheck, finding by finding, on real data. */
class PlainNationalTest {

    @TempDir
    Path dir;

    @Test
    void agreesWithEducheckOnEveryDistrictOfAGeneratedSample() throws Exception {
        Generator.Summary data = new Generator(11, 2024, CountyTable.of(RuleFiles.bundled()).under("")).write(40, dir.resolve("d"));
        DistrictChecker checker = new DistrictChecker(RuleSet.bundled());

        EngineVsPlain.Result r = new EngineVsPlain(checker).run(data.files(), 5);

        assertThat(r.districts()).isEqualTo(35);
        assertThat(r.findings()).isGreaterThan(35 * 300L);
        assertThat(r.educheckCpuSeconds()).isPositive();
        assertThat(r.rulesCpuSeconds()).isPositive();
        assertThat(r.plainCpuSeconds()).isPositive();
    }

    @Test
    void theSamplesAgreeToo() throws Exception {
        DistrictChecker checker = new DistrictChecker(RuleSet.bundled());
        for (String sample : List.of("passing-320583-kunshan.xml", "failing-430626-pingjiang.xml", "incomplete-520324-zhengan.xml")) {
            Path file = Path.of("..", "samples", sample);
            for (DistrictInput in : new SubmissionReader().readAll(file, new ArrayList<>())) {
                EngineVsPlain.agree(in.code(), checker.check(file, in.district()), PlainNational.evaluate(in.district()));
            }
        }
    }

    @Test
    void aDisagreementStopsTheComparison() throws Exception {
        Path file = Path.of("..", "samples", "failing-430626-pingjiang.xml");
        DistrictInput in = new SubmissionReader().readAll(file, new ArrayList<>()).get(0);
        DistrictReport report = new DistrictChecker(RuleSet.bundled()).check(file, in.district());
        PlainNational.Result plain = PlainNational.evaluate(in.district());
        PlainNational.Result wrong = new PlainNational.Result(plain.findings().subList(1, plain.findings().size()),
                educheck.model.Verdict.PASS, plain.moe2020());

        assertThatThrownBy(() -> EngineVsPlain.agree(in.code(), report, wrong))
                .hasMessageContaining("MoE-2017 verdict: educheck FAIL, plain Java PASS").hasMessageContaining("findings differ");
    }
}
