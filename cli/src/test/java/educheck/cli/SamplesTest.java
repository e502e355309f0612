package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The samples in samples/ are a new user's first command: each must still show what samples/README.md says it
 * shows, through the real command and the bundled rules. Run from the cli module, so the samples are in ../samples.
 */
class SamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void kunshanPassesWithEveryFindingPass() throws IOException {
        Run run = check("passing-320583-kunshan.xml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.district().get("verdict").asText()).isEqualTo("PASS");
        assertThat(run.standards()).containsExactly(tuple("MoE-2017", "PASS"), tuple("MoE-2020", "PASS"));
        assertThat(run.findings()).hasSizeGreaterThan(1000)
                .allSatisfy(f -> assertThat(f.get("status").asText()).as(f.toString()).isEqualTo("PASS"));
    }

    @Test
    void kunshanHasOnePrimarySectionAtFourPointThreeTeachersAboveDegreePerHundred() throws IOException {
        Run run = check("passing-320583-kunshan.xml");

        // P18 is the section a change of the CN.CE.RES.1 primary standard from 4.2 to 4.5 turns to FAIL.
        assertThat(run.findings().stream()
                .filter(f -> f.get("id").asText().equals("CN.CE.RES.1") && f.get("subject").asText().endsWith("/PRIMARY"))
                .filter(f -> f.get("actual").asDouble() < 4.5)
                .map(f -> tuple(f.get("subject").asText(), f.get("actual").asDouble(), f.get("status").asText())))
                .containsExactly(tuple("P18/PRIMARY", 4.3, "PASS"));
    }

    @Test
    void pingjiangFailsOnTheDesignedShortfallsOnly() throws IOException {
        Run run = check("failing-430626-pingjiang.xml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.district().get("verdict").asText()).isEqualTo("FAIL");
        assertThat(run.standards()).containsExactly(tuple("MoE-2017", "FAIL"), tuple("MoE-2020", "PASS"));
        assertThat(run.notPassing()).containsExactlyInAnyOrder(
                // six of seven not met: two short, or one below 85 % of its standard
                tuple("CN.CE.RES.8", "P03/PRIMARY", "FAIL"), tuple("CN.CE.RES.4", "P03/PRIMARY", "FAIL"),
                tuple("CN.CE.RES.5", "P03/PRIMARY", "FAIL"),
                tuple("CN.CE.RES.8", "J05/JUNIOR", "FAIL"), tuple("CN.CE.RES.1", "J05/JUNIOR", "FAIL"),
                tuple("CN.CE.RES.6", "J05/JUNIOR", "FAIL"),
                tuple("CN.CE.RES.8", "N01/JUNIOR", "FAIL"), tuple("CN.CE.RES.3", "N01/JUNIOR", "FAIL"),
                tuple("CN.CE.RES.8", "TP1/PRIMARY", "FAIL"), tuple("CN.CE.RES.2", "TP1/PRIMARY", "FAIL"),
                tuple("CN.CE.RES.3", "TP1/PRIMARY", "FAIL"),
                // one indicator short, RES.8 still met
                tuple("CN.CE.RES.7", "P08/PRIMARY", "FAIL"), tuple("CN.CE.RES.6", "P09/PRIMARY", "FAIL"),
                tuple("CN.CE.RES.2", "J06/JUNIOR", "FAIL"),
                tuple("CN.CE.RES.9", "PRIMARY/RES.5", "FAIL"), tuple("CN.CE.RES.9", "JUNIOR/RES.6", "FAIL"),
                tuple("CN.CE.GOV.4", "P01", "FAIL"),
                tuple("CN.CE.GOV.5", "P02/PRIMARY", "FAIL"), tuple("CN.CE.GOV.5", "J03/JUNIOR", "FAIL"));
        assertThat(run.finding("CN.CE.RES.8", "P08/PRIMARY").get("status").asText()).isEqualTo("PASS");
    }

    @Test
    void pingjiangReportsMeasuredAndRequiredValuesAndRectification() throws IOException {
        Run run = check("failing-430626-pingjiang.xml");

        JsonNode oversize = run.finding("CN.CE.GOV.4", "P01");
        assertThat(oversize.get("actual").asDouble()).isEqualTo(2180);
        assertThat(oversize.get("required").asDouble()).isEqualTo(2000);
        assertThat(run.finding("CN.CE.RES.9", "PRIMARY/RES.5").get("actual").asDouble()).isGreaterThan(0.50);
        assertThat(run.finding("CN.CE.RES.9", "JUNIOR/RES.6").get("actual").asDouble()).isGreaterThan(0.45);
        assertThat(run.finding("CN.CE.RES.6", "P09/PRIMARY").get("actual").asDouble()).isEqualTo(1800);
        assertThat(StreamSupport.stream(run.district().get("rectification").spliterator(), false)
                .map(r -> tuple(r.get("id").asText(), r.get("subject").asText(), r.get("action").asText(),
                        r.get("shortfall").asDouble(), r.get("unit").asText())))
                .contains(tuple("CN.CE.GOV.4", "P01", "reduce", 180.0, "students"),
                        tuple("CN.CE.GOV.5", "P02/PRIMARY", "reduce", 11.0, "students"),
                        tuple("CN.CE.RES.6", "P09/PRIMARY", "add", 236000.0, "CNY"));
    }

    @Test
    void zhenganIsIncompleteAndNamesWhatIsMissing() throws IOException {
        Run run = check("incomplete-520324-zhengan.xml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.district().get("verdict").asText()).isEqualTo("INCOMPLETE");
        assertThat(run.standards()).containsExactly(tuple("MoE-2017", "INCOMPLETE"), tuple("MoE-2020", "INCOMPLETE"));
        assertThat(run.notPassing()).containsExactlyInAnyOrder(
                tuple("CN.CE.QUA.9", "520324/level-3", "NOT_ASSESSED"),
                tuple("CN.CE.QUA.9", "520324/difference-rate", "NOT_ASSESSED"),
                tuple("CN.CE.GOV.14", "520324/rural-lean", "NOT_ASSESSED"),
                tuple("CN.CE.VETO.1", "520324", "NOT_ASSESSED"),
                tuple("CN.CE.RES.6", "P19/PRIMARY", "NOT_ASSESSED"), tuple("CN.CE.RES.8", "P19/PRIMARY", "NOT_ASSESSED"),
                tuple("CN.CE.RES.6", "N01/PRIMARY", "NOT_ASSESSED"), tuple("CN.CE.RES.8", "N01/PRIMARY", "NOT_ASSESSED"),
                tuple("CN.CE.RES.9", "PRIMARY/RES.6", "NOT_ASSESSED"),
                tuple("CN.CE.GOV.5", "J03/JUNIOR", "NOT_ASSESSED"),
                tuple("CN.CE.QUA.3", "N07/charter", "NOT_ASSESSED"),
                tuple("CN.PK.2", "520324", "NOT_ASSESSED"), tuple("CN.PK.3", "520324", "NOT_ASSESSED"),
                tuple("CN.PK.8", "520324", "NOT_ASSESSED"),
                tuple("CN.PK.5", "520324", "NOT_ASSESSED"),
                tuple("CN.PK.6", "K031/outdoor", "NOT_ASSESSED"), tuple("CN.PK.6", "K031/activity-rooms", "NOT_ASSESSED"),
                tuple("CN.PK.6", "K031/building", "NOT_ASSESSED"));
        assertThat(run.finding("CN.CE.VETO.1", "520324").get("message").asText()).contains("vetoes");
        assertThat(run.finding("CN.PK.2", "520324").get("message").asText()).contains("K031");
        assertThat(run.finding("CN.CE.RES.9", "PRIMARY/RES.6").get("message").asText())
                .contains("equipmentValue", "P19/PRIMARY", "N01/PRIMARY");
        assertThat(run.finding("CN.PK.5", "520324").get("message").asText()).contains("preschoolNonEstablishedPayStandard");
    }

    private static Run check(String sample) throws IOException {
        Path file = SAMPLES.resolve(sample);
        assertThat(file).exists();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = Main.run(o, e, "check", file.toString(), "--format", "json");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).as("stderr").isEmpty();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("districts")).hasSize(1);
        return new Run(exitCode, report.get("districts").get(0));
    }

    private record Run(int exitCode, JsonNode district) {

        List<JsonNode> findings() {
            List<JsonNode> all = new ArrayList<>();
            district.get("findings").forEach(all::add);
            return all;
        }

        JsonNode finding(String id, String subject) {
            List<JsonNode> matching = findings().stream()
                    .filter(f -> f.get("id").asText().equals(id) && f.get("subject").asText().equals(subject)).toList();
            assertThat(matching).as(id + " " + subject).hasSize(1);
            return matching.get(0);
        }

        List<Tuple> notPassing() {
            return findings().stream().filter(f -> !f.get("status").asText().equals("PASS"))
                    .map(f -> tuple(f.get("id").asText(), f.get("subject").asText(), f.get("status").asText())).toList();
        }

        List<Tuple> standards() {
            List<Tuple> verdicts = new ArrayList<>();
            district.get("standards").forEach(s -> verdicts.add(tuple(s.get("standard").asText(), s.get("verdict").asText())));
            return verdicts;
        }
    }
}
