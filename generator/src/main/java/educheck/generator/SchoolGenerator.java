package educheck.generator;

import java.util.List;

/**
 * The compulsory schools of one generated district: primary, junior, nine- and twelve-year schools (two
 * sections each), teaching points and special-education schools, sized by location, with the seven resource
 * figures of each section drawn as a multiple of the national standard. A WEAK district's schools now and then
 * fall short of a standard, and one of its resource indicators may be spread so unevenly that the
 * inter-school difference coefficient fails.
 *
 * <p>The standards below are copied from rules/src/main/resources/CN/*.drl to aim the figures; the rules
 * decide, so if a standard changes there the data only become a little less or more compliant.
 */
final class SchoolGenerator {

    /** CN.CE.RES.1–7: attribute, per-100 scale, primary and junior standard, whole units, rounding step. */
    private record Indicator(String field, double scale, double primary, double junior, boolean teachers, double step) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("teachersAboveDegree", 100, 4.2, 5.3, true, 1),
            new Indicator("backboneTeachers", 100, 1.0, 1.0, true, 1),
            new Indicator("peArtTeachers", 100, 0.9, 0.9, true, 1),
            new Indicator("teachingArea", 1, 4.5, 5.8, false, 10),
            new Indicator("sportsArea", 1, 7.5, 10.2, false, 10),
            new Indicator("equipmentValue", 1, 2000, 2500, false, 100),
            new Indicator("multimediaRooms", 100, 2.3, 2.4, false, 1));

    private final Profile p;
    private final Xml xml;
    private final String town;
    private final boolean localMeasures;
    /** A WEAK district's unevenly spread indicator (index into INDICATORS) and level, or -1. */
    private final int skewed;
    private final String skewedLevel;
    int schools;
    int sections;

    SchoolGenerator(Profile profile, Xml xml, String town, boolean localMeasures) {
        this.p = profile;
        this.xml = xml;
        this.town = town;
        this.localMeasures = localMeasures;
        boolean skew = profile.kind == Profile.Kind.WEAK && profile.chance(0.2);
        this.skewed = skew ? profile.between(0, INDICATORS.size() - 1) : -1;
        this.skewedLevel = profile.chance(0.5) ? "PRIMARY" : "JUNIOR";
    }

    void primary(int n, String location) {
        for (int i = 0; i < n; i++) {
            int students = switch (location) {
                case "URBAN" -> p.between(700, 1950);
                case "TOWN" -> p.between(300, 1500);
                default -> p.between(60, 700);
            };
            if (p.fails()) {
                students = p.between(2010, 2400);
            }
            school("P", "小学", "PRIMARY", location, students, 0);
        }
    }

    void junior(int n, String location) {
        for (int i = 0; i < n; i++) {
            int students = switch (location) {
                case "URBAN" -> p.between(900, 1950);
                case "TOWN" -> p.between(450, 1600);
                default -> p.between(200, 900);
            };
            school("J", "中学", "JUNIOR", location, 0, students);
        }
    }

    void throughTrain(int n, String location, boolean twelveYear) {
        for (int i = 0; i < n; i++) {
            int primary = location.equals("RURAL") ? p.between(150, 700) : p.between(400, 1300);
            int junior = location.equals("RURAL") ? p.between(100, 450) : p.between(250, 1000);
            if (p.fails()) {
                junior = 2600 - primary;
            }
            school(twelveYear ? "T" : "N", twelveYear ? "十二年一贯制学校" : "九年一贯制学校",
                    twelveYear ? "TWELVE_YEAR" : "NINE_YEAR", location, primary, junior);
        }
    }

    void teachingPoints(int n) {
        for (int i = 0; i < n; i++) {
            school("TP", "教学点", "TEACHING_POINT", "RURAL", p.between(8, 110), 0);
        }
    }

    void special(int n) {
        for (int i = 0; i < n; i++) {
            String id = "S" + (++schools);
            double perStudent = p.districtFails() ? p.between(4500, 5900) : p.between(6200, 14000);
            int students = p.between(60, 320);
            double budget = Profile.round(students * perStudent / 1000, 0) * 1000;
            xml.open("    ", "school").attr("id", id).attr("name", town + "特殊教育学校" + (n > 1 ? i + 1 : ""))
                    .attr("type", "SPECIAL_EDUCATION").attr("location", "TOWN").attr("boarding", true)
                    .attr("charter", flag()).attr("informationSystems", flag()).attr("moralEducationGood", flag())
                    .attr("curriculumComplete", flag()).attr("publicFundsBudget", p.maybe(budget))
                    .attr("trainingBudget", training(budget)).attr("publicFundsPerStudent", p.maybe(Profile.round(perStudent, 0)))
                    .attr("students", students);
            measures(false);
            xml.close("    ", "school");
        }
    }

    private void school(String prefix, String kindName, String type, String location, int primary, int junior) {
        String id = prefix + (++schools);
        boolean teachingPoint = type.equals("TEACHING_POINT");
        int students = primary + junior;
        boolean villageSmall = (teachingPoint || type.equals("PRIMARY") && location.equals("RURAL")) && students < 100;
        double budget = Profile.round(students * p.between(650, 1600) / 1000, 0) * 1000;
        Integer basis = villageSmall ? (p.fails() ? students : 100) : students;
        xml.open("    ", "school").attr("id", id).attr("name", town + schools + kindName).attr("type", type)
                .attr("location", p.maybe(location)).attr("boarding", location.equals("RURAL") && junior > 0)
                .attr("ruralSmall", villageSmall);
        if (!teachingPoint) {
            xml.attr("charter", flag()).attr("informationSystems", flag()).attr("moralEducationGood", flag())
                    .attr("curriculumComplete", flag()).attr("publicFundsBudget", p.maybe(budget))
                    .attr("trainingBudget", training(budget));
        }
        xml.attr("publicFundsStudentBasis", p.maybe(basis)).children();
        int classes = 0;
        if (primary > 0) {
            classes += section("PRIMARY", primary, location);
        }
        if (junior > 0) {
            classes += section("JUNIOR", junior, location);
        }
        if (!teachingPoint) {
            rooms("MUSIC", 96, classes);
            rooms("ART", 90, classes);
        }
        measures(true);
        xml.close("    ", "school");
    }

    /** One section; returns its classes. */
    private int section(String level, int students, String location) {
        sections++;
        boolean primary = level.equals("PRIMARY");
        boolean rural = location.equals("RURAL");
        double classSize = primary ? (rural ? p.between(22.0, 38.0) : p.between(36.0, 44.0)) : (rural ? p.between(32.0, 44.0) : p.between(42.0, 48.5));
        int classes = Math.max(1, (int) Math.ceil(students / classSize));
        int largest = Math.min(students, (int) Math.ceil((double) students / classes) + p.between(0, 2));
        int limit = primary ? 45 : 50;
        largest = Math.min(largest, Math.max(limit, (int) Math.ceil((double) students / classes)));
        if (p.fails() && students > limit + 10) {
            classes = Math.max(1, students / (limit + 4));
            largest = Math.min(students, Math.max(limit + p.between(1, 9), (int) Math.ceil((double) students / classes)));
        }
        double perTeacher = primary ? (rural ? p.between(10.0, 14.0) : p.between(15.0, 18.5)) : (rural ? p.between(8.5, 11.0) : p.between(11.0, 13.5));
        int teachers = Math.max(1, (int) Math.ceil(students / perTeacher));
        double[] amounts = new double[INDICATORS.size()];
        for (int i = 0; i < INDICATORS.size(); i++) {
            Indicator ind = INDICATORS.get(i);
            double standard = primary ? ind.primary() : ind.junior();
            boolean short_ = p.fails();
            double multiple = short_ ? p.between(0.70, 0.99) : margin(ind, rural);
            if (i == skewed && level.equals(skewedLevel) && location.equals("URBAN")) {
                multiple *= 4;
            }
            double exact = multiple * standard * students / ind.scale() / ind.step();
            amounts[i] = (short_ ? Math.floor(exact) : Math.ceil(exact - 1e-9)) * ind.step();
            if (ind.teachers() && amounts[i] > teachers) {
                teachers = (int) amounts[i];
            }
        }
        xml.open("      ", "section").attr("level", level).attr("students", students)
                .attr("classes", p.maybe(classes)).attr("largestClass", p.maybe(largest)).attr("teachers", teachers);
        for (int i = 0; i < amounts.length; i++) {
            xml.attr(INDICATORS.get(i).field(), p.maybe(amounts[i]));
        }
        xml.end();
        return classes;
    }

    private double margin(Indicator ind, boolean rural) {
        if (rural && (ind.field().equals("teachingArea") || ind.field().equals("sportsArea"))) {
            return p.between(1.3, 2.2);
        }
        return switch (ind.field()) {
            case "teachersAboveDegree" -> p.between(1.08, 1.5);
            case "multimediaRooms" -> p.between(1.03, 1.25);
            case "equipmentValue" -> p.between(1.05, 2.0);
            default -> p.between(1.08, 1.7);
        };
    }

    /** ⌈classes ÷ 12⌉ rooms of the kind (CN.CE.GOV.3), now and then one short or one too small. */
    private void rooms(String kind, int minArea, int classes) {
        int needed = Math.max(1, (classes + 11) / 12) + (p.chance(0.3) ? 1 : 0);
        boolean undersized = p.fails();
        for (int r = 0; r < needed; r++) {
            int area = undersized && r == 0 ? minArea - p.between(6, 20) : minArea + p.between(0, 14);
            xml.open("      ", "room").attr("kind", kind).attr("area", area).end();
        }
    }

    /** The open measures Shanghai's and Zhejiang's rules read on a school. */
    private void measures(boolean ordinary) {
        if (!localMeasures) {
            return;
        }
        measure("psychologyTeachers", p.fails() ? 0 : p.between(1, 3));
        if (ordinary) {
            measure("smallClassTeaching", p.chance(0.35));
        }
        measure("groupMember", p.chance(0.8));
    }

    private void measure(String key, Object value) {
        xml.open("      ", "measure").attr("key", key).attr("value", value).end();
    }

    private Boolean flag() {
        return p.maybe(!p.fails());
    }

    private Double training(double budget) {
        double share = p.fails() ? p.between(0.02, 0.049) : p.between(0.053, 0.09);
        return p.maybe(Profile.round(budget * share / 100, 0) * 100);
    }
}
