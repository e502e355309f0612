package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jinhua's "myopia falls by a point a year" (JH.1) needs last year's rate: from the file's {@code <previous>} when
 * it gives one, else from the archive's record of last year, and the finding then says which run it came from.
 */
class LastYearFromArchiveTest {

    private static RuleSet rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws RuleSetException {
        rules = RuleSet.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void lastYearsFigureComesFromTheArchiveWhenTheFileHasNone(String kind) throws Exception {
        Path y2019 = submission("2019.xml", 2019, """
                <district code="330783" name="东阳市"><measure key="myopiaRate" value="0.60"/></district>
                <district code="330784" name="永康市"><measure key="myopiaRate" value="0.50"/></district>""");
        Path y2020 = submission("2020.xml", 2020, """
                <district code="330783" name="东阳市"><measure key="myopiaRate" value="0.515"/>
                  <previous year="2019"><measure key="myopiaRate" value="0.520"/></previous></district>
                <district code="330784" name="永康市"><measure key="myopiaRate" value="0.49"/></district>
                <district code="330785" name="武义县"><measure key="myopiaRate" value="0.49"/></district>""");
        try (Archive archive = Archive.open(Archives.fresh(kind, dir))) {
            long run2019;
            try (RunRecorder recorder = archive.record(RunInfo.of(rules), List.of(y2019))) {
                new CheckRun(new DistrictChecker(rules), 1).run(List.of(y2019), recorder);
                recorder.commit();
                run2019 = recorder.runId();
            }
            Map<String, Finding> jh1 = jh1(new DistrictChecker(rules).withLastYear(archive.lastYearFigures()), y2020);

            // JH.1 is Jinhua's figure: each district's change is its part (INFO), made from last year's figure.
            // The file's 0.520 wins over the archive's 0.60: −0.5 points.
            assertThat(jh1.get("330783").getActual()).isEqualTo(-0.005);
            assertThat(jh1.get("330783").getMessage()).doesNotContain("archive");
            // No <previous>: last year's 0.50 from the archive, −1 point; the finding names the run.
            assertThat(jh1.get("330784").getActual()).isEqualTo(-0.01);
            assertThat(jh1.get("330784").getMessage()).contains("[last year's 2019 figure from archive run " + run2019 + " of ");
            // Neither the file nor the archive has 2019: nothing to add, as without an archive.
            assertThat(jh1.get("330785").getActual()).isNull();
            assertThat(jh1.get("330785").getMessage()).contains("last year's myopiaRate not reported");
            assertThat(jh1.values()).allSatisfy(f -> assertThat(f.getStatus()).isEqualTo(Status.INFO));
        }
    }

    private Map<String, Finding> jh1(DistrictChecker checker, Path file) throws IOException {
        Map<String, Finding> found = new LinkedHashMap<>();
        new CheckRun(checker, 1).run(List.of(file), new ReportStream() {
            @Override
            public void district(DistrictReport d) {
                d.findings().stream().filter(f -> f.getId().equals("JH.1")).forEach(f -> found.put(d.code(), f));
            }

            @Override
            public void finish(RunOutcome outcome) {
                assertThat(outcome.inputErrors()).isEmpty();
            }
        });
        return found;
    }

    private Path submission(String name, int year, String districts) throws IOException {
        return Files.writeString(dir.resolve(name), "<submission xmlns=\"urn:educheck:submission:1\" year=\"" + year + "\">\n"
                + districts + "\n</submission>\n");
    }
}
