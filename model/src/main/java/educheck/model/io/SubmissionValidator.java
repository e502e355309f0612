package educheck.model.io;

import educheck.model.District;
import educheck.model.Kindergarten;
import educheck.model.Level;
import educheck.model.Located;
import educheck.model.Measure;
import educheck.model.School;
import educheck.model.SchoolType;
import educheck.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what the schema cannot: that the numbers of one district fit together (no more qualified teachers than
 * teachers, a nine-year school with both sections, ids unique…). Each problem names the line and field.
 *
 * <p>It also runs on a district the schema found faults in, so every error reaches the clerk in one run: a value
 * the binder could not read is null here and its checks are skipped.
 */
final class SubmissionValidator {

    /** The largest schools in China have some twenty thousand students; sums over sections must not overflow. */
    static final int MAX_SECTION_STUDENTS = 100_000;

    private final Path file;
    private final Map<String, int[]> districtFields;
    private final List<InputError> errors = new ArrayList<>();

    private SubmissionValidator(Path file, Map<String, int[]> districtFields) {
        this.file = file;
        this.districtFields = districtFields;
    }

    /**
     * @param districtFields line and column of each of the district's own elements, by name; a check on one of them
     *                       points there rather than at the {@code <district>} tag
     */
    static List<InputError> validate(Path file, District district, Map<String, int[]> districtFields) {
        SubmissionValidator v = new SubmissionValidator(file, districtFields);
        v.district(district);
        return v.errors;
    }

    private void district(District d) {
        Integer eligible = intValue(d.getEligibleForRotation().getValue());
        Integer rotated = intValue(d.getRotated().getValue());
        Integer backbone = intValue(d.getRotatedBackbone().getValue());
        if (eligible != null && rotated != null && rotated > eligible) {
            error(d, "rotated", new Wording(
                    "more teachers rotated (" + rotated + ") than eligible for rotation (" + eligible + ")",
                    "交流轮岗教师数（" + rotated + "）多于符合交流条件的教师数（" + eligible + "）"));
        }
        if (rotated != null && backbone != null && backbone > rotated) {
            error(d, "rotatedBackbone", new Wording(
                    "more backbone teachers rotated (" + backbone + ") than teachers rotated (" + rotated + ")",
                    "交流的骨干教师数（" + backbone + "）多于交流轮岗教师总数（" + rotated + "）"));
        }
        notAfterYearAssessed(d, "basicBalanceRecognizedYear", intValue(d.getBasicBalanceRecognizedYear().getValue()));
        notAfterYearAssessed(d, "qualityBalanceRecognizedYear", intValue(d.getQualityBalanceRecognizedYear().getValue()));
        if (d.getPrevious() != null && d.getPrevious().getYear() != d.getYear() - 1) {
            error(d.getPrevious(), "previous/@year", new Wording("last year's figures are for " + d.getPrevious().getYear()
                    + "; they must be for " + (d.getYear() - 1) + ", the year before the one assessed",
                    "上一年度数据标注为 " + d.getPrevious().getYear() + " 年；应为 " + (d.getYear() - 1) + " 年（评估年度的前一年）"));
        }
        measures("", d.getMeasures());
        if (d.getPrevious() != null) {
            measures("previous/", d.getPrevious().getMeasures());
        }
        Set<String> schoolIds = new HashSet<>();
        for (School s : d.getSchools()) {
            if (s.getId() != null && !schoolIds.add(s.getId())) {
                error(s, "school[" + s.getId() + "]/@id", new Wording(
                        "school id '" + s.getId() + "' is used twice in this district; each school needs its own id",
                        "学校编号 '" + s.getId() + "' 在本区县中重复使用；每所学校的编号必须不同"));
            }
            school(s);
            measures("school[" + s.getId() + "]/", s.getMeasures());
        }
        Set<String> kindergartenIds = new HashSet<>();
        for (Kindergarten k : d.getKindergartens()) {
            if (k.getId() != null && !kindergartenIds.add(k.getId())) {
                error(k, "kindergarten[" + k.getId() + "]/@id", new Wording(
                        "kindergarten id '" + k.getId() + "' is used twice in this district; each kindergarten needs its own id",
                        "幼儿园编号 '" + k.getId() + "' 在本区县中重复使用；每所幼儿园的编号必须不同"));
            }
            kindergarten(k);
            measures("kindergarten[" + k.getId() + "]/", k.getMeasures());
        }
    }

    /** An open measure's number must be one a rule can compute with; text is the rules' to report as missing. */
    private void measures(String at, List<Measure> measures) {
        for (Measure m : measures) {
            Measure.OutOfRange wrong = m.outOfRange();
            if (wrong == null) {
                continue;
            }
            error(m, at + "measure[" + m.getKey() + "]/@value", outOfRange(wrong, m.getValue()));
        }
    }

    private void notAfterYearAssessed(District d, String field, Integer recognised) {
        if (recognised != null && recognised > d.getYear()) {
            error(d, field, new Wording(
                    "recognised in " + recognised + ", after the year assessed (" + d.getYear() + ")",
                    "认定年份 " + recognised + " 晚于评估年度（" + d.getYear() + "）"));
        }
    }

    private void school(School s) {
        String at = "school[" + s.getId() + "]";
        Set<Level> seen = EnumSet.noneOf(Level.class);
        boolean unreadLevel = false;
        for (Section section : s.getSections()) {
            if (section.getLevel() == null) {
                unreadLevel = true;
                continue;
            }
            String sectionAt = at + "/section[" + section.getLevel() + "]";
            if (!seen.add(section.getLevel())) {
                error(section, sectionAt, new Wording("two " + section.getLevel() + " sections in one school",
                        "同一所学校有两个 " + section.getLevel() + " 学段"));
            }
            section(sectionAt, section);
        }
        if (s.getType() == null || unreadLevel) {
            return;
        }
        if (s.getType() == SchoolType.SPECIAL_EDUCATION) {
            if (!s.getSections().isEmpty()) {
                error(s, at, new Wording(
                        "a special-education school reports students and publicFundsPerStudent on <school>, not sections",
                        "特殊教育学校的 students 和 publicFundsPerStudent 填在 <school> 上，不分学段 <section>"));
            }
            return;
        }
        Set<Level> expected = expectedLevels(s.getType());
        if (!seen.equals(expected)) {
            boolean two = expected.size() > 1;
            error(s, at + "/section", new Wording(
                    "a " + s.getType() + " school needs " + describe(expected, " and ") + " section" + (two ? "s" : "")
                            + "; found " + (seen.isEmpty() ? "none" : describe(seen, " and ")),
                    s.getType() + " 学校须有 " + describe(expected, " 和 ") + (two ? " 两个" : " ") + "学段 <section>；实际"
                            + (seen.isEmpty() ? "没有" : "只有 " + describe(seen, " 和 "))));
        }
    }

    private static Set<Level> expectedLevels(SchoolType type) {
        switch (type) {
            case JUNIOR:
                return EnumSet.of(Level.JUNIOR);
            case NINE_YEAR:
            case TWELVE_YEAR:
                return EnumSet.of(Level.PRIMARY, Level.JUNIOR);
            default:
                return EnumSet.of(Level.PRIMARY);
        }
    }

    private static String describe(Set<Level> levels, String and) {
        List<String> names = new ArrayList<>();
        levels.forEach(l -> names.add(l.name()));
        return String.join(and, names);
    }

    private void section(String at, Section s) {
        Integer teachers = s.getTeachers();
        if (teachers != null) {
            atMostTeachers(s, at, "teachersAboveDegree", "高于规定学历教师数", s.getTeachersAboveDegree(), teachers);
            atMostTeachers(s, at, "backboneTeachers", "骨干教师数", s.getBackboneTeachers(), teachers);
            atMostTeachers(s, at, "peArtTeachers", "体育、艺术专任教师数", s.getPeArtTeachers(), teachers);
        }
        Integer classes = s.getClasses();
        Integer largest = s.getLargestClass();
        int students = s.getStudents();
        if (students <= 0) {
            return;
        }
        if (students > MAX_SECTION_STUDENTS) {
            error(s, at + "/@students", new Wording(
                    students + " students in one section; no school has more than " + MAX_SECTION_STUDENTS + " (a misplaced digit?)",
                    "一个学段 " + students + " 名学生，超过任何学校的规模上限 " + MAX_SECTION_STUDENTS + "（是否多写了一位数？）"));
            return;
        }
        if (classes != null && classes == 0) {
            error(s, at + "/@classes", new Wording("0 classes for " + students + " students",
                    students + " 名学生却填报 0 个班"));
        }
        if (largest != null && largest > students) {
            error(s, at + "/@largestClass", new Wording(
                    "largest class (" + largest + ") is bigger than the section (" + students + " students)",
                    "最大班额（" + largest + "）大于本学段学生总数（" + students + "）"));
        }
        if (classes != null && largest != null && classes > 0 && (long) classes * largest < students) {
            error(s, at + "/@largestClass", new Wording(
                    classes + " classes of at most " + largest + " cannot hold " + students + " students: largestClass or classes is wrong",
                    classes + " 个班、每班至多 " + largest + " 人，容纳不下 " + students + " 名学生：largestClass 或 classes 有误"));
        }
    }

    /** What a number beyond what a rule can compute with is told, in a measure or a workbook cell. */
    static Wording outOfRange(Measure.OutOfRange wrong, String value) {
        String v = value.strip();
        String shown = v.length() > 60 ? v.substring(0, 60) + "…" : v;
        String bound = "10^" + Math.round(Math.log10(Measure.MAX_MAGNITUDE));
        return wrong == Measure.OutOfRange.TOO_LARGE
                ? new Wording("'" + shown + "' is beyond any figure a county has (at most " + bound
                        + " either way): a misplaced digit or exponent?",
                        "'" + shown + "' 超出任何县的实际数值（绝对值不超过 " + bound + "）：是否多写了位数或指数？")
                : new Wording("'" + shown + "' is too small to be told from 0: write 0, or the figure meant",
                        "'" + shown + "' 太小，与 0 无法区分：请填 0 或实际数值");
    }

    private void atMostTeachers(Section s, String at, String field, String fieldZh, Integer count, int teachers) {
        if (count != null && count > teachers) {
            error(s, at + "/@" + field, new Wording(
                    field + " (" + count + ") is more than the section's teachers (" + teachers + "); it counts some of them",
                    fieldZh + " " + field + "（" + count + "）多于本学段专任教师数 teachers（" + teachers + "）；它只能是其中一部分"));
        }
    }

    private void kindergarten(Kindergarten k) {
        Integer classes = k.getClasses();
        Integer within = k.getClassesWithinLimit();
        if (classes != null && within != null && within > classes) {
            error(k, "kindergarten[" + k.getId() + "]/@classesWithinLimit", new Wording(
                    "classesWithinLimit (" + within + ") is more than classes (" + classes + ")",
                    "班额达标的班级数 classesWithinLimit（" + within + "）多于班级总数 classes（" + classes + "）"));
        }
    }

    private static Integer intValue(Object measured) {
        return measured instanceof Double d ? d.intValue() : null;
    }

    private void error(Located where, String field, Wording words) {
        int[] at = where instanceof District ? districtFields.get(field) : null;
        errors.add(at == null ? new InputError(file, where.line(), where.column(), field, words)
                : new InputError(file, at[0], at[1], field, words));
    }
}
