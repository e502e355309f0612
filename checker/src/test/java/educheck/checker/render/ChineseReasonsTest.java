package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reasons the bundled rules give, word for word, as the zh report shows them. */
class ChineseReasonsTest {

    @Test
    void wordsTheCommonNotAssessedReasonsInChinese() {
        assertThat(ChineseReasons.translate("largestClass not reported")).isEqualTo("未报送 largestClass");
        assertThat(ChineseReasons.translate("no sections to compare")).isEqualTo("没有可比较的学段");
        assertThat(ChineseReasons.translate("equipmentValue not reported for N01/PRIMARY, P19/PRIMARY"))
                .isEqualTo("N01/PRIMARY, P19/PRIMARY 未报送 equipmentValue");
        assertThat(ChineseReasons.translate("children not reported for kindergarten K031")).isEqualTo("幼儿园 K031 未报送 children");
        assertThat(ChineseReasons.translate("the standard cannot be set: preschoolNonEstablishedPayStandard not reported"))
                .isEqualTo("无法确定标准：未报送 preschoolNonEstablishedPayStandard");
        assertThat(ChineseReasons.translate("children not reported [standard: preschoolActivityRoomAreaStandard]"))
                .isEqualTo("未报送 children（标准：preschoolActivityRoomAreaStandard）");
        assertThat(ChineseReasons.translate("students / teachers is 0")).isEqualTo("students / teachers is 0");
        assertThat(ChineseReasons.translate("teachers is 0")).isEqualTo("teachers 为 0");
    }

    @Test
    void wordsTheSixOfSevenReasonsInChinese() {
        assertThat(ChineseReasons.translate("5 of 7 met; unmet: CN.CE.RES.4, CN.CE.RES.5, not met"))
                .isEqualTo("7 项中 5 项达标；未达标：CN.CE.RES.4, CN.CE.RES.5");
        assertThat(ChineseReasons.translate("6 of 7 met; below 85 % of the standard: CN.CE.RES.3 at 54.2 %, not met"))
                .isEqualTo("7 项中 6 项达标；低于标准 85 % 的：CN.CE.RES.3 为 54.2 %");
    }

    @Test
    void wordsWhyACitysFigureIsNotAssessedInChinese() {
        assertThat(ChineseReasons.translate("the city's figure needs every one of its districts: 13 of the city's 16"
                + " districts not in this run: 310101 黄浦区, 310105 长宁区 and 11 more; over the districts that are:"
                + " 28495 / 35055 over 3 of 16 districts"))
                .isEqualTo("全市（省）数字须包括所有区县：16 个区县中有 13 个不在本次检查中：310101 黄浦区, 310105 长宁区 等（另有 11 个）"
                        + "；本次检查中的区县合计 28495 / 35055（16 个区县中的 3 个）");
        assertThat(ChineseReasons.translate("the province's figure needs every one of its districts: not reported by"
                + " 330110 余杭区 (measure children not reported)"))
                .isEqualTo("全省数字须包括所有区县：未报送所需数字的区县：330110 余杭区 (measure children not reported)"
                        .replace("全省", "全市（省）"));
    }

    @Test
    void wordsAStandardsVerdictAsATargetsFigureInChinese() {
        assertThat(ChineseReasons.translate("MoE-2017 FAIL (449 PASS, 2 FAIL), not met"))
                .isEqualTo("MoE-2017 未通过（通过 449、未通过 2），未达标");
        assertThat(ChineseReasons.translate("MoE-2017 PASS (330 PASS), met; a part of the city's figure: the target is judged"
                + " on the city as a whole, never on this district alone"))
                .isEqualTo("MoE-2017 通过（通过 330），达标；此为全市数字的一部分：该目标按全市整体评判，不评判本区县");
    }

    @Test
    void leavesAReasonItDoesNotKnowAsWritten() {
        assertThat(ChineseReasons.translate("something new happened")).isEqualTo("something new happened");
    }
}
