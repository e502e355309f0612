package educheck.cli;

import educheck.checker.drafts.RuleEdit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules whatif and rules audit through the real command, engine and an embedded archive: Xuhui archived with ten
 * schools holding exactly 4 family-education activities a year passes SH.CE.8 (at least 4); a folder raising it to
 * 5 says those findings would fail, and the audit trail lists version 1 as not reviewed.
 */
class RulesAuditAndWhatIfTest {

    @TempDir
    Path dir;

    @Test
    void theWhatIfNamesTheFindingsARaisedTargetWouldChangeAndTheAuditListsTheVersions() throws Exception {
        String archive = TestArchives.fresh("embedded", dir);
        Path xuhui = Path.of("..", "samples", "shanghai", "310104-xuhui.xml");
        CliRun checked = CliRun.of("check", xuhui.toString(), "--archive", archive).printedNoStackTrace();
        assertThat(checked.exit()).as(checked.toString()).isIn(0, 1);

        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("rules", "export", rules.toString()).exit()).isZero();
        Path drl = rules.resolve("CN-31/compulsory.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, new RuleEdit("5", null, null).applyTo(text, "SH.CE.8 family-education guidance"));
        assertThat(Files.readString(drl)).contains("@required(5)");

        CliRun whatIf = CliRun.of("rules", "whatif", rules.toString(), "--archive", archive).printedNoStackTrace();
        assertThat(whatIf.exit()).as(whatIf.toString()).isZero();
        assertThat(whatIf.out()).contains("checked again: 1 district(s), each from its latest archived run; 1 would change")
                .contains("310104 徐汇区 (2024, run 1)").containsPattern("SH\\.CE\\.8 +\\S+/family-guidance +PASS 4 → FAIL 4");

        CliRun csv = CliRun.of("rules", "audit", "--format", "csv", "--archive", archive).printedNoStackTrace();
        assertThat(csv.out()).startsWith("\uFEFFversion,proposed_by,proposed_at,approved_by,published_at,reason,document,draft,comments,rules,sha256\r\n")
                .containsPattern("(?m)^1,educheck,[^,]+,,[^,]+,the rules bundled with educheck,,,,\\d+,[0-9a-f]{64}\r?$");
        CliRun listed = CliRun.of("rules", "audit", "--archive", archive).printedNoStackTrace();
        assertThat(listed.out()).contains("1 rule set version(s)").contains("approved by: — (not reviewed)");
    }
}
