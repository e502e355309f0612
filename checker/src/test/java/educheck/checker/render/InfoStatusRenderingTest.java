package educheck.checker.render;

import educheck.checker.report.ReportStream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.checker.report.RunInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * INFO findings (figures with no target) are shown in both reports and leave verdicts alone. Uses fixture
 * CN-31/fixtures/sh-all-met-2024.xml: every CN-31 district row met, plus a district INFO (group coverage) and
 * the 2022 baselines as roll-up INFO.
 */
class InfoStatusRenderingTest {

    private static RuleSet rules;
    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void load() throws RuleSetException, IOException {
        rules = RuleSet.bundled();
        file = dir.resolve("sh-all-met-2024.xml");
        Files.write(file, rules.files().all().get("CN-31/fixtures/sh-all-met-2024.xml"));
    }

    private static String render(String format) throws IOException {
        StringWriter out = new StringWriter();
        ReportStream stream = Formats.byName(format).open(out, RunInfo.of(rules), RenderOptions.plain(RenderOptions.Lang.EN));
        new CheckRun(new DistrictChecker(rules)).run(List.of(file), stream);
        return out.toString();
    }

    @Test
    void textReportListsInfoFindingsInTheirOwnSectionAndCountsThem() throws IOException {
        String text = render("text");
        assertThat(text).contains("For information (no target)");
        assertThat(text).containsPattern("i SH\\.CE\\.10\\s+310101/groups\\s+.*0\\.85");
        // the baseline, and the district's parts of six municipal targets (SH.CE.1, SH.CE.2, SH.CE.10, SH.PK.1 twice, SH.PK.2)
        assertThat(text).containsPattern("CN-31\\s+PASS .*INFO 7[ )]");
        assertThat(text).containsPattern("i SH\\.CE\\.10 31\\s+INFO .*128");
    }

    @Test
    void jsonReportGivesInfoAsAStatusWithoutFailingTheStandard() throws IOException {
        JsonNode root = new ObjectMapper().readTree(render("json"));
        JsonNode district = root.get("districts").get(0);
        JsonNode groups = null;
        for (JsonNode f : district.get("findings")) {
            if (f.get("subject").asText().equals("310101/groups")) {
                groups = f;
            }
        }
        assertThat(groups).isNotNull();
        assertThat(groups.get("status").asText()).isEqualTo("INFO");
        assertThat(groups.get("actual").asDouble()).isEqualTo(0.85);
        assertThat(district.get("counts").get("INFO").asInt()).isEqualTo(7);
        JsonNode part = null;
        for (JsonNode f : district.get("findings")) {
            if (f.get("id").asText().equals("SH.PK.2")) {
                part = f;
            }
        }
        assertThat(part.get("status").asText()).isEqualTo("INFO");
        assertThat(part.get("binds").asText()).isEqualTo("city");
        assertThat(part.get("contribution").asBoolean()).isTrue();
        for (JsonNode s : district.get("standards")) {
            if (s.get("standard").asText().equals("CN-31")) {
                assertThat(s.get("verdict").asText()).isEqualTo("PASS");
                assertThat(s.get("counts").get("INFO").asInt()).isEqualTo(7);
            }
        }
        assertThat(root.get("rollups").findValuesAsText("status")).contains("INFO");
    }
}
