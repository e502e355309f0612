package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleSet;
import educheck.checker.drafts.DraftCheck;
import educheck.checker.drafts.RuleDiff;
import educheck.checker.drafts.RuleEdit;
import educheck.checker.report.RunInfo;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four-eyes review through the real engine and a real archive: wang raises SH.CE.2 from 99 % to 99.6 %, the
 * check names the fixtures that now fail (Shanghai exactly at 99 %), wang fixes them; wang may not approve his own
 * draft, an inspector may not approve it, li rejects it once with a comment and publishes it the second time. The
 * what-if finds nothing of Xuhui's own changed (SH.CE.2 is Shanghai's rate; Xuhui's 99.5 % is its part); the audit
 * trail says who proposed, who approved and why.
 */
class DraftReviewTest {

    private static final String DRL = "CN-31/compulsory.drl";
    private static final String CITY_MET = "CN-31/fixtures/sh-city-2025-met";
    private static final String CITY_2029 = "CN-31/fixtures/sh-city-2029-met";
    private static final Path XUHUI = Path.of("..", "samples", "shanghai", "310104-xuhui.xml");
    private static RuleSet bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        bundled = RuleSet.bundled();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void aRaisedTargetIsCheckedReviewedByASecondPersonAndPublished(String kind) throws Exception {
        try (Archive archive = Archive.open(Archives.fresh(kind, dir))) {
            Users users = new Users(archive);
            users.put(new Users.User("wang", "policy", "x"));
            users.put(new Users.User("li", "policy", "x"));
            users.put(new Users.User("ian", "inspector", "x"));
            // Version 1 judges an upload of Xuhui (SH.CE.2 at 99.5 %, a pass under 99 %), its input kept.
            RunInfo info = RunInfo.of(bundled).withVersion(archive.ruleVersions().versionOf(bundled.files(), bundled.ruleCount()));
            try (RunRecorder recorder = archive.record(info, List.of(XUHUI))) {
                new CheckRun(new DistrictChecker(bundled), 1).run(List.of(XUHUI), recorder);
                recorder.commit();
            }

            DraftReview review = new DraftReview(archive, RuleCompiler.standard(), RuleBudget.DEFAULT);
            SortedMap<String, byte[]> files = new TreeMap<>(archive.ruleVersions().files(1));
            String raised = new RuleEdit("0.996", null, null).applyTo(text(files, DRL), "SH.CE.2 disabled children");
            files.put(DRL, raised.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> review.propose("ian", 1, files)).isInstanceOf(DraftReview.Refused.class)
                    .hasMessageContaining("ian does not hold the policy role");
            long id = review.propose("wang", 1, files).id();

            DraftCheck check = review.check(id);
            assertThat(check.compiles()).isTrue();
            // Shanghai at exactly 99 % across its districts (the fixtures that pin the line) now falls short.
            assertThat(check.failingFixtures()).extracting(r -> r.fixture())
                    .containsExactly(CITY_MET + ".xml", CITY_2029 + ".xml");
            assertThat(check.failingFixtures().get(0).failures()).singleElement().satisfies(f -> assertThat(f)
                    .startsWith(CITY_MET + ".expected:5: expected rollup SH.CE.2 31 PASS 0.99, got FAIL 0.99"));
            assertThatThrownBy(() -> review.submit(id, "wang", "按通知提高", null)).hasMessageContaining("2 fixture(s) fail");

            for (String fixture : List.of(CITY_MET, CITY_2029)) {
                String fixed = text(review.drafts().files(id), fixture + ".expected").replace(
                        "rollup SH.CE.2 31            PASS  0.99", "rollup SH.CE.2 31            FAIL  0.99");
                review.saveFile(id, "wang", fixture + ".expected", fixed.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(review.check(id).publishable()).isTrue();
            review.submit(id, "wang", "按通知将残疾儿童入学率目标提高到 99.6%", "沪教委〔2026〕12号");

            RuleDiff diff = review.diff(id);
            assertThat(diff.files()).extracting(RuleDiff.FileDiff::path)
                    .containsExactly(DRL, CITY_MET + ".expected", CITY_2029 + ".expected");
            assertThat(diff.standards()).singleElement().extracting(RuleDiff.StandardChange::describe).isEqualTo(">= 0.99 → >= 0.996");

            WhatIf whatIf = WhatIf.of(archive, review.check(id).rules(), RuleBudget.DEFAULT);
            assertThat(whatIf.checked()).isEqualTo(1);
            // Xuhui's 99.5 % is its part of Shanghai's rate (INFO) under either version: nothing of its own changes.
            assertThat(whatIf.districts()).allSatisfy(d -> assertThat(d.changes())
                    .noneSatisfy(c -> assertThat(c.indicator()).isEqualTo("SH.CE.2")));

            assertThatThrownBy(() -> review.approve(id, "wang", null)).isInstanceOfSatisfying(DraftReview.Refused.class,
                    e -> assertThat(e.why()).isEqualTo(DraftReview.Why.OWN_DRAFT));
            assertThatThrownBy(() -> review.approve(id, "ian", null)).isInstanceOfSatisfying(DraftReview.Refused.class,
                    e -> assertThat(e.why()).isEqualTo(DraftReview.Why.NOT_POLICY));
            assertThatThrownBy(() -> review.reject(id, "li", " ")).hasMessageContaining("say why the draft is rejected");
            review.reject(id, "li", "请注明文件号");
            assertThat(review.drafts().find(id).orElseThrow().status()).isEqualTo(RuleDrafts.Status.REJECTED);
            assertThatThrownBy(() -> review.approve(id, "li", null)).isInstanceOfSatisfying(DraftReview.Refused.class,
                    e -> assertThat(e.why()).isEqualTo(DraftReview.Why.NOT_SUBMITTED));
            review.submit(id, "wang", "按通知将残疾儿童入学率目标提高到 99.6%", "沪教委〔2026〕12号");

            RuleVersions.Version v2 = review.approve(id, "li", "同意");
            assertThat(v2.number()).isEqualTo(2);
            assertThat(v2.author()).isEqualTo("wang");
            assertThat(v2.approver()).isEqualTo("li");
            assertThat(archive.ruleVersions().files(2).get(DRL)).isEqualTo(raised.getBytes(StandardCharsets.UTF_8));
            RuleDrafts.Draft published = review.drafts().find(id).orElseThrow();
            assertThat(published.status()).isEqualTo(RuleDrafts.Status.PUBLISHED);
            assertThat(published.publishedVersion()).isEqualTo(2);
            assertThat(review.drafts().comments(id)).extracting(RuleDrafts.Comment::author, RuleDrafts.Comment::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("li", "请注明文件号"), org.assertj.core.groups.Tuple.tuple("li", "同意"));
            assertThatThrownBy(() -> review.saveFile(id, "wang", CITY_MET + ".expected", new byte[0])).isInstanceOfSatisfying(
                    DraftReview.Refused.class, e -> assertThat(e.why()).isEqualTo(DraftReview.Why.NOT_EDITABLE));

            RuleAudit audit = RuleAudit.of(archive);
            assertThat(audit.entries()).extracting(RuleAudit.Entry::version, RuleAudit.Entry::proposer, RuleAudit.Entry::approver)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, RuleVersions.BUNDLED_AUTHOR, null),
                            org.assertj.core.groups.Tuple.tuple(2, "wang", "li"));
            StringWriter csv = new StringWriter();
            audit.csv(csv);
            assertThat(csv.toString()).startsWith("\uFEFFversion,proposed_by,proposed_at,approved_by,published_at,reason,document,")
                    .containsPattern("(?m)^2,wang,[^,]+,li,[^,]+,按通知将残疾儿童入学率目标提高到 99.6%,沪教委〔2026〕12号," + id
                            + ",li: 请注明文件号 \\| li: 同意,\\d+,[0-9a-f]{64}\r?$");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("educheck.store.Archives#kinds")
    void aDraftMadeFromAnOlderVersionIsNotPublishedOverANewerOne(String kind) throws Exception {
        try (Archive archive = Archive.open(Archives.fresh(kind, dir))) {
            Users users = new Users(archive);
            users.put(new Users.User("wang", "policy", "x"));
            users.put(new Users.User("li", "admin", "x"));
            archive.ruleVersions().versionOf(bundled.files(), bundled.ruleCount());
            DraftReview review = new DraftReview(archive, RuleCompiler.standard(), RuleBudget.DEFAULT);
            SortedMap<String, byte[]> files = new TreeMap<>(archive.ruleVersions().files(1));
            // Fixtures only: the rules compile once for both (the compiled rules are cached by their DRL).
            files.put("CN/fixtures/verdicts.expected", (text(files, "CN/fixtures/verdicts.expected") + "# a comment\n")
                    .getBytes(StandardCharsets.UTF_8));
            long id = review.propose("wang", 1, files).id();
            review.submit(id, "wang", "comment", null);
            Map<String, byte[]> other = new TreeMap<>(archive.ruleVersions().files(1));
            other.put("CN/fixtures/verdicts.expected", (text(other, "CN/fixtures/verdicts.expected") + "# another\n")
                    .getBytes(StandardCharsets.UTF_8));
            archive.ruleVersions().publish(RuleFiles.of(other, "x"), bundled.ruleCount(), "zhao", "another change", null);
            assertThatThrownBy(() -> review.approve(id, "li", null)).isInstanceOfSatisfying(DraftReview.Refused.class,
                    e -> assertThat(e.why()).isEqualTo(DraftReview.Why.STALE));
        }
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
