package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.report.RuleBasis;
import educheck.store.Archive;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules publish, rules versions and check --rules-version through the real command, the real engine and a real
 * (embedded) archive: a raised standard is refused while its fixtures disagree, published once they are fixed,
 * and judges later runs as version 2, the rules in force, while the earlier run stays version 1.
 */
class RuleVersionsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRaisedStandardIsPublishedOnlyOnceItsFixturesAgreeAndThenJudgesAsVersionTwo() throws Exception {
        String archive = TestArchives.fresh("embedded", dir);
        Path submission = dir.resolve("schools.xml");
        try (InputStream in = RuleVersionsCommandsTest.class.getResourceAsStream("schools-at-4.1-and-4.3.xml")) {
            Files.copy(in, submission);
        }
        Path raised = dir.resolve("raised");
        assertThat(CliRun.of("rules", "export", raised.toString()).exit()).isZero();
        Path drl = raised.resolve("CN/compulsory-resources.drl");
        String text = Files.readString(drl);
        String primary = text.substring(text.indexOf("rule \"CN.CE.RES.1 primary\""));
        primary = primary.substring(0, primary.indexOf("\nend") + 4);
        Files.writeString(drl, text.replace(primary, primary.replace("@required(4.2)", "@required(4.5)")));

        CliRun refused = CliRun.of("rules", "publish", raised.toString(), "--reason", "raise", "--archive", archive).printedNoStackTrace();
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.out()).contains("FAIL  CN/fixtures/teachers-above-degree-primary.xml")
                .contains("expected CN.CE.RES.1 S43/PRIMARY PASS 4.3, got FAIL 4.3").contains("not published: 2 fixture(s) fail");

        CliRun before = CliRun.of("check", submission.toString(), "--format", "json", "--archive", archive).printedNoStackTrace();
        // The sample lacks data elsewhere (INCOMPLETE, exit 1); only the school at 4.3 matters here.
        assertThat(before.exit()).as(before.toString()).isEqualTo(1);
        assertThat(JSON.readTree(before.out()).get("ruleSet").get("version").asInt()).isEqualTo(1);
        assertThat(status(before, "S43/PRIMARY")).isEqualTo("PASS");

        // The officer agrees with what the fixtures now say, and writes it down.
        replace(raised.resolve("CN/fixtures/teachers-above-degree-primary.expected"), "S42/PRIMARY   PASS     4.2", "S42/PRIMARY   FAIL     4.2",
                "S43/PRIMARY   PASS     4.3", "S43/PRIMARY   FAIL     4.3", "CN.CE.RES.8     S43/PRIMARY   PASS     7", "CN.CE.RES.8     S43/PRIMARY   PASS     6");
        replace(raised.resolve("CN/fixtures/resources-standards.expected"), "CN.CE.RES.1     PAT/PRIMARY   PASS     4.2",
                "CN.CE.RES.1     PAT/PRIMARY   FAIL     4.2", "CN.CE.RES.8     PAT/PRIMARY   PASS     7", "CN.CE.RES.8     PAT/PRIMARY   PASS     6");
        CliRun published = CliRun.of("rules", "publish", raised.toString(), "--reason", "教师学历提高到 4.5, per the circular",
                "--document", "教督〔2025〕3号", "--author", "wang", "--archive", archive).printedNoStackTrace();
        assertThat(published.exit()).as(published.toString()).isZero();
        assertThat(published.out()).contains("published rule set version 2 in archive").contains("by wang");
        CliRun again = CliRun.of("rules", "publish", raised.toString(), "--reason", "twice", "--archive", archive);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already published: these rules are version 2 (by wang");

        CliRun after = CliRun.of("check", submission.toString(), "--format", "json", "--rules-version", "2", "--archive", archive)
                .printedNoStackTrace();
        assertThat(after.exit()).as(after.toString()).isEqualTo(1);
        JsonNode ruleSet = JSON.readTree(after.out()).get("ruleSet");
        assertThat(ruleSet.get("version").asInt()).isEqualTo(2);
        assertThat(ruleSet.get("origin").asText()).isEqualTo("archive");
        assertThat(status(after, "S43/PRIMARY")).isEqualTo("FAIL");
        CliRun text1 = CliRun.of("check", submission.toString(), "--rules-version", "1", "--archive", archive).printedNoStackTrace();
        assertThat(text1.out().lines().findFirst().orElseThrow()).endsWith(" · 规则版本 1（--rules-version 指定）");
        assertThat(text1.err()).contains("judged by rule set version 1 of archive " + archive + ", as --rules-version asks"
                + " (version 2 is in force)");
        CliRun en2 = CliRun.of("check", submission.toString(), "--rules-version", "2", "--lang", "en", "--archive", archive);
        assertThat(en2.out().lines().findFirst().orElseThrow()).endsWith(" · rule set version 2 (chosen with --rules-version)");

        // Without --rules-version, the version published since is in force: it judges the next check, as it does uploads.
        CliRun inForce = CliRun.of("check", submission.toString(), "--format", "json", "--archive", archive).printedNoStackTrace();
        assertThat(inForce.exit()).as(inForce.toString()).isEqualTo(1);
        JsonNode rules = JSON.readTree(inForce.out()).get("ruleSet");
        assertThat(rules.get("version").asInt()).isEqualTo(2);
        assertThat(rules.get("why").asText()).isEqualTo("in-force");
        assertThat(status(inForce, "S43/PRIMARY")).isEqualTo("FAIL");
        assertThat(inForce.err()).contains("educheck: judged by rule set version 2, in force in archive " + archive + " (published ")
                .contains(" by wang)");
        try (Archive store = Archive.open(archive)) {
            assertThat(store.runInfo(1).version()).as("the first run keeps the version that judged it").isEqualTo(1);
            assertThat(store.runInfo(2).version()).isEqualTo(2);
            assertThat(store.runInfo(5).version()).isEqualTo(2);
            assertThat(store.runInfo(5).basis()).isEqualTo(RuleBasis.IN_FORCE);
            assertThat(store.runInfo(3).basis()).isEqualTo(RuleBasis.VERSION);
        }

        // The next change starts from the rules in force, not from the bundled rules (which would undo version 2).
        Path next = dir.resolve("next");
        CliRun exported = CliRun.of("rules", "export", next.toString(), "--archive", archive).printedNoStackTrace();
        assertThat(exported.out()).contains(" of rule set version 2, in force in archive " + archive + ", to " + next);
        assertThat(Files.readString(next.resolve("CN/compulsory-resources.drl"))).isEqualTo(Files.readString(drl));

        CliRun csv = CliRun.of("rules", "versions", "--format", "csv", "--archive", archive).printedNoStackTrace();
        assertThat(csv.out()).startsWith("\uFEFFversion,published_at,author,reason,document,rules,sha256\r\n");
        assertThat(csv.out().lines().skip(1)).hasSize(2);
        assertThat(csv.out()).containsPattern("(?m)^1,[^,]+,educheck,the rules bundled with educheck,,\\d+,[0-9a-f]{64}\r?$")
                .containsPattern("(?m)^2,[^,]+,wang,\"教师学历提高到 4.5, per the circular\",教督〔2025〕3号,\\d+,[0-9a-f]{64}\r?$");
        CliRun listed = CliRun.of("rules", "versions", "--archive", archive).printedNoStackTrace();
        assertThat(listed.out()).contains("2 rule set version(s)").contains("version 2 ").contains("by wang")
                .contains("document: 教督〔2025〕3号");
    }

    @Test
    void rulesThatDoNotCompileOrReachForFilesAreNotPublished() throws Exception {
        String archive = TestArchives.fresh("embedded", dir);
        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("rules", "export", rules.toString()).exit()).isZero();
        Path drl = rules.resolve("CN/compulsory-resources.drl");
        String original = Files.readString(drl);

        Files.writeString(drl, original.replaceFirst("\nthen\n", "\nthn\n"));
        CliRun syntax = CliRun.of("rules", "publish", rules.toString(), "--reason", "typo", "--archive", archive).printedNoStackTrace();
        assertThat(syntax.exit()).as(syntax.toString()).isEqualTo(3);
        assertThat(syntax.out()).containsPattern(rules + "/CN/compulsory-resources.drl:\\d+:\\d+: ").contains("not published");

        Files.writeString(drl, original.replaceFirst("\nthen\n", "\nthen\n    new java.io.File(\"/etc/passwd\").delete();\n"));
        CliRun file = CliRun.of("rules", "publish", rules.toString(), "--reason", "harm", "--archive", archive).printedNoStackTrace();
        assertThat(file.exit()).as(file.toString()).isEqualTo(3);
        assertThat(file.out()).containsPattern("CN/compulsory-resources.drl:\\d+(:\\d+)?: .*java\\.io\\.File").contains("not published");

        CliRun versions = CliRun.of("rules", "versions", "--archive", archive).printedNoStackTrace();
        assertThat(versions.out()).contains(": 0 rule set version(s)");
        CliRun missing = CliRun.of("check", rules.resolve("x.xml").toString(), "--rules-version", "3", "--archive", archive);
        assertThat(missing.exit()).isEqualTo(2);
    }

    /** The status of CN.CE.RES.1 for {@code subject} in a run's JSON report. */
    static String status(CliRun run, String subject) throws IOException {
        for (JsonNode d : JSON.readTree(run.out()).get("districts")) {
            for (JsonNode f : d.get("findings")) {
                if (f.get("id").asText().equals("CN.CE.RES.1") && f.get("subject").asText().equals(subject)) {
                    return f.get("status").asText();
                }
            }
        }
        throw new AssertionError("no CN.CE.RES.1 finding for " + subject);
    }

    /** Replaces each pair's first text by its second in {@code file}, each of which must be there. */
    static void replace(Path file, String... pairs) throws IOException {
        String text = Files.readString(file);
        for (int i = 0; i < pairs.length; i += 2) {
            assertThat(text).contains(pairs[i]);
            text = text.replace(pairs[i], pairs[i + 1]);
        }
        Files.writeString(file, text);
    }
}
