package educheck.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The primary or junior part of one school, with its seven resource values computed once. Per-student rules
 * match this fact; its subject is {@code SCHOOL/LEVEL}, e.g. {@code S001/PRIMARY}.
 */
public final class SchoolSection {

    private final School school;
    private final Section section;
    private final Map<ResourceIndicator, Measured> resources = new EnumMap<>(ResourceIndicator.class);
    /** Built once: every finding about the section carries it, and one string is hashed once when they are sorted. */
    private final String subject;

    public SchoolSection(School school, Section section) {
        this.school = school;
        this.section = section;
        this.subject = school.getId() + "/" + section.getLevel();
        for (ResourceIndicator i : ResourceIndicator.values()) {
            resources.put(i, i.of(section));
        }
    }

    /** Every section of every school of the district. */
    public static List<SchoolSection> of(District district) {
        List<SchoolSection> all = new ArrayList<>();
        for (School school : district.getSchools()) {
            for (Section section : school.getSections()) {
                all.add(new SchoolSection(school, section));
            }
        }
        return all;
    }

    public String getSubject() {
        return subject;
    }

    public School getSchool() {
        return school;
    }

    public Section getSection() {
        return section;
    }

    public Level getLevel() {
        return section.getLevel();
    }

    public String getSchoolId() {
        return school.getId();
    }

    public SchoolType getSchoolType() {
        return school.getType();
    }

    public Location getLocation() {
        return school.getLocation();
    }

    public boolean isTeachingPoint() {
        return school.isTeachingPoint();
    }

    public boolean isSpecialEducation() {
        return school.isSpecialEducation();
    }

    /** Students of this section. */
    public int getStudents() {
        return section.getStudents();
    }

    /** Students of the whole school (both sections of a nine-year school). */
    public int getSchoolStudents() {
        return school.getStudents();
    }

    public Measured get(ResourceIndicator indicator) {
        return resources.get(indicator);
    }

    /** CN.CE.RES.1: teachers with degrees above the required level, per 100 students. */
    public Measured getTeachersAboveDegreePer100() {
        return get(ResourceIndicator.TEACHERS_ABOVE_DEGREE);
    }

    /** CN.CE.RES.2: county-level-or-above backbone teachers per 100 students. */
    public Measured getBackboneTeachersPer100() {
        return get(ResourceIndicator.BACKBONE_TEACHERS);
    }

    /** CN.CE.RES.3: full-time PE, music and fine-art teachers per 100 students. */
    public Measured getPeArtTeachersPer100() {
        return get(ResourceIndicator.PE_ART_TEACHERS);
    }

    /** CN.CE.RES.4: teaching and auxiliary room area per student, m². */
    public Measured getTeachingAreaPerStudent() {
        return get(ResourceIndicator.TEACHING_AREA);
    }

    /** CN.CE.RES.5: sports ground and hall area per student, m². */
    public Measured getSportsAreaPerStudent() {
        return get(ResourceIndicator.SPORTS_AREA);
    }

    /** CN.CE.RES.6: teaching instrument and equipment value per student, CNY. */
    public Measured getEquipmentValuePerStudent() {
        return get(ResourceIndicator.EQUIPMENT_VALUE);
    }

    /** CN.CE.RES.7: networked multimedia classrooms per 100 students. */
    public Measured getMultimediaRoomsPer100() {
        return get(ResourceIndicator.MULTIMEDIA_ROOMS);
    }

    /** Students in the section's largest class (CN.CE.GOV.5). */
    public Measured getLargestClass() {
        return Measured.of("largestClass", section.getLargestClass(), "students");
    }

    @Override
    public String toString() {
        return getSubject();
    }
}
