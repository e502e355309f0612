package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import educheck.model.District;
import educheck.model.Level;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workbook saved by a real spreadsheet program, not by educheck: LibreOffice Calc 7.4 (Debian 12's
 * libreoffice-calc-nogui), headless. It was made by tools/libreoffice-fixture/make.sh: educheck's template, with
 * formulas put in by a program and no saved results (ratios as divisions, shares as divisions formatted as
 * percentages, a rounded per-student amount), then opened, computed and saved by {@code soffice --headless
 * --convert-to xlsx}. LibreOffice writes its own styles, shared strings and formula cells with their results.
 */
class LibreOfficeWorkbookTest {

    @Test
    void formulasGiveTheirComputedValuesAndPercentagesTheirFractions() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/educheck/model/workbook/libreoffice-formulas.xlsx").toURI());
        List<InputError> fileErrors = new ArrayList<>();
        List<DistrictInput> districts = new SubmissionReader().readAll(file, fileErrors);

        assertThat(fileErrors).isEmpty();
        assertThat(districts).singleElement().satisfies(d -> assertThat(d.errors()).isEmpty());
        District d = districts.get(0).district();
        assertThat(d.getCode()).isEqualTo("310151");
        assertThat(d.getYear()).isEqualTo(2024);
        assertThat(d.getTeacherSalaryRatio().number()).as("=ROUND(10320/10020,2)").isEqualTo(1.03);
        assertThat(d.getTrainingCompletionRate().number()).as("=1180/1200 shown as 98.3%").isCloseTo(1180.0 / 1200, within(1e-12));
        assertThat(d.getMigrantInPublicShare().number()).as("=9100/10000 shown as 91.0%").isEqualTo(0.91);
        assertThat(d.getRotated().number()).as("=SUM(100,31)").isEqualTo(131.0);
        assertThat(d.getSchools().get(0).getSections().get(0).getLevel()).isEqualTo(Level.PRIMARY);
        assertThat(d.getSchools().get(0).getSections().get(0).getStudents()).as("=20*41+3").isEqualTo(823);
        assertThat(d.measure("educationBudgetPerStudent").number()).as("=ROUND(2310000000/56341,0)").isEqualTo(41000.0);
        assertThat(d.getSchools()).hasSize(3);
        assertThat(d.getKindergartens()).isNotEmpty();
    }
}
