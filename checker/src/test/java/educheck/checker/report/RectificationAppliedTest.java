package educheck.checker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import educheck.checker.run.SampleChecks;
import educheck.model.Finding;
import educheck.model.Status;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rectification list is right when doing what it says makes the failures pass: each test applies the items
 * to the submission's numbers, checks the edited file again through the real rules and looks at the findings.
 */
class RectificationAppliedTest {

    @TempDir
    Path dir;

    @Test
    void theFailingSampleWithItsWholeListAppliedPassesEveryFindingItFailed() throws Exception {
        DistrictReport before = SampleChecks.check(SampleChecks.FAILING).only();
        List<Finding> failed = before.findings().stream().filter(f -> f.is(Status.FAIL)).toList();
        assertThat(failed).hasSize(19);

        SubmissionEdit edit = SubmissionEdit.of(SampleChecks.FAILING);
        before.rectification().forEach(edit::apply);
        DistrictReport after = SampleChecks.check(edit.write(dir, "rectified.xml")).only();

        for (Finding f : failed) {
            assertThat(status(after, f.getId(), f.getSubject())).as(f.toString()).isEqualTo(Status.PASS);
        }
        assertThat(after.findings()).allSatisfy(f -> assertThat(f.getStatus()).as(f.toString()).isEqualTo(Status.PASS));
        assertThat(after.verdict().name()).isEqualTo("PASS");
        assertThat(after.rectification()).isEmpty();
    }

    @Test
    void theItemsOfEachFindingOnTheirOwnTurnThatFindingToPass() throws Exception {
        DistrictReport before = SampleChecks.check(SampleChecks.FAILING).only();
        // One finding may need two items: a class over 50 in a section with too few classes needs more classes too.
        Map<String, List<RectificationItem>> byFinding = before.rectification().stream()
                .filter(r -> r.target().equals(r.subject()) && r.plan() == null)
                .collect(Collectors.groupingBy(r -> r.id() + " " + r.target(), LinkedHashMap::new, Collectors.toList()));
        assertThat(byFinding.keySet()).contains("CN.CE.GOV.4 P01", "CN.CE.GOV.5 P02/PRIMARY", "CN.CE.GOV.5 J03/JUNIOR",
                "CN.CE.RES.1 J05/JUNIOR", "CN.CE.RES.2 TP1/PRIMARY", "CN.CE.RES.3 N01/JUNIOR", "CN.CE.RES.4 P03/PRIMARY",
                "CN.CE.RES.5 P03/PRIMARY", "CN.CE.RES.6 P09/PRIMARY", "CN.CE.RES.7 P08/PRIMARY");
        assertThat(byFinding.get("CN.CE.GOV.5 J03/JUNIOR")).extracting(RectificationItem::action, RectificationItem::shortfall,
                RectificationItem::unit).containsExactlyInAnyOrder(tuple("add", 2.0, "classes"), tuple("reduce", 8.0, "students"));
        for (List<RectificationItem> items : byFinding.values()) {
            SubmissionEdit edit = SubmissionEdit.of(SampleChecks.FAILING);
            items.forEach(item -> assertThat(edit.apply(item)).as(item.toString()).isTrue());
            DistrictReport after = SampleChecks.check(edit.write(dir, "one.xml")).only();
            assertThat(status(after, items.get(0).id(), items.get(0).target())).as(items.toString()).isEqualTo(Status.PASS);
        }
    }

    @Test
    void aCoefficientOverItsLimitPassesOnceItsSchoolsAreRaisedAsPlannedAndTheFormulaAgrees() throws Exception {
        DistrictReport before = SampleChecks.check(SampleChecks.FAILING).only();
        List<RectificationItem> summaries = before.rectification().stream().filter(r -> r.plan() != null).toList();
        assertThat(summaries).extracting(RectificationItem::subject).containsExactlyInAnyOrder("PRIMARY/RES.5", "JUNIOR/RES.6");

        for (RectificationItem summary : summaries) {
            RectificationItem.CoefficientPlan plan = summary.plan();
            String indicatorId = "CN.CE." + plan.indicator();
            SubmissionEdit edit = SubmissionEdit.of(SampleChecks.FAILING);
            // The plan builds on the per-section items of the same indicator; apply those and the schools' raises.
            List<RectificationItem> applied = before.rectification().stream()
                    .filter(r -> r.target().equals(summary.subject()) && r.plan() == null
                            || r.id().equals(indicatorId) && r.subject().endsWith("/" + plan.level()))
                    .toList();
            assertThat(applied).filteredOn(r -> r.id().equals("CN.CE.RES.9")).hasSize(plan.schools());
            applied.forEach(edit::apply);
            DistrictReport after = SampleChecks.check(edit.write(dir, "coefficient.xml")).only();

            Finding coefficient = finding(after, "CN.CE.RES.9", summary.subject()).orElseThrow();
            assertThat(coefficient.getStatus()).as(summary.subject()).isEqualTo(Status.PASS);
            assertThat((Double) coefficient.getActual()).isLessThanOrEqualTo(plan.limit())
                    .isCloseTo(plan.after(), org.assertj.core.data.Offset.offset(1e-4));
            assertThat(plan.before()).isGreaterThan(plan.limit());
            assertThat(plan.pulls()).isNotEmpty();
        }
    }

    @Test
    void everyOtherKindOfFailureGetsAnItemInNaturalUnitsThatMakesItPass() throws Exception {
        SubmissionEdit broken = SubmissionEdit.of(SampleChecks.PASSING);
        broken.setDistrictValue("trainingCompletionRate", "0.97");
        broken.setDistrictValue("teacherSalaryRatio", "0.95");
        broken.setDistrictValue("performancePayFullyApproved", "false");
        broken.setDistrictValue("rotated", "250");
        broken.setDistrictValue("monitoringSchoolDifferenceRate", "0.16");
        broken.setDistrictValue("socialRecognition", "0.80");
        broken.byId("school", "P01").setAttribute("trainingBudget", "50000");
        broken.byId("school", "P01").setAttribute("charter", "false");
        broken.removeFirstRoom("P01", "MUSIC");
        broken.byId("school", "SE1").setAttribute("publicFundsPerStudent", "5000");
        broken.byId("kindergarten", "K001").setAttribute("buildingArea", "3000");
        broken.addVeto("KEY_CLASSES");
        DistrictReport before = SampleChecks.check(broken.write(dir, "broken.xml")).only();

        assertThat(before.rectification())
                .extracting(RectificationItem::id, RectificationItem::subject, RectificationItem::action, RectificationItem::unit)
                .containsExactlyInAnyOrder(
                        tuple("CN.CE.GOV.3", "P01/MUSIC", "add", "rooms"),
                        tuple("CN.CE.GOV.7", "SE1", "add", "CNY per student"),
                        tuple("CN.CE.GOV.8", "320583/salary", "raise", "ratio"),
                        tuple("CN.CE.GOV.8", "320583/performance-pay", "fulfil", null),
                        tuple("CN.CE.GOV.9", "320583", "raise", "percentage points"),
                        tuple("CN.CE.GOV.11", "320583/rotation", "add", "teachers"),
                        tuple("CN.CE.QUA.3", "P01/charter", "fulfil", null),
                        tuple("CN.CE.QUA.4", "P01", "add", "CNY"),
                        tuple("CN.CE.QUA.9", "320583/difference-rate", "lower", null),
                        tuple("CN.CE.SOC.1", "320583", "raise", "percentage points"),
                        tuple("CN.CE.VETO.1", "320583", "resolve", null),
                        tuple("CN.PK.6", "K001/building", "add", "m²"));
        assertThat(item(before, "CN.CE.GOV.11", "320583/rotation").shortfall()).isEqualTo(62); // 10 % of 3120 is 312
        assertThat(item(before, "CN.CE.QUA.9", "320583/difference-rate").shortfall()).isEqualTo(0.0101); // strictly < 0.15

        SubmissionEdit edit = SubmissionEdit.of(broken.write(dir, "broken.xml"));
        before.rectification().forEach(r -> assertThat(edit.apply(r)).as(r.toString()).isTrue());
        DistrictReport after = SampleChecks.check(edit.write(dir, "fixed.xml")).only();
        assertThat(after.findings()).allSatisfy(f -> assertThat(f.getStatus()).as(f.toString()).isEqualTo(Status.PASS));
        assertThat(after.verdict().name()).isEqualTo("PASS");
    }

    private static RectificationItem item(DistrictReport d, String id, String subject) {
        return d.rectification().stream().filter(r -> r.id().equals(id) && r.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static Status status(DistrictReport d, String id, String subject) {
        return finding(d, id, subject).map(Finding::getStatus).orElseThrow(() -> new AssertionError("no " + id + " " + subject));
    }

    private static Optional<Finding> finding(DistrictReport d, String id, String subject) {
        return d.findings().stream().filter(f -> f.getId().equals(id) && f.getSubject().equals(subject)).findFirst();
    }
}
