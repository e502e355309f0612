package educheck.checker.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.run.SampleChecks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private static JsonNode district() throws Exception {
        String json = SampleChecks.render("json", RenderOptions.Lang.ZH, SampleChecks.FAILING);
        return new ObjectMapper().readTree(json).get("districts").get(0);
    }

    @Test
    void keepsFullPrecisionAndSaysWhichFindingsDecide() throws Exception {
        JsonNode d = district();
        JsonNode p08 = finding(d, "CN.CE.RES.7", "P08/PRIMARY");
        assertThat(p08.get("actual").asDouble()).isEqualTo(2.0635);
        assertThat(p08.get("decides").asBoolean()).isFalse();
        assertThat(finding(d, "CN.CE.RES.8", "P03/PRIMARY").get("decides").asBoolean()).isTrue();
        assertThat(finding(d, "CN.PK.1", "430626").get("decides").asBoolean()).isTrue();
    }

    @Test
    void rectificationItemsCarryTheirInputTargetAndCoefficientPlan() throws Exception {
        List<JsonNode> items = new ArrayList<>();
        district().get("rectification").forEach(items::add);
        JsonNode plan = items.stream().filter(r -> r.get("subject").asText().equals("PRIMARY/RES.5")).findFirst().orElseThrow();
        assertThat(plan.get("action").asText()).isEqualTo("lower");
        assertThat(plan.get("coefficient").get("before").asDouble()).isGreaterThan(0.5);
        assertThat(plan.get("coefficient").get("after").asDouble()).isLessThanOrEqualTo(0.5);
        assertThat(plan.get("coefficient").get("pulledUpBy")).isNotEmpty();
        assertThat(items).filteredOn(r -> r.get("target").asText().equals("PRIMARY/RES.5") && !r.has("coefficient"))
                .hasSize(plan.get("coefficient").get("sections").asInt())
                .allSatisfy(r -> assertThat(r.get("field").asText()).isEqualTo("sportsArea"));
    }

    private static JsonNode finding(JsonNode d, String id, String subject) {
        for (JsonNode f : d.get("findings")) {
            if (f.get("id").asText().equals(id) && f.get("subject").asText().equals(subject)) {
                return f;
            }
        }
        throw new AssertionError("no " + id + " " + subject);
    }
}
