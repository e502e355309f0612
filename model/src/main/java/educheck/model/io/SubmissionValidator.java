package educheck.model.io;

import educheck.model.District;
import educheck.model.Kindergarten;
import educheck.model.Level;
import educheck.model.Located;
import educheck.model.School;
import educheck.model.SchoolType;
import educheck.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what the schema cannot: that the numbers of one district fit together (no more qualified teachers than
 * teachers, a nine-year school with both sections, ids unique…). Each problem names the line and field.
 */
final class SubmissionValidator {

    private final Path file;
    private final List<InputError> errors = new ArrayList<>();

    private SubmissionValidator(Path file) {
        this.file = file;
    }

    static List<InputError> validate(Path file, District district) {
        SubmissionValidator v = new SubmissionValidator(file);
        v.district(district);
        return v.errors;
    }

    private void district(District d) {
        Integer eligible = intValue(d.getEligibleForRotation().getValue());
        Integer rotated = intValue(d.getRotated().getValue());
        Integer backbone = intValue(d.getRotatedBackbone().getValue());
        if (eligible != null && rotated != null && rotated > eligible) {
            error(d, "rotated", "more teachers rotated (" + rotated + ") than eligible for rotation (" + eligible + ")");
        }
        if (rotated != null && backbone != null && backbone > rotated) {
            error(d, "rotatedBackbone", "more backbone teachers rotated (" + backbone + ") than teachers rotated (" + rotated + ")");
        }
        notAfterYearAssessed(d, "basicBalanceRecognizedYear", intValue(d.getBasicBalanceRecognizedYear().getValue()));
        notAfterYearAssessed(d, "qualityBalanceRecognizedYear", intValue(d.getQualityBalanceRecognizedYear().getValue()));
        if (d.getPrevious() != null && d.getPrevious().getYear() != d.getYear() - 1) {
            error(d.getPrevious(), "previous/@year", "last year's figures are for " + d.getPrevious().getYear()
                    + "; they must be for " + (d.getYear() - 1) + ", the year before the one assessed");
        }
        Set<String> schoolIds = new HashSet<>();
        for (School s : d.getSchools()) {
            if (!schoolIds.add(s.getId())) {
                error(s, "school[" + s.getId() + "]/@id", "school id '" + s.getId() + "' is used twice in this district");
            }
            school(s);
        }
        Set<String> kindergartenIds = new HashSet<>();
        for (Kindergarten k : d.getKindergartens()) {
            if (!kindergartenIds.add(k.getId())) {
                error(k, "kindergarten[" + k.getId() + "]/@id", "kindergarten id '" + k.getId() + "' is used twice in this district");
            }
            kindergarten(k);
        }
    }

    private void notAfterYearAssessed(District d, String field, Integer recognised) {
        if (recognised != null && recognised > d.getYear()) {
            error(d, field, "recognised in " + recognised + ", after the year assessed (" + d.getYear() + ")");
        }
    }

    private void school(School s) {
        String at = "school[" + s.getId() + "]";
        Set<Level> expected = expectedLevels(s.getType());
        Set<Level> seen = EnumSet.noneOf(Level.class);
        for (Section section : s.getSections()) {
            if (!seen.add(section.getLevel())) {
                error(section, at + "/section[" + section.getLevel() + "]", "two " + section.getLevel() + " sections in one school");
            }
            section(at + "/section[" + section.getLevel() + "]", section);
        }
        if (s.getType() == SchoolType.SPECIAL_EDUCATION) {
            if (!s.getSections().isEmpty()) {
                error(s, at, "a special-education school reports students and publicFundsPerStudent on <school>, not sections");
            }
            return;
        }
        if (!seen.equals(expected)) {
            error(s, at + "/section", "a " + s.getType() + " school needs " + describe(expected) + " section"
                    + (expected.size() > 1 ? "s" : "") + "; found " + (seen.isEmpty() ? "none" : describe(seen)));
        }
    }

    private static Set<Level> expectedLevels(SchoolType type) {
        switch (type) {
            case JUNIOR:
                return EnumSet.of(Level.JUNIOR);
            case NINE_YEAR:
            case TWELVE_YEAR:
                return EnumSet.of(Level.PRIMARY, Level.JUNIOR);
            case SPECIAL_EDUCATION:
                return EnumSet.noneOf(Level.class);
            default:
                return EnumSet.of(Level.PRIMARY);
        }
    }

    private static String describe(Set<Level> levels) {
        List<String> names = new ArrayList<>();
        levels.forEach(l -> names.add(l.name()));
        return String.join(" and ", names);
    }

    private void section(String at, Section s) {
        Integer teachers = s.getTeachers();
        if (teachers != null) {
            atMostTeachers(s, at, "teachersAboveDegree", s.getTeachersAboveDegree(), teachers);
            atMostTeachers(s, at, "backboneTeachers", s.getBackboneTeachers(), teachers);
            atMostTeachers(s, at, "peArtTeachers", s.getPeArtTeachers(), teachers);
        }
        Integer classes = s.getClasses();
        Integer largest = s.getLargestClass();
        if (classes != null && classes == 0) {
            error(s, at + "/@classes", "0 classes for " + s.getStudents() + " students");
        }
        if (largest != null && largest > s.getStudents()) {
            error(s, at + "/@largestClass", "largest class (" + largest + ") is bigger than the section (" + s.getStudents() + " students)");
        }
        if (classes != null && largest != null && classes > 0 && (long) classes * largest < s.getStudents()) {
            error(s, at + "/@largestClass", classes + " classes of at most " + largest + " cannot hold " + s.getStudents()
                    + " students: largestClass or classes is wrong");
        }
    }

    private void atMostTeachers(Section s, String at, String field, Integer count, int teachers) {
        if (count != null && count > teachers) {
            error(s, at + "/@" + field, field + " (" + count + ") is more than the section's teachers (" + teachers + ")");
        }
    }

    private void kindergarten(Kindergarten k) {
        Integer classes = k.getClasses();
        Integer within = k.getClassesWithinLimit();
        if (classes != null && within != null && within > classes) {
            error(k, "kindergarten[" + k.getId() + "]/@classesWithinLimit",
                    "classesWithinLimit (" + within + ") is more than classes (" + classes + ")");
        }
    }

    private static Integer intValue(Object measured) {
        return measured instanceof Double d ? d.intValue() : null;
    }

    private void error(Located where, String field, String message) {
        errors.add(new InputError(file, where.line(), where.column(), field, message));
    }
}
