package educheck.checker.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rule table an officer reads to find the rule to change, over the bundled rules. */
class RuleListingTest {

    private static List<RuleListing.Row> rows;

    @BeforeAll
    static void list() throws RuleSetException {
        rows = RuleListing.of(RuleSet.bundled(), "CN");
    }

    private static RuleListing.Row row(String id, String scope) {
        return rows.stream().filter(r -> r.id().equals(id) && r.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void showsTheStandardAndWhereTheRuleIsWritten() {
        RuleListing.Row primary = row("CN.CE.RES.1", "PRIMARY sections");

        assertThat(primary.threshold()).isEqualTo(">= 4.2");
        assertThat(primary.jurisdiction()).isEqualTo("CN");
        assertThat(primary.location()).isEqualTo("CN/compulsory-resources.drl:19");
        assertThat(primary.source()).isEqualTo("MoE-2017 资源配置 1（小学）");
    }

    @Test
    void saysWhereAStandardComesFromWhenNoSingleNumberStatesIt() {
        assertThat(row("CN.CE.GOV.4", "primary and junior schools").threshold()).isEqualTo("<= 2000");
        assertThat(row("CN.CE.GOV.1", "district").threshold()).isEqualTo("yes");
        assertThat(row("CN.CE.GOV.3", "school music rooms").threshold()).isEqualTo("computed in rule");
        assertThat(rows).filteredOn(r -> r.threshold().startsWith("province's, else >= ")).isNotEmpty();
        assertThat(rows).filteredOn(r -> r.name().equals("MoE-2017 verdict"))
                .singleElement().satisfies(r -> assertThat(r.threshold()).isEqualTo("verdict over findings"));
    }

    @Test
    void listsInCatalogueOrderWithVerdictRulesLast() {
        List<String> ids = rows.stream().map(RuleListing.Row::id).toList();

        assertThat(ids.indexOf("CN.CE.GOV.2")).isLessThan(ids.indexOf("CN.CE.GOV.10"));
        assertThat(ids.get(ids.size() - 1)).isEqualTo("-");
    }
}
