package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.model.Waiver;
import educheck.model.Waivers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiverReaderTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-01");

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("waivers.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsQuotedFieldsCommentsAndASpreadsheetsByteOrderMark() throws IOException {
        Path file = write("\uFEFF# accepted by the county office\n"
                + "district,id,subject,reason,approvedBy,expires\n"
                + "320583,CN.CE.RES.5,S3/PRIMARY,\"new hall, ready in \"\"September\"\"\",王科长,2025-08-31\n"
                + "\n");

        Waivers waivers = WaiverReader.read(file, TODAY);

        assertThat(waivers.size()).isEqualTo(1);
        assertThat(waivers.sha256()).hasSize(64);
        assertThat(waivers.file()).isEqualTo(file.toAbsolutePath());
        Waiver w = waivers.match("320583", "CN.CE.RES.5", "S3/PRIMARY");
        assertThat(w).isEqualTo(new Waiver(3, "320583", "CN.CE.RES.5", "S3/PRIMARY", "new hall, ready in \"September\"",
                "王科长", LocalDate.parse("2025-08-31")));
    }

    @Test
    void columnsMayComeInAnyOrder() throws IOException {
        Path file = write("expires,approvedBy,reason,subject,id,district\n2025-08-31,王科长,why,S3/PRIMARY,CN.CE.RES.5,320583\n");

        assertThat(WaiverReader.read(file, TODAY).match("320583", "CN.CE.RES.5", "S3/PRIMARY")).isNotNull();
    }

    @Test
    void aWaiverHoldsUntilTheEndOfItsExpiryDate() {
        Waiver w = new Waiver(2, "320583", "X", "S", "r", "a", LocalDate.parse("2025-06-30"));

        assertThat(w.activeOn(LocalDate.parse("2025-06-30"))).isTrue();
        assertThat(w.activeOn(LocalDate.parse("2025-07-01"))).isFalse();
    }

    @Test
    void eachBadLineIsReportedWithItsLineAndField() throws IOException {
        Path file = write("district,id,subject,reason,approvedBy,expires\n"
                + "320583,CN.CE.RES.5,S3/PRIMARY,why,王科长,2025-31-08\n"
                + "32058,CN.CE.RES.5,S4/PRIMARY,why,王科长,2025-08-31\n"
                + "320583,CN.CE.RES.5,S5/PRIMARY,,王科长,2025-08-31\n"
                + "320583,CN.CE.RES.5,S6/PRIMARY,why, with a comma,王科长,2025-08-31\n"
                + "320583,CN.CE.RES.5,S7/PRIMARY,\"why,王科长,2025-08-31\n"
                + "320583,CN.CE.RES.5,S8/PRIMARY,why,王科长,2025-08-31\n"
                + "320583,CN.CE.RES.5,S8/PRIMARY,again,王科长,2025-09-30\n");

        assertThatThrownBy(() -> WaiverReader.read(file, TODAY))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.errors()).extracting(InputError::toString)
                        .containsExactly(
                                file + ":2: expires: '2025-31-08' is not a date; write YYYY-MM-DD",
                                file + ":3: district: '32058' is not a six-digit district code",
                                file + ":4: reason: is empty; every waiver needs all of district, id, subject, reason, approvedBy, expires",
                                file + ":5: 7 fields where the header has 6 (district,id,subject,reason,approvedBy,expires);"
                                        + " put text with commas in double quotes",
                                file + ":6: a double quote is not closed",
                                file + ":8: waives 320583 CN.CE.RES.5 S8/PRIMARY again; line 7 already does"));
    }

    @Test
    void aHeaderWithoutTheSixColumnsIsRefused() throws IOException {
        Path file = write("district,id,subject,reason,expiry\n");

        assertThatThrownBy(() -> WaiverReader.read(file, TODAY))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining(file + ":1: unknown column 'expiry'")
                .hasMessageContaining(file + ":1: the header has no column 'approvedBy'");
    }
}
