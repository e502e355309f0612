package educheck.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import educheck.checker.load.CountyTable;
import educheck.checker.load.RuleFiles;
import educheck.model.io.DistrictInput;
import educheck.model.io.InputError;
import educheck.model.io.SubmissionReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    static final Map<String, String> REAL = realCounties();

    @TempDir
    Path dir;

    static Map<String, String> realCounties() {
        try {
            return CountyTable.of(RuleFiles.bundled()).under("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCountryHasAsManyDistrictsAsChinaWithRealCodesForShanghaiAndZhejiang() {
        List<Country.DistrictId> all = Country.all(REAL);
        assertThat(all).hasSizeBetween(2800, 2900);
        Set<String> codes = new HashSet<>();
        all.forEach(d -> assertThat(codes.add(d.code())).as("unique " + d.code()).isTrue());
        assertThat(codes).allMatch(c -> c.matches("[1-9]\\d{5}"));
        assertThat(all).anyMatch(d -> d.code().equals("310151") && d.name().equals("崇明区"))
                .anyMatch(d -> d.code().equals("330102") && d.name().equals("上城区"));
        assertThat(all.stream().map(Country.DistrictId::province).distinct()).hasSize(31);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws Exception {
        Generator one = new Generator(42, 2024, REAL);
        one.write(12, dir.resolve("a.xml"));
        one.write(12, dir.resolve("b.xml"));
        new Generator(43, 2024, REAL).write(12, dir.resolve("c.xml"));
        assertThat(Files.readAllBytes(dir.resolve("a.xml"))).isEqualTo(Files.readAllBytes(dir.resolve("b.xml")));
        assertThat(Files.readAllBytes(dir.resolve("a.xml"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c.xml")));
    }

    @Test
    void aFolderGetsOneFilePerProvinceAndEveryDistrictReadsWithoutErrors() throws Exception {
        Generator.Summary s = new Generator(3, 2024, REAL).write(150, dir.resolve("out"));
        assertThat(s.files()).hasSizeGreaterThan(25).allMatch(f -> f.getFileName().toString().matches("\\d\\d-[a-z]+\\.xml"));
        List<DistrictInput> read = new ArrayList<>();
        List<InputError> fileErrors = new ArrayList<>();
        for (Path f : s.files()) {
            read.addAll(new SubmissionReader().readAll(f, fileErrors));
        }
        assertThat(fileErrors).isEmpty();
        assertThat(read).hasSize(150).allSatisfy(d -> assertThat(d.errors()).as(d.code()).isEmpty());
        assertThat(read).anyMatch(d -> d.code().startsWith("31")).anyMatch(d -> d.code().startsWith("33"));
        // About the national averages: 150,000 primary + 52,000 junior schools and 270,000 kindergartens in 2,850 districts.
        assertThat(s.schools() / 150.0).isBetween(50.0, 110.0);
        assertThat(s.kindergartens() / 150.0).isBetween(70.0, 130.0);
    }

    @Test
    void shanghaiAndZhejiangDistrictsCarryTheSharedLocalMeasures() throws Exception {
        Path file = dir.resolve("zj.xml");
        List<Country.DistrictId> local = Country.all(REAL).stream()
                .filter(d -> d.code().equals("310151") || d.code().equals("330102")).toList();
        new Generator(5, 2024, REAL).write(local, file, "two");
        List<DistrictInput> read = new SubmissionReader().readAll(file, new ArrayList<>());
        assertThat(read).hasSize(2).allSatisfy(in -> assertThat(in.errors()).isEmpty());
        var d = read.get(1).district();
        assertThat(d.measure("educationBudget").isPresent()).isTrue();
        assertThat(d.previous("educationBudgetPerStudent").isPresent()).isTrue();
        assertThat(d.measure("groupCoverage").isPresent()).isTrue();
        assertThat(d.getSchools().get(0).measure("psychologyTeachers").isPresent()).isTrue();
        assertThat(d.getKindergartens().get(0).measure("groupMember").isPresent()).isTrue();
    }

    @Test
    void refusesMoreDistrictsThanTheCountryHas() {
        Generator g = new Generator(1, 2024, REAL);
        assertThatThrownBy(() -> g.write(g.countryDistricts() + 1, dir.resolve("x.xml")))
                .hasMessageContaining("county-level districts");
    }
}
