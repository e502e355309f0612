package educheck.checker.run;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import educheck.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over many files on several threads reports exactly what a one-thread run does, in the same order. */
class CheckRunTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static DistrictChecker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() throws RuleSetException {
        checker = new DistrictChecker(RuleSet.bundled());
    }

    @Test
    void manyThreadsGiveTheSameReportsInTheSameOrderAsOne() throws IOException {
        List<Path> files = List.of(
                copies("a.xml", "passing-320583-kunshan.xml", 320501, 6),
                copies("b.xml", "failing-430626-pingjiang.xml", 430601, 5),
                copies("c.xml", "incomplete-520324-zhengan.xml", 520301, 4));

        Recorded one = run(files, 1);
        Recorded four = run(files, 4);

        assertThat(one.codes).hasSize(15).startsWith("320501", "320502").endsWith("520304");
        assertThat(four.codes).isEqualTo(one.codes);
        assertThat(four.verdicts).isEqualTo(one.verdicts);
        assertThat(four.findings).isEqualTo(one.findings);
        assertThat(four.outcome.verdicts()).containsEntry(Verdict.PASS, 6).containsEntry(Verdict.FAIL, 5)
                .containsEntry(Verdict.INCOMPLETE, 4);
    }

    @Test
    void aDistrictInTwoFilesIsCheckedOnceFromTheFirstFile() throws IOException {
        Path first = copies("first.xml", "passing-320583-kunshan.xml", 320501, 3);
        Path second = copies("second.xml", "passing-320583-kunshan.xml", 320503, 3);

        Recorded r = run(List.of(first, second), 3);

        assertThat(r.codes).containsExactly("320501", "320502", "320503", "320504", "320505");
        assertThat(r.outcome.inputErrors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(second);
            assertThat(e.message()).contains("320503").contains("already read from " + first);
        });
        assertThat(r.outcome.exitCode()).isEqualTo(2);
    }

    @Test
    void aBadDistrictAndABadFileAreInputErrorsAndTheOthersAreStillChecked() throws IOException {
        Path good = copies("good.xml", "passing-320583-kunshan.xml", 320501, 4);
        String text = Files.readString(good, StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.xml"),
                text.replaceFirst("students=\"\\d+\"", "students=\"-3\""));
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\"><district");

        Recorded r = run(List.of(bad, broken), 2);

        assertThat(r.codes).containsExactly("320502", "320503", "320504");
        assertThat(r.outcome.inputErrors()).extracting(e -> e.file().getFileName().toString())
                .containsExactly("bad.xml", "broken.xml");
    }

    /** {@code n} copies of a sample's district, numbered from {@code firstCode}, in one file. */
    private Path copies(String name, String sample, int firstCode, int n) throws IOException {
        String text = Files.readString(SAMPLES.resolve(sample), StandardCharsets.UTF_8);
        int start = text.indexOf("<district ");
        int end = text.indexOf("</district>") + "</district>".length();
        String district = text.substring(start, end);
        StringBuilder out = new StringBuilder(text.substring(0, start));
        for (int i = 0; i < n; i++) {
            out.append(district.replaceFirst("code=\"\\d{6}\"", "code=\"" + (firstCode + i) + "\"")).append('\n');
        }
        out.append(text.substring(end));
        return Files.writeString(dir.resolve(name), out, StandardCharsets.UTF_8);
    }

    private static Recorded run(List<Path> files, int threads) throws IOException {
        Recorded r = new Recorded();
        r.outcome = new CheckRun(checker, threads).run(files, r);
        return r;
    }

    private static final class Recorded implements ReportStream {
        final List<String> codes = new ArrayList<>();
        final List<Verdict> verdicts = new ArrayList<>();
        final List<String> findings = new ArrayList<>();
        RunOutcome outcome;

        @Override
        public void district(DistrictReport d) {
            codes.add(d.code());
            verdicts.add(d.verdict());
            d.findings().forEach(f -> findings.add(d.code() + " " + f.getId() + " " + f.getSubject() + " " + f.getStatus() + " " + f.getActual()));
        }

        @Override
        public void finish(RunOutcome o) {
        }
    }
}
