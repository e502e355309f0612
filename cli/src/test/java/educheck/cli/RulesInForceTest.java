package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.checker.drafts.RuleEdit;
import educheck.store.Archive;
import educheck.store.DraftReview;
import educheck.store.RuleDrafts;
import educheck.store.RuleVersions;
import educheck.store.Users;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One set of rules in force per archive, through the real command, the real engine and a real archive: an educheck
 * whose bundled rules differ from the archive's rules in force (it was upgraded) keeps judging by the version in force,
 * offers its bundled rules for review once, and judges by them only after a person with the policy role approves them;
 * history and archive diff then say that the years were judged by different rules.
 */
class RulesInForceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRL = "CN/compulsory-resources.drl";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.cli.TestArchives#kinds")
    void anUpgradeKeepsTheVersionInForceAndOffersTheBundledRulesForReview(String kind) throws Exception {
        String archive = TestArchives.fresh(kind, dir);
        Path y2024 = dir.resolve("schools-2024.xml");
        try (InputStream in = RulesInForceTest.class.getResourceAsStream("schools-at-4.1-and-4.3.xml")) {
            Files.copy(in, y2024);
        }
        Path y2025 = Files.writeString(dir.resolve("schools-2025.xml"),
                Files.readString(y2024).replace("year=\"2024\"", "year=\"2025\""), StandardCharsets.UTF_8);
        // The archive was written by an older educheck, whose bundled rules asked 4.5 teachers above degree per 100
        // primary students where this one asks 4.2: S43, at 4.3, fails under them and passes under these.
        RuleFiles older = olderBundledRules();
        String shown;
        try (Archive store = Archive.open(archive)) {
            shown = store.shown();
            store.ruleVersions().publish(older, RuleIndex.of(older).rules().size(), RuleVersions.BUNDLED_AUTHOR,
                    "the rules bundled with educheck", null);
        }

        CliRun first = CliRun.of("check", y2024.toString(), "--format", "json", "--archive", archive).printedNoStackTrace();
        assertThat(first.exit()).as(first.toString()).isEqualTo(1);
        assertThat(ruleSet(first).get("version").asInt()).as("judged by the version in force, not this educheck's rules").isEqualTo(1);
        assertThat(ruleSet(first).get("why").asText()).isEqualTo("in-force");
        assertThat(RuleVersionsCommandsTest.status(first, "S43/PRIMARY")).isEqualTo("FAIL");
        assertThat(first.err()).contains("judged by rule set version 1, in force in archive " + shown + " (the rules bundled with educheck)")
                .contains("the rules bundled with this educheck differ from version 1 in force; offered them for review as draft 1")
                .contains("until then checks keep version 1");
        try (Archive store = Archive.open(archive)) {
            assertThat(store.ruleVersions().all()).as("never a version on their own").hasSize(1);
            RuleDrafts.Draft offer = store.ruleDrafts().find(1).orElseThrow();
            assertThat(offer.author()).isEqualTo(RuleVersions.BUNDLED_AUTHOR);
            assertThat(offer.status()).isEqualTo(RuleDrafts.Status.SUBMITTED);
            assertThat(offer.baseVersion()).isEqualTo(1);
            assertThat(offer.reason()).contains("differ from version 1 in force");
            assertThat(store.ruleDrafts().ruleFiles(1).sha256()).isEqualTo(RuleFiles.bundled().sha256());
        }

        CliRun again = CliRun.of("check", y2024.toString(), "--archive", archive).printedNoStackTrace();
        assertThat(again.err()).contains("differ from version 1 in force and wait for review as draft 1");
        try (Archive store = Archive.open(archive)) {
            assertThat(store.ruleDrafts().all()).as("offered once").hasSize(1);
            // A second person reviews what the upgrade changes, as any draft: approving publishes it.
            Users users = new Users(store);
            users.put(new Users.User("li", "policy", "x"));
            RuleVersions.Version v2 = new DraftReview(store, RuleCompiler.standard(), RuleBudget.DEFAULT).approve(1, "li", "reviewed the upgrade");
            assertThat(v2.number()).isEqualTo(2);
            assertThat(v2.approver()).isEqualTo("li");
        }

        CliRun upgraded = CliRun.of("check", y2025.toString(), "--format", "json", "--archive", archive).printedNoStackTrace();
        assertThat(ruleSet(upgraded).get("version").asInt()).isEqualTo(2);
        assertThat(ruleSet(upgraded).get("origin").asText()).as("the version in force is the bundled rules, precompiled").isEqualTo("bundled");
        assertThat(RuleVersionsCommandsTest.status(upgraded, "S43/PRIMARY")).isEqualTo("PASS");
        assertThat(upgraded.err()).contains("judged by rule set version 2, in force in archive").contains(", approved by li)")
                .doesNotContain("offered").doesNotContain("wait for review");

        // The same district, the same value, another verdict: history and diff say the rules changed, not the district.
        CliRun history = CliRun.of("history", "320583", "--archive", archive).printedNoStackTrace();
        assertThat(history.out()).containsPattern("2024 .*rules v1\\)").containsPattern("2025 .*rules v2\\)")
                .contains("note: 2024 was judged by rules v1, 2025 by rules v2: a change between them may come from the rules,"
                        + " not the district");
        JsonNode years = JSON.readTree(CliRun.of("history", "320583", "--format", "json", "--archive", archive).out()).get("years");
        assertThat(years.get(0).get("rules").get("version").asInt()).isEqualTo(1);
        assertThat(years.get(0).get("rules").get("changed").asBoolean()).isFalse();
        assertThat(years.get(1).get("rules").get("version").asInt()).isEqualTo(2);
        assertThat(years.get(1).get("rules").get("changed").asBoolean()).isTrue();
        CliRun csv = CliRun.of("history", "320583", "--format", "csv", "--archive", archive);
        assertThat(csv.out()).contains("comparator,ruleVersion,ruleSha256,rulesChanged\n")
                .containsPattern("(?m)^320583,2025,3,CN.CE.RES.1,S43/PRIMARY,PASS,4.3,4.2,>=,2,[0-9a-f]{64},true$");
        CliRun html = CliRun.of("history", "320583", "--format", "html", "--archive", archive);
        assertThat(html.out()).contains("<td class=\"rules-changed\">v2 ≠</td>").contains("2024 was judged by rules v1, 2025 by rules v2");

        CliRun diff = CliRun.of("archive", "diff", "2", "3", "--archive", archive).printedNoStackTrace();
        assertThat(diff.out()).contains("note: run 2 was judged by rules v1, run 3 by rules v2: a change below may come from the rules")
                .containsPattern("CN.CE.RES.1 +S43/PRIMARY +became PASS +4.3 → 4.3  \\(same value: the rules changed\\)");

        // --rules DIR still overrides, and the report says so.
        Path folder = dir.resolve("rules");
        RuleFiles.bundled().writeTo(folder, false);
        CliRun given = CliRun.of("check", y2025.toString(), "--rules", folder.toString(), "--archive", archive).printedNoStackTrace();
        assertThat(given.out().lines().findFirst().orElseThrow()).startsWith("educheck 督导评估报告 · 规则: " + folder.toAbsolutePath())
                .endsWith(" · 规则版本 2（--rules 指定的文件夹）");
        assertThat(given.err()).doesNotContain("in force");
    }

    @Test
    void aNewArchiveTakesTheBundledRulesAsVersionOneAndOffersNothing() throws Exception {
        String archive = TestArchives.fresh("embedded", dir);
        CliRun run = CliRun.of("check", Path.of("..", "samples", "passing-320583-kunshan.xml").toString(), "--lang", "en",
                "--archive", archive).printedNoStackTrace();
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).endsWith(" · rule set version 1 (in force in the archive)");
        assertThat(run.err()).contains("judged by rule set version 1, in force in archive").doesNotContain("review");
        try (Archive store = Archive.open(archive)) {
            assertThat(store.ruleVersions().all()).singleElement().extracting(RuleVersions.Version::sha256)
                    .isEqualTo(RuleFiles.bundled().sha256());
            assertThat(store.ruleDrafts().all()).isEmpty();
        }
        CliRun plain = CliRun.of("check", Path.of("..", "samples", "passing-320583-kunshan.xml").toString(), "--lang", "en");
        assertThat(plain.out().lines().findFirst().orElseThrow()).as("a run not archived reads as it always did")
                .matches("educheck compliance report · rules: bundled \\(sha256 [0-9a-f]{64}, \\d+\\)");
    }

    /** The bundled rules as an older educheck might have had them: CN.CE.RES.1 (primary) at 4.5 instead of 4.2. */
    private static RuleFiles olderBundledRules() throws RuleEdit.Refused {
        RuleFiles bundled = RuleFiles.bundled();
        Map<String, byte[]> files = new TreeMap<>(bundled.all());
        files.put(DRL, new RuleEdit("4.5", null, null).applyTo(bundled.text(DRL), "CN.CE.RES.1 primary").getBytes(StandardCharsets.UTF_8));
        return RuleFiles.of(files, "an older educheck");
    }

    private static JsonNode ruleSet(CliRun run) throws IOException {
        return JSON.readTree(run.out()).get("ruleSet");
    }

}
