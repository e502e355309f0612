package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a policy officer does with nothing but the rule files and the command, run through the real command on
 * real files: export the rules, raise MoE-2017's primary teachers-above-degree standard from 4.2 to 4.5, validate,
 * test, and check with the edited rules; and what a DRL syntax error does. The edited folder is compiled once
 * and shared by the tests (a compile costs seconds).
 */
class PolicyOfficerWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path edited;
    private static Path broken;
    private static Path submission;

    @BeforeAll
    static void exportAndRaiseTheStandard() throws IOException {
        edited = dir.resolve("rules");
        CommandRun export = CommandRun.of("rules", "export", edited);
        assertThat(export.exit()).as(export.toString()).isZero();
        Path drl = edited.resolve("CN/compulsory-resources.drl");
        String text = Files.readString(drl);
        String primary = text.substring(text.indexOf("rule \"CN.CE.RES.1 primary\""));
        primary = primary.substring(0, primary.indexOf("\nend") + 4);
        assertThat(primary).contains("@required(4.2)");
        Files.writeString(drl, text.replace(primary, primary.replace("@required(4.2)", "@required(4.5)")));

        broken = dir.resolve("broken");
        assertThat(CommandRun.of("rules", "export", broken).exit()).isZero();
        Path brokenDrl = broken.resolve("CN/compulsory-resources.drl");
        Files.writeString(brokenDrl, Files.readString(brokenDrl).replace("then\n    report(kcontext, check(kcontext, $s.getSubject(), "
                + "$s.getTeachersAboveDegreePer100()));", "thn\n    report(kcontext, check(kcontext, $s.getSubject(), "
                + "$s.getTeachersAboveDegreePer100()));"));

        submission = dir.resolve("schools.xml");
        try (InputStream in = PolicyOfficerWorkflowTest.class.getResourceAsStream("schools-at-4.1-and-4.3.xml")) {
            Files.copy(in, submission);
        }
    }

    @Test
    void exportWritesTheKmoduleTheRulesAndTheirFixtures() {
        assertThat(edited.resolve("META-INF/kmodule.xml")).isRegularFile();
        assertThat(edited.resolve("CN/verdicts.drl")).isRegularFile();
        assertThat(edited.resolve("CN/fixtures/teachers-above-degree-primary.expected")).isRegularFile();
    }

    @Test
    void exportRefusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
        Path target = dir.resolve("occupied");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "mine");

        CommandRun refused = CommandRun.of("rules", "export", target);
        CommandRun forced = CommandRun.of("rules", "export", target, "--force");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(target + " is not empty").contains("--force");
        assertThat(forced.exit()).as(forced.toString()).isZero();
        assertThat(target.resolve("CN/compulsory-resources.drl")).isRegularFile();
        assertThat(target.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void validatePassesAfterTheStandardIsRaised() {
        CommandRun run = CommandRun.of("rules", "validate", edited);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("OK: \\d+ rules in \\d+ rule sets");
    }

    @Test
    void testShowsTheFixturesThatNowDisagreeAsExpectedAgainstGot() {
        CommandRun run = CommandRun.of("rules", "test", edited);

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL  CN/fixtures/teachers-above-degree-primary.xml")
                .contains("CN/fixtures/teachers-above-degree-primary.expected:5: expected CN.CE.RES.1 S43/PRIMARY PASS 4.3,"
                        + " got FAIL 4.3")
                .containsPattern("\\d+ passed, [1-9]\\d* failed")
                .containsPattern("coverage: (\\d+ of \\d+ rules exercised|every rule \\(\\d+\\) is exercised)");
    }

    @Test
    void testOfTheBundledRulesPasses() {
        CommandRun run = CommandRun.of("rules", "test");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("[1-9]\\d* passed, 0 failed");
    }

    @Test
    void checkWithTheEditedRulesFailsTheSchoolAt43() throws IOException {
        CommandRun bundled = CommandRun.of("check", submission, "--format", "json");
        CommandRun changed = CommandRun.of("check", submission, "--format", "json", "--rules", edited);

        assertThat(changed.exit()).as(changed.toString()).isEqualTo(1);
        JsonNode before = finding(JSON.readTree(bundled.out()), "CN.CE.RES.1", "S43/PRIMARY");
        JsonNode after = finding(JSON.readTree(changed.out()), "CN.CE.RES.1", "S43/PRIMARY");
        assertThat(before.get("status").asText()).isEqualTo("PASS");
        assertThat(after.get("status").asText()).isEqualTo("FAIL");
        assertThat(after.get("required").asDouble()).isEqualTo(4.5);
        JsonNode ruleSet = JSON.readTree(changed.out()).get("ruleSet");
        assertThat(ruleSet.get("origin").asText()).isEqualTo(edited.toAbsolutePath().normalize().toString());
        assertThat(ruleSet.get("sha256").asText()).hasSize(64)
                .isNotEqualTo(JSON.readTree(bundled.out()).get("ruleSet").get("sha256").asText());
    }

    @Test
    void listShowsTheRaisedStandardAndWhereToChangeIt() {
        CommandRun run = CommandRun.of("rules", "list", edited, "--jurisdiction", "CN");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^ID\\s+JURISDICTION\\s+BINDS\\s+FORCE\\s+SCOPE\\s+THRESHOLD\\s+DUE\\s+FILE:LINE\\s+SOURCE$")
                .containsPattern("CN\\.CE\\.RES\\.1\\s+CN\\s+district\\s+binding\\s+PRIMARY sections\\s+>= 4\\.5\\s+CN/compulsory-resources\\.drl:19\\s");
    }

    @Test
    void aSyntaxErrorStopsTheCheckWithFileAndLineAndLeavesTheReportUntouched() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "last week's report");
        Path fresh = dir.resolve("fresh.json");

        CommandRun run = CommandRun.of("check", submission, "--rules", broken, "--output", report);
        CommandRun again = CommandRun.of("check", submission, "--rules", broken, "--output", fresh);

        assertThat(run.exit()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains(broken + "/CN/compulsory-resources.drl:27:5: unexpected 'report' in rule"
                + " \"CN.CE.RES.1 primary\"");
        assertThat(report).hasContent("last week's report");
        assertThat(again.exit()).isEqualTo(3);
        assertThat(fresh).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void validateListsEachErrorAtItsLineAndExits3() {
        CommandRun run = CommandRun.of("rules", "validate", broken);

        assertThat(run.exit()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains(broken + "/CN/compulsory-resources.drl:27:5: unexpected 'report'")
                .containsPattern("\\d+ error\\(s\\): the rules do not compile");
    }

    private static JsonNode finding(JsonNode report, String id, String subject) {
        for (JsonNode f : report.get("districts").get(0).get("findings")) {
            if (f.get("id").asText().equals(id) && f.get("subject").asText().equals(subject)) {
                return f;
            }
        }
        throw new AssertionError("no " + id + " " + subject + " in " + report);
    }
}
