package educheck.checker.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.checker.load.RuleInfo;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change typed in the catalogue's form lands in the rule's header and nowhere else, and reads back as the change. */
class RuleEditTest {

    private static final String FILE = "CN-31/compulsory.drl";
    private static final String DRL = RuleFiles.bundled().text(FILE);

    private static RuleInfo rule(String drl, String name) {
        Map<String, byte[]> files = new HashMap<>(RuleFiles.bundled().all());
        files.put(FILE, drl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return RuleIndex.of(RuleFiles.of(files, "test")).find("CN_31", name);
    }

    @Test
    void raisingAThresholdRewritesOnlyThatRulesRequired() throws Exception {
        String edited = new RuleEdit("0.995", null, null).applyTo(DRL, "SH.CE.2 disabled children");
        assertThat(rule(edited, "SH.CE.2 disabled children").metadata().text("required")).isEqualTo("0.995");
        assertThat(RuleDiff.lines(DRL, edited)).filteredOn(l -> l.kind() != ' ').extracting(RuleDiff.Line::text)
                .containsExactly("    @required(0.99)", "    @required(0.995)");
        assertThat(rule(edited, "SH.CE.3 primary PE lessons").metadata().text("required")).isEqualTo("5");
    }

    @Test
    void aDueYearAndAComparatorAreAddedBesideTheThresholdAndADueYearRemovedWhenEmptied() throws Exception {
        String edited = new RuleEdit(null, "<=", "2027").applyTo(DRL, "SH.CE.2 disabled children");
        RuleInfo r = rule(edited, "SH.CE.2 disabled children");
        assertThat(r.metadata().comparator()).isEqualTo("<=");
        assertThat(r.metadata().due()).isEqualTo(2027);
        assertThat(edited).contains("@required(0.99) @due(2027) @comparator(\"<=\")");
        String back = new RuleEdit(null, ">=", "").applyTo(edited, "SH.CE.2 disabled children");
        assertThat(rule(back, "SH.CE.2 disabled children").metadata().due()).isNull();
        assertThat(rule(back, "SH.CE.2 disabled children").metadata().comparator()).isEqualTo(">=");
        // The form shows @required(1.0) as 1: sent back unchanged, it keeps its spelling.
        String moved = new RuleEdit("1", ">=", "2026").applyTo(DRL, "SH.CE.1 all districts recognised");
        assertThat(rule(moved, "SH.CE.1 all districts recognised").metadata().due()).isEqualTo(2026);
        assertThat(moved).contains("@required(1.0) @due(2026)").doesNotContain("@due(2025) @due");
    }

    @Test
    void valuesThatCannotGoIntoARuleAreRefusedInWords() {
        assertThatThrownBy(() -> new RuleEdit("0,9", null, null).applyTo(DRL, "SH.CE.2 disabled children"))
                .hasMessage("threshold '0,9' is not a number such as 0.90 or 5");
        assertThatThrownBy(() -> new RuleEdit(null, "=>", null).applyTo(DRL, "SH.CE.2 disabled children"))
                .hasMessage("comparator '=>' is not one of >=, <=, >, <, ==");
        assertThatThrownBy(() -> new RuleEdit(null, null, "27").applyTo(DRL, "SH.CE.2 disabled children"))
                .hasMessageStartingWith("due year '27' is not a year such as 2027");
        assertThatThrownBy(() -> new RuleEdit("1", null, null).applyTo(DRL, "SH.CE.1 district's part"))
                .hasMessageStartingWith("this rule states no single threshold (@required)");
        assertThatThrownBy(() -> new RuleEdit("1", null, null).applyTo(DRL, "no such rule"))
                .hasMessage("the rule \"no such rule\" is not in this file");
    }
}
