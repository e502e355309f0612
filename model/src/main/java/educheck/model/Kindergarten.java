package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One kindergarten as reported, with its per-child space values (CN.PK.6). */
@XmlType(name = "kindergarten")
public final class Kindergarten extends Located {

    @XmlAttribute(required = true)
    private String id;
    @XmlAttribute(required = true)
    private String name;
    @XmlAttribute(required = true)
    private Ownership ownership;
    @XmlAttribute
    private Integer children;
    @XmlAttribute
    private Integer classes;
    @XmlAttribute
    private Integer classesWithinLimit;
    @XmlAttribute
    private Integer teachers;
    @XmlAttribute
    private Double certifiedStaffRate;
    @XmlAttribute
    private Double outdoorPlayArea;
    @XmlAttribute
    private Double activityRoomArea;
    @XmlAttribute
    private Double buildingArea;

    @XmlElement(name = "measure")
    private List<Measure> measures = new ArrayList<>();

    public Kindergarten() {
    }

    /** For building kindergartens in code (generators, tests); null means not reported. */
    public static Kindergarten of(String id, String name, Ownership ownership, Integer children, Integer classes,
                                  Integer classesWithinLimit, Integer teachers, Double certifiedStaffRate) {
        Kindergarten k = new Kindergarten();
        k.id = id;
        k.name = name;
        k.ownership = ownership;
        k.children = children;
        k.classes = classes;
        k.classesWithinLimit = classesWithinLimit;
        k.teachers = teachers;
        k.certifiedStaffRate = certifiedStaffRate;
        return k;
    }

    public Kindergarten space(Double outdoorPlayArea, Double activityRoomArea, Double buildingArea) {
        this.outdoorPlayArea = outdoorPlayArea;
        this.activityRoomArea = activityRoomArea;
        this.buildingArea = buildingArea;
        return this;
    }

    public Kindergarten add(Measure measure) {
        measures.add(measure);
        return this;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    /** Public or inclusive private: counts towards inclusive coverage (普惠性幼儿园覆盖率). */
    public boolean isInclusive() {
        return ownership == Ownership.PUBLIC || ownership == Ownership.PRIVATE_INCLUSIVE;
    }

    public Integer getChildren() {
        return children;
    }

    public Integer getClasses() {
        return classes;
    }

    public Integer getClassesWithinLimit() {
        return classesWithinLimit;
    }

    public Integer getTeachers() {
        return teachers;
    }

    public List<Measure> getMeasures() {
        return measures;
    }

    public Measured getCertifiedStaffRate() {
        return Measured.of("certifiedStaffRate", certifiedStaffRate, "share");
    }

    public Measured getOutdoorPlayAreaPerChild() {
        return Measured.ratio("outdoorPlayArea / children", outdoorPlayArea, children, 1, "m²", false);
    }

    public Measured getActivityRoomAreaPerChild() {
        return Measured.ratio("activityRoomArea / children", activityRoomArea, children, 1, "m²", false);
    }

    public Measured getBuildingAreaPerChild() {
        return Measured.ratio("buildingArea / children", buildingArea, children, 1, "m²", false);
    }

    public Measured measure(String key) {
        return Measures.find(measures, key);
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
