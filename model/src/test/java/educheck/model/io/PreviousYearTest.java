package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.model.District;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousYearTest {

    @TempDir
    Path dir;

    private List<DistrictInput> read(String body) throws IOException {
        Path file = Files.writeString(dir.resolve("d.xml"), "<submission xmlns=\"urn:educheck:submission:1\" year=\"2024\">\n"
                + "<district code=\"310151\" name=\"崇明区\">\n" + body + "</district></submission>");
        return new SubmissionReader().readAll(file, new ArrayList<>());
    }

    @Test
    void changeIsThisYearMinusLastYear() throws IOException {
        District d = read("<measure key=\"educationBudget\" value=\"2310\"/>\n"
                + "<previous year=\"2023\"><measure key=\"educationBudget\" value=\"2250\"/></previous>\n").get(0).district();
        assertThat(d.change("educationBudget").number()).isEqualTo(60.0);
        assertThat(d.previous("educationBudget").number()).isEqualTo(2250.0);
    }

    @Test
    void changeWithoutLastYearIsMissingAndSaysWhatToAdd() throws IOException {
        District d = read("<measure key=\"educationBudget\" value=\"2310\"/>\n").get(0).district();
        assertThat(d.change("educationBudget").isPresent()).isFalse();
        assertThat(d.change("educationBudget").getMissing()).contains("<previous year=\"2023\">", "educationBudget");
    }

    @Test
    void lastYearMustBeTheYearBefore() throws IOException {
        List<InputError> errors = read("<measure key=\"educationBudget\" value=\"2310\"/>\n"
                + "<previous year=\"2022\"><measure key=\"educationBudget\" value=\"2250\"/></previous>\n").get(0).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("previous/@year");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains("2023");
        });
    }
}
