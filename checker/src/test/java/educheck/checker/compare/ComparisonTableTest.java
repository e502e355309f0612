package educheck.checker.compare;

import static org.assertj.core.api.Assertions.assertThat;

import educheck.checker.run.DistrictChecker;
import educheck.checker.run.SampleChecks;
import educheck.checker.compare.ComparisonTable.Cell;
import educheck.checker.compare.ComparisonTable.Row;
import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTableTest {

    @TempDir
    Path dir;

    @Test
    void sumsUpSchoolsAndSectionsAndKeepsDistrictValues() {
        SampleChecks.Run run = SampleChecks.check(SampleChecks.FAILING, SampleChecks.PASSING);
        ComparisonTable table = table(run);

        assertThat(table.columns()).extracting(ComparisonTable.Column::code).containsExactly("430626", "320583");
        Cell res1 = table.cell(row(table, "CN.CE.RES.1 PRIMARY"), 0);
        assertThat((Double) res1.value()).isCloseTo(weightedMean(run.districts().get(0), "CN.CE.RES.1", "/PRIMARY"),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(res1.status()).isEqualTo(Status.PASS);
        Cell size = table.cell(row(table, "CN.CE.GOV.4 "), 0);
        assertThat(size.passed()).isEqualTo(size.total() - 1);
        assertThat(size.status()).isEqualTo(Status.FAIL);
        Row coefficient = row(table, "CN.CE.RES.9 PRIMARY/RES.5");
        assertThat(coefficient.summed()).isFalse();
        assertThat(table.cell(coefficient, 0).value()).isEqualTo(0.664);
        assertThat(table.cell(coefficient, 1).status()).isEqualTo(Status.PASS);
        assertThat(table.cell(row(table, "CN.CE.GOV.8 /salary"), 1).value()).isEqualTo(1.06);
    }

    @Test
    void putsRowsInCatalogueOrderWithPrimaryBeforeJunior() {
        ComparisonTable table = table(SampleChecks.check(SampleChecks.FAILING));
        java.util.List<String> keys = table.rows().stream().map(Row::key).toList();
        assertThat(keys.indexOf("CN.CE.GOV.2 ")).isLessThan(keys.indexOf("CN.CE.GOV.10 "));
        assertThat(keys.indexOf("CN.CE.RES.1 PRIMARY")).isEqualTo(keys.indexOf("CN.CE.RES.1 JUNIOR") - 1);
    }

    @Test
    void judgesEveryDistrictUnderOneJurisdictionWhenAsked() throws Exception {
        Path zhejiang = asZhejiangCounty(dir);
        DistrictChecker checker = new DistrictChecker(SampleChecks.rules());
        SampleChecks.Run own = SampleChecks.check(checker, SampleChecks.FAILING, zhejiang);
        assertThat(own.districts()).extracting(DistrictReport::jurisdictions)
                .containsExactly(java.util.List.of("CN"), java.util.List.of("CN", "CN-33", "CN-33-3301"));

        SampleChecks.Run asZhejiang = SampleChecks.check(checker.judgedAs("CN-33"), SampleChecks.FAILING, zhejiang);
        assertThat(asZhejiang.districts()).extracting(DistrictReport::jurisdictions)
                .containsExactly(java.util.List.of("CN", "CN-33"), java.util.List.of("CN", "CN-33"));
        assertThat(table(asZhejiang).rollups()).extracting(r -> r.finding().getId()).contains("ZJ.1");
    }

    /** The failing sample moved to Zhejiang (西湖区, 330106): a complete district under CN-33's sets. */
    public static Path asZhejiangCounty(Path dir) throws Exception {
        String xml = Files.readString(SampleChecks.FAILING).replace("<district code=\"430626\" name=\"平江县\">",
                "<district code=\"330106\" name=\"西湖区\">");
        return Files.writeString(dir.resolve("zhejiang-330106.xml"), xml);
    }

    private static ComparisonTable table(SampleChecks.Run run) {
        ComparisonTable.Builder builder = ComparisonTable.builder(null);
        run.districts().forEach(builder::add);
        return builder.build(run.outcome());
    }

    private static Row row(ComparisonTable table, String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    /** Σ (Pᵢ / P) · xᵢ over the sections' own values: the mean the difference coefficient is taken about. */
    private static double weightedMean(DistrictReport d, String id, String level) {
        double students = 0;
        double sum = 0;
        for (Finding f : d.findings()) {
            if (f.getId().equals(id) && f.getSubject().endsWith(level)) {
                students += f.getMeasured().getDenominator();
                sum += f.getMeasured().getDenominator() * f.getMeasured().number();
            }
        }
        return sum / students;
    }
}
