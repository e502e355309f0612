package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.model.District;
import educheck.model.Level;
import educheck.model.School;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n";

    @TempDir
    Path dir;

    private final SubmissionReader reader = new SubmissionReader();

    @Test
    void readsTheContractExampleFieldForField() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/educheck/model/contract-example.xml").toURI());
        List<InputError> fileErrors = new ArrayList<>();
        List<DistrictInput> districts = reader.readAll(file, fileErrors);

        assertThat(fileErrors).isEmpty();
        assertThat(districts).singleElement().satisfies(in -> assertThat(in.errors()).isEmpty());
        District d = districts.get(0).district();
        assertThat(d.getCode()).isEqualTo("310151");
        assertThat(d.getName()).isEqualTo("崇明区");
        assertThat(d.getYear()).isEqualTo(2024);
        assertThat(d.getTeacherSalaryRatio().number()).isEqualTo(1.03);
        assertThat(d.getPerformancePayFullyApproved().getValue()).isEqualTo(true);
        assertThat(d.getVetoes()).isNotNull().isEmpty();
        assertThat(d.measure("educationBudgetPerStudent").number()).isEqualTo(41000.0);
        School s = d.getSchools().get(0);
        assertThat(s.getSections()).singleElement().satisfies(sec -> {
            assertThat(sec.getLevel()).isEqualTo(Level.PRIMARY);
            assertThat(sec.getStudents()).isEqualTo(820);
        });
        assertThat(s.getRooms()).hasSize(4);
        assertThat(s.line()).isGreaterThan(30);
        assertThat(d.getKindergartens().get(0).getChildren()).isEqualTo(260);
    }

    @Test
    void anAbsentElementIsNotReportedRatherThanZero() throws IOException {
        Path file = write(HEAD + "<district code=\"320583\" name=\"昆山市\"/></submission>");
        District d = reader.readAll(file, new ArrayList<>()).get(0).district();
        assertThat(d.getVetoes()).isNull();
        assertThat(d.getSocialRecognition().isPresent()).isFalse();
        assertThat(d.getSocialRecognition().getMissing()).isEqualTo("socialRecognition not reported");
    }

    @Test
    void namesLineAndFieldOfEachSchemaError() throws IOException {
        Path file = write(HEAD
                + "<district code=\"320583\" name=\"昆山市\">\n"
                + "  <socialRecognition>91</socialRecognition>\n"
                + "  <school id=\"S1\" name=\"a\" type=\"PRIMARY\">\n"
                + "    <section level=\"PRIMARY\" students=\"-5\"/>\n"
                + "  </school>\n"
                + "  <school id=\"S2\" name=\"b\" type=\"HIGH\"/>\n"
                + "</district></submission>");
        List<InputError> errors = reader.readAll(file, new ArrayList<>()).get(0).errors();

        assertThat(errors).extracting(InputError::line).containsExactly(4, 6, 8);
        assertThat(errors.get(0).field()).isEqualTo("socialRecognition");
        assertThat(errors.get(0).message()).contains("'91'", "above the maximum 1", "0.85 for 85 %");
        assertThat(errors.get(1).field()).isEqualTo("school[S1]/section[PRIMARY]/@students");
        assertThat(errors.get(1).message()).contains("'-5'", "below the minimum 1");
        assertThat(errors.get(2).field()).isEqualTo("school[S2]/@type");
        assertThat(errors.get(2).message()).contains("'HIGH'", "PRIMARY");
        assertThat(errors.get(0).toString()).startsWith(file + ":4:");
    }

    @Test
    void refusesADoctypeAndNeverReadsTheEntityTarget() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path file = write("<?xml version=\"1.0\"?>\n<!DOCTYPE submission [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">"
                + "<district code=\"320583\" name=\"&x;\"/></submission>");
        List<DistrictInput> seen = new ArrayList<>();
        FileSummary summary = reader.read(file, seen::add);

        assertThat(seen).isEmpty();
        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("DOCTYPE").doesNotContain("TOP-SECRET-VALUE");
        });
    }

    @Test
    void aMalformedFileYieldsNoDistrictsAndNamesTheLine() throws IOException {
        Path file = write(HEAD + "<district code=\"320583\" name=\"a\"/>\n<district code=\"320584\" name=\"b\">\n</submission>");
        List<DistrictInput> seen = new ArrayList<>();
        FileSummary summary = reader.read(file, seen::add);

        assertThat(seen).isEmpty();
        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.message()).startsWith("not well-formed XML");
        });
    }

    @Test
    void explainsAWrongNamespace() throws IOException {
        Path file = write("<submission year=\"2024\"><district code=\"320583\" name=\"a\"/></submission>");
        FileSummary summary = reader.read(file, d -> { });
        assertThat(summary.fileErrors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("xmlns=\"urn:educheck:submission:1\""));
    }

    @Test
    void findsNumbersThatDoNotFitTogether() throws IOException {
        Path file = write(HEAD
                + "<district code=\"320583\" name=\"昆山市\">\n"
                + "  <school id=\"S1\" name=\"a\" type=\"PRIMARY\">\n"
                + "    <section level=\"PRIMARY\" students=\"500\" teachers=\"30\" teachersAboveDegree=\"31\"/>\n"
                + "  </school>\n"
                + "  <school id=\"S2\" name=\"b\" type=\"NINE_YEAR\">\n"
                + "    <section level=\"PRIMARY\" students=\"300\"/>\n"
                + "  </school>\n"
                + "  <school id=\"S1\" name=\"c\" type=\"PRIMARY\"><section level=\"PRIMARY\" students=\"10\"/></school>\n"
                + "</district></submission>");
        List<InputError> errors = reader.readAll(file, new ArrayList<>()).get(0).errors();

        assertThat(errors).extracting(InputError::field).containsExactly(
                "school[S1]/section[PRIMARY]/@teachersAboveDegree", "school[S2]/section", "school[S1]/@id");
        assertThat(errors).extracting(InputError::line).containsExactly(5, 7, 10);
        assertThat(errors.get(1).message()).contains("PRIMARY and JUNIOR sections");
    }

    @Test
    void oneBadDistrictDoesNotLoseTheGoodOne() throws IOException {
        Path file = write(HEAD
                + "<district code=\"3205\" name=\"bad\"/>\n"
                + "<district code=\"320583\" name=\"good\"/>\n"
                + "</submission>");
        List<DistrictInput> districts = reader.readAll(file, new ArrayList<>());

        assertThat(districts).hasSize(2);
        assertThat(districts.get(0).isValid()).isFalse();
        assertThat(districts.get(0).errors().get(0).message()).contains("six-digit district code");
        assertThat(districts.get(1).isValid()).isTrue();
    }

    @Test
    void aDistrictCodeTwiceInOneFileIsAnError() throws IOException {
        Path file = write(HEAD + "<district code=\"320583\" name=\"a\"/>\n<district code=\"320583\" name=\"b\"/>\n</submission>");
        List<DistrictInput> districts = reader.readAll(file, new ArrayList<>());
        assertThat(districts.get(1).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("appears twice"));
    }

    @Test
    void readsAFileSavedInTheChineseEncodingItDeclares() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n"
                + "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\"><district code=\"320583\" name=\"昆山市\"/></submission>";
        Path file = Files.write(dir.resolve("gb.xml"), xml.getBytes(java.nio.charset.Charset.forName("GB18030")));
        List<InputError> fileErrors = new ArrayList<>();
        List<DistrictInput> districts = reader.readAll(file, fileErrors);

        assertThat(fileErrors).isEmpty();
        assertThat(districts).singleElement().satisfies(d -> assertThat(d.district().getName()).isEqualTo("昆山市"));
    }

    @Test
    void namesTheLineOfBytesNotInTheDeclaredEncoding() throws IOException {
        byte[] head = (HEAD + "<district code=\"320583\" name=\"").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "昆山市".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] tail = "\"/></submission>".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(head);
        bytes.writeBytes(gbk);
        bytes.writeBytes(tail);
        Path file = Files.write(dir.resolve("gbk.xml"), bytes.toByteArray());
        FileSummary summary = reader.read(file, d -> { });

        assertThat(summary.fileErrors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("not UTF-8", "GB18030");
        });
    }

    private Path write(String xml) throws IOException {
        return Files.writeString(dir.resolve("in.xml"), xml, StandardCharsets.UTF_8);
    }
}
