package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.render.DisplayWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code educheck compare} over the national samples and a Zhejiang county, through the real command. */
class CompareCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    @Test
    void printsOneTableAlignedByDisplayWidthWithTheRollupsBelow() throws Exception {
        Command run = Command.run("compare", SAMPLES.toString(), zhejiangCounty().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.trim().startsWith("430626")).findFirst().orElseThrow());
        int last = lines.indexOf("市、省汇总目标") - 1;
        List<String> table = lines.subList(first, last).stream().filter(l -> !l.isBlank()).toList();
        assertThat(table).hasSizeGreaterThan(60);
        int width = DisplayWidth.of(table.get(0));
        assertThat(table).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isEqualTo(width));
        assertThat(table.get(1)).contains("平江县", "正安县", "昆山市", "西湖区");
        assertThat(table).anyMatch(l -> l.startsWith("结论") && l.contains("未通过 ✗") && l.contains("通过 ✓") && l.contains("数据不全 ?"))
                .anyMatch(l -> l.startsWith("CN.CE.RES.9 小学/RES.5 校际差异系数") && l.contains("0.664 ✗"))
                .anyMatch(l -> l.startsWith("CN.CE.GOV.4 学校规模") && l.contains("50/51 ✗"));
        assertThat(lines.subList(last, lines.size())).anyMatch(l -> l.contains("ZJ.1") && l.contains("33"));
    }

    @Test
    void marksFiguresForInformationApartFromThoseThatCouldNotBeAssessed() throws Exception {
        Command run = Command.run("compare", "--lang", "en", SAMPLES.resolve("shanghai").toString());

        List<String> rollups = run.out().lines().dropWhile(l -> !l.startsWith("Roll-ups")).toList();
        // The 2022 baselines of SH.CE.10 have no target of their own (INFO); the second-round count has one.
        assertThat(rollups).anyMatch(l -> l.startsWith("  i SH.CE.10") && l.contains("baseline"))
                .noneMatch(l -> l.startsWith("  ? SH.CE.10") && l.contains("baseline"));
        assertThat(run.out()).contains("i for information");
    }

    @Test
    void judgesEveryDistrictUnderTheJurisdictionAsked() throws Exception {
        Command run = Command.run("compare", SAMPLES.resolve("failing-430626-pingjiang.xml").toString(),
                zhejiangCounty().toString(), "--judge-as", "CN-33", "--format", "json");

        JsonNode table = new ObjectMapper().readTree(run.out());
        assertThat(table.get("judgedAs").asText()).isEqualTo("CN-33");
        assertThat(table.get("columns")).hasSize(2).allSatisfy(c -> assertThat(c.get("jurisdictions").toString())
                .isEqualTo("[\"CN\",\"CN-33\"]"));
        JsonNode coefficient = null;
        for (JsonNode row : table.get("rows")) {
            if (row.get("id").asText().equals("CN.CE.RES.9") && row.get("part").asText().equals("PRIMARY/RES.5")) {
                coefficient = row;
            }
        }
        assertThat(coefficient).isNotNull();
        assertThat(coefficient.get("cells").get(0).get("value").asDouble()).isEqualTo(0.664);
        assertThat(coefficient.get("cells").get(0).get("status").asText()).isEqualTo("FAIL");
    }

    @Test
    void refusesAJurisdictionTheRulesDoNotHave() {
        Command run = Command.run("compare", SAMPLES.toString(), "--judge-as", "CN-99");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--judge-as: no rule set CN-99; one of CN");
    }

    @Test
    void writesHtmlAndCsvTablesToo() throws Exception {
        Path html = dir.resolve("compare.html");
        Path csv = dir.resolve("compare.csv");
        assertThat(Command.run("compare", SAMPLES.toString(), "--format", "html", "--output", html.toString()).exitCode()).isEqualTo(1);
        assertThat(Command.run("compare", SAMPLES.toString(), "--format", "csv", "--output", csv.toString(), "--lang", "en").exitCode())
                .isEqualTo(1);

        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("class=\"cell FAIL\">0.664<", "昆山市");
        String text = Files.readString(csv);
        assertThat(text).startsWith("\uFEFFkind,id,part,name,430626 平江县 2024 value,430626 平江县 2024 status");
        assertThat(text).contains("\r\nvalue,CN.CE.RES.9,PRIMARY/RES.5,inter-school difference coefficient,0.664,FAIL,0,1,");
    }

    /** The failing sample moved to Zhejiang (西湖区, 330106), so CN-33's sets and roll-ups apply to it. */
    private Path zhejiangCounty() throws Exception {
        String xml = Files.readString(SAMPLES.resolve("failing-430626-pingjiang.xml"))
                .replace("<district code=\"430626\" name=\"平江县\">", "<district code=\"330106\" name=\"西湖区\">");
        return Files.writeString(dir.resolve("zhejiang-330106.xml"), xml);
    }
}
