package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} writing the report in each format and the rectification list beside it. */
class CheckOutputsTest {

    private static final Path FAILING = Path.of("..", "samples", "failing-430626-pingjiang.xml");

    @TempDir
    Path dir;

    @Test
    void writesTheRectificationListAsCsvBesideTheReport() throws Exception {
        Path report = dir.resolve("report.html");
        Path tasks = dir.resolve("tasks.csv");
        Command run = Command.run("check", FAILING.toString(), "--format", "html", "--output", report.toString(),
                "--rectification", tasks.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).contains("整改任务清单");
        String csv = Files.readString(tasks);
        assertThat(csv).startsWith("\uFEFFdistrict,districtName,unit,unitName,id,subject,target,action,amount,amountUnit,field,gap,indicator,task\r\n")
                .contains("430626,平江县,P09,平江县三市镇中心小学,CN.CE.RES.6,P09/PRIMARY,P09/PRIMARY,add,236000,CNY,equipmentValue,");
        assertThat(Files.list(dir)).hasSize(2);
    }

    @Test
    void aReportFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        Path report = dir.resolve("report.txt");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "made the ordinary way, under the same umask");

        assertThat(Command.run("check", FAILING.toString(), "--output", report.toString()).exitCode()).isEqualTo(1);

        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void everyFormatIsOneOfTheChoices() {
        for (String format : new String[] {"text", "json", "html", "csv", "xml", "rectification"}) {
            Command run = Command.run("check", FAILING.toString(), "--format", format);
            assertThat(run.exitCode()).as(format).isEqualTo(1);
            assertThat(run.out()).as(format).contains("430626");
        }
        Command wrong = Command.run("check", FAILING.toString(), "--format", "pdf");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("unknown format 'pdf'; one of text, json, html, csv, xml, rectification");
    }
}
