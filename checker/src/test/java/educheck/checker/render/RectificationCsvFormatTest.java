package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.SampleChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RectificationCsvFormatTest {

    @Test
    void listsEveryItemBySchoolWithItsAmountInputAndTask() {
        List<Map<String, String>> rows = CsvFormatTest.CsvReader.read(
                SampleChecks.render("rectification", RenderOptions.Lang.ZH, SampleChecks.FAILING));

        assertThat(rows).hasSize(SampleChecks.check(SampleChecks.FAILING).only().rectification().size());
        assertThat(rows.get(0)).containsEntry("unit", "TP1").containsEntry("gap", "1");
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("unit", "J03").containsEntry("id", "CN.CE.GOV.5")
                .containsEntry("action", "add").containsEntry("amount", "2").containsEntry("amountUnit", "classes")
                .containsEntry("field", "classes").containsEntry("task", "最大班额：分班，增加 2 个班"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("unit", "P09").containsEntry("amount", "236000")
                .containsEntry("amountUnit", "CNY").containsEntry("field", "equipmentValue"));
        assertThat(rows).filteredOn(r -> r.get("target").equals("JUNIOR/RES.6") && r.get("unit").isEmpty())
                .singleElement().satisfies(r -> assertThat(r.get("task")).startsWith("初中 RES.6 校际差异系数 0.476 → 0.4"));
        // A school's rows stay together.
        List<String> units = rows.stream().map(r -> r.get("unit")).toList();
        for (String unit : units) {
            assertThat(units.lastIndexOf(unit) - units.indexOf(unit) + 1).as(unit)
                    .isEqualTo((int) units.stream().filter(unit::equals).count());
        }
    }
}
