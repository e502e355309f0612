package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The primary or junior part of a school, as reported. Rules read the derived per-student values through
 * {@link SchoolSection}; this class holds the raw counts.
 */
@XmlType(name = "section")
public final class Section extends Located {

    @XmlAttribute(required = true)
    private Level level;
    @XmlAttribute(required = true)
    private Integer students;
    @XmlAttribute
    private Integer classes;
    @XmlAttribute
    private Integer largestClass;
    @XmlAttribute
    private Integer teachers;
    @XmlAttribute
    private Integer teachersAboveDegree;
    @XmlAttribute
    private Integer backboneTeachers;
    @XmlAttribute
    private Integer peArtTeachers;
    @XmlAttribute
    private Double teachingArea;
    @XmlAttribute
    private Double sportsArea;
    @XmlAttribute
    private Double equipmentValue;
    @XmlAttribute
    private Integer multimediaRooms;

    public Section() {
    }

    /** For building sections in code (generators, tests); null means not reported. */
    public static Section of(Level level, int students) {
        Section s = new Section();
        s.level = level;
        s.students = students;
        return s;
    }

    public Section classes(Integer classes, Integer largestClass) {
        this.classes = classes;
        this.largestClass = largestClass;
        return this;
    }

    public Section teachers(Integer teachers, Integer aboveDegree, Integer backbone, Integer peArt) {
        this.teachers = teachers;
        this.teachersAboveDegree = aboveDegree;
        this.backboneTeachers = backbone;
        this.peArtTeachers = peArt;
        return this;
    }

    public Section facilities(Double teachingArea, Double sportsArea, Double equipmentValue, Integer multimediaRooms) {
        this.teachingArea = teachingArea;
        this.sportsArea = sportsArea;
        this.equipmentValue = equipmentValue;
        this.multimediaRooms = multimediaRooms;
        return this;
    }

    public Level getLevel() {
        return level;
    }

    /** Students enrolled; the schema requires it, so 0 only for a section built without it. */
    public int getStudents() {
        return students == null ? 0 : students;
    }

    public Integer getClasses() {
        return classes;
    }

    public Integer getLargestClass() {
        return largestClass;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public Integer getTeachersAboveDegree() {
        return teachersAboveDegree;
    }

    public Integer getBackboneTeachers() {
        return backboneTeachers;
    }

    public Integer getPeArtTeachers() {
        return peArtTeachers;
    }

    public Double getTeachingArea() {
        return teachingArea;
    }

    public Double getSportsArea() {
        return sportsArea;
    }

    public Double getEquipmentValue() {
        return equipmentValue;
    }

    public Integer getMultimediaRooms() {
        return multimediaRooms;
    }
}
