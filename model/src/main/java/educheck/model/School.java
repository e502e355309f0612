package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * One compulsory-education school as reported. School-wide indicators (rooms, size, charter, budgets) are read
 * here; per-student indicators through its {@link SchoolSection}s.
 */
@XmlType(name = "school")
public final class School extends Located {

    @XmlAttribute(required = true)
    private String id;
    @XmlAttribute(required = true)
    private String name;
    @XmlAttribute(required = true)
    private SchoolType type;
    @XmlAttribute
    private Location location;
    @XmlAttribute
    private Boolean boarding;
    @XmlAttribute
    private Boolean ruralSmall;
    @XmlAttribute
    private Boolean charter;
    @XmlAttribute
    private Boolean informationSystems;
    @XmlAttribute
    private Boolean moralEducationGood;
    @XmlAttribute
    private Boolean curriculumComplete;
    @XmlAttribute
    private Double publicFundsBudget;
    @XmlAttribute
    private Double trainingBudget;
    @XmlAttribute
    private Integer publicFundsStudentBasis;
    @XmlAttribute
    private Double publicFundsPerStudent;
    @XmlAttribute
    private Integer students;

    @XmlElement(name = "section")
    private List<Section> sections = new ArrayList<>();
    @XmlElement(name = "room")
    private List<Room> rooms = new ArrayList<>();
    @XmlElement(name = "measure")
    private List<Measure> measures = new ArrayList<>();

    public School() {
    }

    /** For building schools in code (generators, tests). */
    public static School of(String id, String name, SchoolType type, Location location) {
        School s = new School();
        s.id = id;
        s.name = name;
        s.type = type;
        s.location = location;
        return s;
    }

    public School flags(Boolean boarding, Boolean ruralSmall) {
        this.boarding = boarding;
        this.ruralSmall = ruralSmall;
        return this;
    }

    public School quality(Boolean charter, Boolean informationSystems, Boolean moralEducationGood, Boolean curriculumComplete) {
        this.charter = charter;
        this.informationSystems = informationSystems;
        this.moralEducationGood = moralEducationGood;
        this.curriculumComplete = curriculumComplete;
        return this;
    }

    public School budgets(Double publicFundsBudget, Double trainingBudget, Integer publicFundsStudentBasis) {
        this.publicFundsBudget = publicFundsBudget;
        this.trainingBudget = trainingBudget;
        this.publicFundsStudentBasis = publicFundsStudentBasis;
        return this;
    }

    public School specialEducation(Integer students, Double publicFundsPerStudent) {
        this.students = students;
        this.publicFundsPerStudent = publicFundsPerStudent;
        return this;
    }

    public School add(Section section) {
        sections.add(section);
        return this;
    }

    public School add(Room room) {
        rooms.add(room);
        return this;
    }

    public School add(Measure measure) {
        measures.add(measure);
        return this;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SchoolType getType() {
        return type;
    }

    public Location getLocation() {
        return location;
    }

    public Boolean getBoarding() {
        return boarding;
    }

    public Boolean getRuralSmall() {
        return ruralSmall;
    }

    public boolean isSpecialEducation() {
        return type == SchoolType.SPECIAL_EDUCATION;
    }

    public boolean isTeachingPoint() {
        return type == SchoolType.TEACHING_POINT;
    }

    /** Nine- and twelve-year schools: counted whole for size limits, split into sections for everything else. */
    public boolean isThroughTrain() {
        return type == SchoolType.NINE_YEAR || type == SchoolType.TWELVE_YEAR;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Measure> getMeasures() {
        return measures;
    }

    /** Students in the compulsory sections together (or the special-education school's own count). */
    public int getStudents() {
        if (isSpecialEducation() || sections.isEmpty()) {
            return students == null ? 0 : students;
        }
        return sections.stream().mapToInt(Section::getStudents).sum();
    }

    /** Enrolment of the compulsory part, for the size limit (CN.CE.GOV.4). */
    public Measured getEnrolment() {
        if (sections.isEmpty() && students == null) {
            return Measured.missing("students", "no sections or students reported");
        }
        return Measured.of("students", getStudents(), "students");
    }

    /** Classes of all sections together; missing when any section does not report them. */
    public Measured getClasses() {
        if (sections.isEmpty()) {
            return Measured.missing("classes", "no sections reported");
        }
        int total = 0;
        for (Section s : sections) {
            if (s.getClasses() == null) {
                return Measured.missing("classes", "classes of the " + s.getLevel() + " section not reported");
            }
            total += s.getClasses();
        }
        return Measured.of("classes", total);
    }

    /**
     * Rooms of this kind of at least {@code minArea} m². Missing when the school lists no specialist rooms at all,
     * since a school that reports none cannot be told apart from one that has none.
     */
    public Measured roomCount(RoomKind kind, double minArea) {
        if (rooms.isEmpty()) {
            return Measured.missing("room", "no music or art rooms listed for the school");
        }
        long n = rooms.stream().filter(r -> r.getKind() == kind && r.getArea() >= minArea).count();
        return Measured.of("room[" + kind + "] of " + fmt(minArea) + " m² or more", n, "rooms");
    }

    /** Rooms of this kind listed but smaller than {@code minArea} m², for the message of a failing finding. */
    public long undersizedRooms(RoomKind kind, double minArea) {
        return rooms.stream().filter(r -> r.getKind() == kind && r.getArea() < minArea).count();
    }

    public Measured getCharter() {
        return Measured.flag("charter", charter);
    }

    public Measured getInformationSystems() {
        return Measured.flag("informationSystems", informationSystems);
    }

    public Measured getMoralEducationGood() {
        return Measured.flag("moralEducationGood", moralEducationGood);
    }

    public Measured getCurriculumComplete() {
        return Measured.flag("curriculumComplete", curriculumComplete);
    }

    /** Teacher-training budget ÷ annual public-funds budget (CN.CE.QUA.4). */
    public Measured getTrainingBudgetShare() {
        return Measured.ratio("trainingBudget / publicFundsBudget", trainingBudget, publicFundsBudget, 1, "CNY", false);
    }

    /** The headcount public funds are allocated on (CN.CE.GOV.6). */
    public Measured getPublicFundsStudentBasis() {
        return Measured.of("publicFundsStudentBasis", publicFundsStudentBasis, "students");
    }

    /** Special-education schools: public funds per student, CNY (CN.CE.GOV.7). */
    public Measured getPublicFundsPerStudent() {
        return Measured.of("publicFundsPerStudent", publicFundsPerStudent, "CNY per student");
    }

    public Measured measure(String key) {
        return Measures.find(measures, key);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
