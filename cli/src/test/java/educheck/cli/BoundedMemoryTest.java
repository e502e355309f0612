package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of 500 districts, each of a county's size, checked by the real command in a JVM whose heap is capped: the
 * target is 512 MB, but the test caps it at 128 MB, because the whole file's districts and findings would not fit
 * in that while one district at a time does, so a change that reads or keeps a whole file fails here.
 * Tagged so CI can run it on its own (it takes a minute on two cores).
 */
@Tag("memory")
class BoundedMemoryTest {

    static final int DISTRICTS = 500;
    static final int SCHOOLS = 60;
    static final int KINDERGARTENS = 20;

    @TempDir
    Path dir;

    @Test
    void checksFiveHundredDistrictsInAHeapTooSmallForTheWholeFile() throws IOException, InterruptedException {
        Path submission = generate(dir.resolve("five-hundred.xml"));
        Path report = dir.resolve("report.json");
        Process process = inHeap("128m", dir.resolve("console.txt"),
                "check", submission.toString(), "--format", "json", "--output", report.toString());

        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished within ten minutes").isTrue();
        String console = Files.readString(dir.resolve("console.txt"));
        assertThat(console).doesNotContain("OutOfMemoryError", "Exception");
        assertThat(process.exitValue()).as(console).isIn(0, 1);
        Set<String> codes = districtCodes(report);
        assertThat(codes).hasSize(DISTRICTS);
    }

    /** The real command in a JVM of its own whose heap is {@code heap}, ended at once if that runs out. */
    static Process inHeap(String heap, Path console, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classpath,
                "educheck.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    /** District codes in the report, read as a stream: the test's own heap is not the one being measured. */
    static Set<String> districtCodes(Path report) throws IOException {
        Set<String> codes = new HashSet<>();
        try (JsonParser json = new JsonFactory().createParser(report.toFile())) {
            int depth = 0;
            boolean inDistricts = false;
            for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 1) {
                        inDistricts = false;
                    }
                } else if (t == JsonToken.FIELD_NAME && depth == 1 && "districts".equals(json.currentName())) {
                    inDistricts = true;
                } else if (t == JsonToken.FIELD_NAME && inDistricts && depth == 3 && "code".equals(json.currentName())) {
                    json.nextToken();
                    codes.add(json.getText());
                }
            }
        }
        return codes;
    }

    /** Districts of 60 schools and 20 kindergartens each, with every value the national rules read, varied. */
    static Path generate(Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n");
            for (int d = 0; d < DISTRICTS; d++) {
                district(w, d);
            }
            w.write("</submission>\n");
        }
        return file;
    }

    private static void district(Writer w, int d) throws IOException {
        int code = 110101 + d * 7;
        w.write("<district code=\"" + code + "\" name=\"测试区" + d + "\">\n"
                + "<basicBalanceRecognizedYear>2015</basicBalanceRecognizedYear><teacherSalaryRatio>1.02</teacherSalaryRatio>"
                + "<performancePayFullyApproved>true</performancePayFullyApproved><trainingCompletionRate>1</trainingCompletionRate>"
                + "<staffingAllocatedByCounty>true</staffingAllocatedByCounty><eligibleForRotation>1000</eligibleForRotation>"
                + "<rotated>" + (100 + d % 20) + "</rotated><rotatedBackbone>25</rotatedBackbone>"
                + "<certifiedTeacherRate>1</certifiedTeacherRate><nearbyEnrollmentPrimary>1</nearbyEnrollmentPrimary>"
                + "<nearbyEnrollmentJunior>0.96</nearbyEnrollmentJunior><highSchoolQuotaShare>0.55</highSchoolQuotaShare>"
                + "<leftBehindCareSystem>true</leftBehindCareSystem><migrantInPublicShare>0.9</migrantInPublicShare>"
                + "<juniorRetentionRate>0.97</juniorRetentionRate><disabledEnrollmentRate>0.96</disabledEnrollmentRate>"
                + "<socialRecognition>0.9</socialRecognition><vetoes/>\n");
        List<String> types = List.of("PRIMARY", "PRIMARY", "JUNIOR", "NINE_YEAR");
        for (int s = 0; s < SCHOOLS; s++) {
            String type = types.get(s % types.size());
            int v = (d * 31 + s * 17) % 11;
            w.write("<school id=\"S" + s + "\" name=\"学校" + s + "\" type=\"" + type + "\" location=\"TOWN\" charter=\"true\""
                    + " informationSystems=\"true\" moralEducationGood=\"true\" curriculumComplete=\"true\""
                    + " publicFundsBudget=\"" + (900000 + v * 10000) + "\" trainingBudget=\"" + (45000 + v * 1000) + "\">\n");
            if (!type.equals("JUNIOR")) {
                section(w, "PRIMARY", 600 + v * 40, v);
            }
            if (!type.equals("PRIMARY")) {
                section(w, "JUNIOR", 500 + v * 30, v);
            }
            w.write("<room kind=\"MUSIC\" area=\"96\"/><room kind=\"ART\" area=\"" + (88 + v) + "\"/></school>\n");
        }
        for (int k = 0; k < KINDERGARTENS; k++) {
            w.write("<kindergarten id=\"K" + k + "\" name=\"幼儿园" + k + "\" ownership=\"" + (k % 3 == 0 ? "PRIVATE_INCLUSIVE" : "PUBLIC")
                    + "\" children=\"" + (200 + k) + "\" classes=\"8\" classesWithinLimit=\"8\" teachers=\"18\" certifiedStaffRate=\"1\"/>\n");
        }
        w.write("</district>\n");
    }

    private static void section(Writer w, String level, int students, int v) throws IOException {
        int classes = students / 40 + 1;
        int teachers = students / 14;
        w.write("<section level=\"" + level + "\" students=\"" + students + "\" classes=\"" + classes + "\" largestClass=\"45\""
                + " teachers=\"" + teachers + "\" teachersAboveDegree=\"" + (teachers * (3 + v % 3) / 10) + "\""
                + " backboneTeachers=\"" + (teachers / (5 + v % 3)) + "\" peArtTeachers=\"" + (teachers / 7) + "\""
                + " teachingArea=\"" + students * (4 + v % 3) + "\" sportsArea=\"" + students * 7 + "\""
                + " equipmentValue=\"" + students * (1800 + v * 100) + "\" multimediaRooms=\"" + classes + "\"/>\n");
    }
}
