package educheck.checker.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.load.RuleFiles;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reviewer sees the lines that changed with their numbers, and the standards that changed in words. */
class RuleDiffTest {

    @Test
    void aLineDiffKeepsOnlyTheChangesAndTheirContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\ni\nj\n";
        assertThat(RuleDiff.lines(before, after)).extracting(l -> l.kind() + l.text() + "@" + l.oldLine() + "/" + l.newLine())
                .containsExactly(" b@2/2", " c@3/3", " d@4/4", "-e@5/0", "+E@0/5", " f@6/6", " g@7/7", " h@8/8",
                        " i@9/9", "+j@0/10", " @10/11");
    }

    @Test
    void theThresholdsAndDueYearsThatChangedAreListed() throws Exception {
        RuleFiles bundled = RuleFiles.bundled();
        String file = "CN-31/compulsory.drl";
        String edited = new RuleEdit("0.995", null, "2026").applyTo(bundled.text(file), "SH.CE.2 disabled children");
        Map<String, byte[]> files = new HashMap<>(bundled.all());
        files.put(file, edited.getBytes(StandardCharsets.UTF_8));
        files.put("CN-31/fixtures/new.expected", "SH.CE.2 310101 FAIL\n".getBytes(StandardCharsets.UTF_8));
        RuleDiff diff = RuleDiff.between(bundled, RuleFiles.of(files, "draft"));
        assertThat(diff.files()).extracting(RuleDiff.FileDiff::path).containsExactly(file, "CN-31/fixtures/new.expected");
        assertThat(diff.files().get(1).added()).isTrue();
        assertThat(diff.standards()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("SH.CE.2");
            assertThat(s.describe()).isEqualTo(">= 0.99 → >= 0.995; due now → 2026");
        });
    }
}
