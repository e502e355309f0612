package educheck.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import educheck.model.District;
import educheck.model.Kindergarten;
import educheck.model.Level;
import educheck.model.PreschoolSummary;
import educheck.model.ResourceIndicator;
import educheck.model.School;
import educheck.model.SchoolSection;
import educheck.model.SchoolType;
import educheck.model.Section;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reader and validator under any bytes at all. Every build runs it on the seed corpus beside it
 * ({@code SubmissionFuzzTestInputs/readerKeepsItsPromises}); with {@code JAZZER_FUZZ=1} Jazzer mutates those seeds
 * for a bounded time and saves any input that breaks a promise there, so it stays a regression test.
 *
 * <p>The promises: reading never throws; every error names its file and a line or field, in both languages, in words
 * rather than Java's (but the refusal of a whole workbook package, a zip or an old Excel file that is no workbook,
 * which has neither to name); a refused file yields no district; and a district handed on as valid really is, so the
 * checker can rely on it.
 */
class SubmissionFuzzTest {

    private static final SubmissionReader READER = new SubmissionReader();
    private static final Path FILE = Path.of("fuzzed.xml");

    @FuzzTest(maxDuration = "60s")
    void readerKeepsItsPromises(byte[] input) {
        List<DistrictInput> districts = new ArrayList<>();
        FileSummary summary = READER.read(FILE, () -> new ByteArrayInputStream(input), districts::add);

        // Bytes that open as a zip or an old Excel file are read as a workbook package, which has no lines.
        boolean wholePackageRefused = FileKind.of(FILE, input) != FileKind.XML && !summary.isReadable();
        summary.fileErrors().forEach(e -> located(e, wholePackageRefused));
        if (!summary.isReadable()) {
            assertThat(districts).as("a refused file yields no district").isEmpty();
        }
        assertThat(summary.districts()).isEqualTo(districts.size());
        for (DistrictInput d : districts) {
            d.errors().forEach(e -> located(e, false));
            assertThat(d.errors()).hasSizeLessThanOrEqualTo(SubmissionReader.MAX_ERRORS_PER_DISTRICT + 1);
            if (d.isValid()) {
                sound(d.district());
            } else {
                assertThat(d.errors()).as("a district is refused for a reason").isNotEmpty();
            }
        }
    }

    /** @param ofAWholePackage the error refuses a workbook package as a whole: it may name the file alone */
    static void located(InputError e, boolean ofAWholePackage) {
        located(e, FILE, ofAWholePackage);
    }

    static void located(InputError e, Path file, boolean ofAWholePackage) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isNotNegative();
        assertThat(e.line() > 0 || (e.field() != null && !e.field().isBlank()) || ofAWholePackage)
                .as("line or field: %s", e).isTrue();
        assertThat(e.message()).isNotBlank();
        assertThat(e.messageZh()).isNotBlank();
        // Issue 26: some messages showed Java's own words. What a message quotes of the input ('…') may be anything.
        assertThat(e.message().replaceAll("'[^']*'", "''")).as("words, not Java's")
                .doesNotContain("Cannot invoke", "For input string", "Exception", "java.");
    }

    /** What the checker relies on in a district the reader passed. */
    static void sound(District d) {
        assertThat(d.getCode()).matches("[1-9][0-9]{5}");
        assertThat(d.getName()).isNotNull().hasSizeLessThanOrEqualTo(200);
        assertThat(d.getYear()).isBetween(2000, 2100);
        Set<String> ids = new HashSet<>();
        for (School s : d.getSchools()) {
            assertThat(ids.add(s.getId())).as("school ids unique").isTrue();
            assertThat(s.getType()).isNotNull();
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (Section section : s.getSections()) {
                assertThat(levels.add(section.getLevel())).isTrue();
                assertThat(section.getStudents()).isPositive();
                Integer teachers = section.getTeachers();
                if (teachers != null && section.getBackboneTeachers() != null) {
                    assertThat(section.getBackboneTeachers()).isLessThanOrEqualTo(teachers);
                }
            }
            if (s.getType() == SchoolType.NINE_YEAR || s.getType() == SchoolType.TWELVE_YEAR) {
                assertThat(levels).containsExactlyInAnyOrder(Level.PRIMARY, Level.JUNIOR);
            }
        }
        Set<String> kindergartens = new HashSet<>();
        for (Kindergarten k : d.getKindergartens()) {
            assertThat(kindergartens.add(k.getId())).as("kindergarten ids unique").isTrue();
            assertThat(k.getOwnership()).isNotNull();
        }
        // The facts the checker derives from a valid district are computed without a fault, whatever the numbers.
        for (SchoolSection s : SchoolSection.of(d)) {
            for (ResourceIndicator i : ResourceIndicator.values()) {
                s.get(i);
            }
        }
        for (School s : d.getSchools()) {
            s.getEnrolment();
            s.getClasses();
            s.getTrainingBudgetShare();
        }
        PreschoolSummary p = d.getPreschool();
        p.getInclusiveCoverage();
        p.getPublicShare();
        p.getClassesWithinLimitShare();
        p.getChildrenPerTeacher();
    }
}
