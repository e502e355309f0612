package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.SampleChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatTest {

    private static final String PINGJIANG_ZH = SampleChecks.render("text", RenderOptions.Lang.ZH, SampleChecks.FAILING);

    @Test
    void marksTheFailuresThatDoNotDecideTheVerdict() {
        List<String> lines = PINGJIANG_ZH.lines().toList();
        assertThat(lines).anyMatch(l -> l.contains("◇ CN.CE.RES.7   P08/PRIMARY"))
                .anyMatch(l -> l.contains("✗ CN.CE.RES.8   P03/PRIMARY"))
                .anyMatch(l -> l.contains("✗ CN.CE.GOV.4   P01"))
                .anyMatch(l -> l.contains("✗ CN.CE.RES.9   PRIMARY/RES.5"))
                .anyMatch(l -> l.startsWith("    ◇ 不直接决定结论"));
        assertThat(lines).noneMatch(l -> l.contains("✗ CN.CE.RES.7"));
    }

    @Test
    void showsNumbersAtAReadablePrecision() {
        assertThat(PINGJIANG_ZH).contains("2.06（要求 ≥ 2.3）", "0.664（要求 ≤ 0.5）", "4.55（要求 ≥ 5.3）")
                .doesNotContain("2.0635", "4.5455");
    }

    @Test
    void listsTheRectificationBySchoolWithTheCoefficientPlan() {
        assertThat(PINGJIANG_ZH).contains("整改任务清单（按学校，差距大者在前）", "    P03 平江县汉昌镇第二小学",
                "生均体育运动场馆面积（平方米）：增加 4995 平方米", "最大班额：分班，增加 2 个班", "最大班额：减少 8 人",
                "小学 RES.5 校际差异系数 0.664 → 0.4", "拉高系数最多的：");
        // Groups in order of their largest gap: the teaching point with no backbone teacher at all comes first.
        int tp1 = PINGJIANG_ZH.indexOf("    TP1 平江县加义镇杨林教学点\n      →");
        int p09 = PINGJIANG_ZH.indexOf("    P09 平江县三市镇中心小学\n      →");
        assertThat(tp1).isPositive().isLessThan(p09);
    }

    @Test
    void groupsNotAssessedFindingsBySchoolAndGivesTheirReasonsInChinese() {
        String zhengan = SampleChecks.render("text", RenderOptions.Lang.ZH, SampleChecks.INCOMPLETE);
        String section = zhengan.substring(zhengan.indexOf("未评估（缺少数据）"));
        assertThat(section).contains("    J03 ", "    P19 ", "    全区（县）", "未报送 largestClass", "未报送 equipmentValue",
                "幼儿园 K031 未报送 children", "未报送一票否决事项（没有时请写 <vetoes/>）", "缺少数据：CN.CE.RES.6");
        assertThat(section.substring(0, section.indexOf("合计"))).doesNotContain("not reported", "missing data");
    }

    @Test
    void theEnglishReportKeepsTheRulesOwnWords() {
        String en = SampleChecks.render("text", RenderOptions.Lang.EN, SampleChecks.INCOMPLETE);
        assertThat(en).contains("Not assessed (data missing)", "largestClass not reported", "P19 ");
    }
}
