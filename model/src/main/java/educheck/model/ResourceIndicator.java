package educheck.model;

import java.util.function.Function;

/**
 * The seven resource-allocation indicators of MoE-2017 (资源配置, CN.CE.RES.1–7), each a per-section ratio.
 * Their standards live in the DRL rules; this enum only says how each value is computed from the section.
 */
public enum ResourceIndicator {
    TEACHERS_ABOVE_DEGREE("RES.1", "teachersAboveDegree", 100, "teachers above the required degree", true, Section::getTeachersAboveDegree),
    BACKBONE_TEACHERS("RES.2", "backboneTeachers", 100, "backbone teachers", true, Section::getBackboneTeachers),
    PE_ART_TEACHERS("RES.3", "peArtTeachers", 100, "PE and art teachers", true, Section::getPeArtTeachers),
    TEACHING_AREA("RES.4", "teachingArea", 1, "m²", false, Section::getTeachingArea),
    SPORTS_AREA("RES.5", "sportsArea", 1, "m²", false, Section::getSportsArea),
    EQUIPMENT_VALUE("RES.6", "equipmentValue", 1, "CNY", false, Section::getEquipmentValue),
    MULTIMEDIA_ROOMS("RES.7", "multimediaRooms", 100, "multimedia classrooms", true, Section::getMultimediaRooms);

    private final String code;
    private final String field;
    private final double scale;
    private final String unit;
    private final boolean wholeUnits;
    private final Function<Section, Number> resource;

    ResourceIndicator(String code, String field, double scale, String unit, boolean wholeUnits,
                      Function<Section, Number> resource) {
        this.code = code;
        this.field = field;
        this.scale = scale;
        this.unit = unit;
        this.wholeUnits = wholeUnits;
        this.resource = resource;
    }

    /** Short code used in level-wide subjects, e.g. {@code PRIMARY/RES.6}. */
    public String code() {
        return code;
    }

    /** The catalogue ID of the per-section indicator, e.g. {@code CN.CE.RES.6}. */
    public String catalogueId() {
        return "CN.CE." + code;
    }

    /** The submission attribute holding the resource. */
    public String field() {
        return field;
    }

    /** 100 for "per 100 students", 1 for "per student". */
    public double scale() {
        return scale;
    }

    public String unit() {
        return unit;
    }

    public boolean wholeUnits() {
        return wholeUnits;
    }

    /** The section's value of this indicator, e.g. teachers above degree per 100 students. */
    public Measured of(Section section) {
        return Measured.ratio(field + " / students", resource.apply(section), section.getStudents(), scale, unit, wholeUnits);
    }

    public static ResourceIndicator byCode(String code) {
        for (ResourceIndicator i : values()) {
            if (i.code.equals(code) || i.catalogueId().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no resource indicator " + code);
    }
}
