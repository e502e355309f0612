package educheck.generator;

import java.util.SplittableRandom;

/**
 * One synthetic district as a {@code <district>} element: the district-level figures of MoE-2017 and
 * MoE-2020, its schools ({@link SchoolGenerator}) and kindergartens, and for Shanghai (31) and Zhejiang (33)
 * the open measures their local rule sets read. The same seed and code always give the same text.
 */
public final class DistrictGenerator {

    /** How many schools and kindergartens a district got, for the generator's summary. */
    public record Counts(int schools, int sections, int kindergartens) {
    }

    private final long seed;
    private final int year;

    public DistrictGenerator(long seed, int year) {
        this.seed = seed;
        this.year = year;
    }

    /** Appends the district's element to {@code out}. */
    public Counts write(Country.DistrictId id, StringBuilder out) {
        Profile p = Profile.draw(seed, id.code());
        Xml xml = new Xml(out);
        boolean local = id.province().equals("31") || id.province().equals("33");
        xml.open("  ", "district").attr("code", id.code()).attr("name", id.name()).children();
        compulsory(p, xml, local);
        preschool(p, xml);
        vetoes(p, xml);
        if (local) {
            districtMeasures(p, xml);
        }
        String town = id.name().substring(0, Math.min(2, id.name().length()));
        SchoolGenerator schools = new SchoolGenerator(p, xml, town, local);
        double scale = Math.exp(gaussian(p.random) * 0.45 - 0.1);
        int rural = switch (id.kind()) {
            case CITY_DISTRICT -> 10;
            case COUNTY_CITY -> 25;
            case COUNTY -> 50;
        };
        int primaries = count(scale, id.kind() == Country.Kind.CITY_DISTRICT ? 30 : 50);
        int juniors = count(scale, id.kind() == Country.Kind.CITY_DISTRICT ? 11 : 13.5);
        for (String location : new String[] {"URBAN", "TOWN", "RURAL"}) {
            double share = location.equals("RURAL") ? rural / 100.0 : location.equals("TOWN") ? 0.3 : 0.7 - rural / 100.0;
            schools.primary((int) Math.round(primaries * share), location);
            schools.junior((int) Math.round(juniors * share), location);
            schools.throughTrain((int) Math.round(count(scale, 5.5) * share), location, false);
        }
        schools.throughTrain(p.chance(0.25) ? 1 : 0, "URBAN", true);
        schools.teachingPoints(count(scale, rural / 100.0 * 22));
        schools.special(p.chance(0.8) ? 1 : p.chance(0.3) ? 2 : 0);
        int kindergartens = count(scale, id.kind() == Country.Kind.CITY_DISTRICT ? 80 : 100);
        // District-wide shortfalls of MoE-2020: oversized classes (CN.PK.7), too few teachers (CN.PK.8).
        boolean crowded = p.districtFails();
        boolean understaffed = p.districtFails();
        for (int k = 1; k <= kindergartens; k++) {
            kindergarten(p, xml, town, k, local, crowded, understaffed);
        }
        xml.close("  ", "district");
        return new Counts(schools.schools, schools.sections, kindergartens);
    }

    private void compulsory(Profile p, Xml xml, boolean local) {
        String i = "    ";
        boolean stale = p.districtFails();
        xml.element(i, "basicBalanceRecognizedYear", p.maybe(stale ? year - p.between(0, 2) : year - p.between(3, 12)));
        if (p.kind == Profile.Kind.STRONG && p.chance(local ? 0.5 : 0.2)) {
            xml.element(i, "qualityBalanceRecognizedYear", year - p.between(0, 4));
        }
        xml.element(i, "teacherSalaryRatio", share(p, 1.0, 1.15, 0.90, 0.99));
        xml.element(i, "performancePayFullyApproved", flag(p));
        xml.element(i, "trainingCompletionRate", p.maybe(p.districtFails() ? Profile.round(p.between(0.92, 0.99), 3) : 1.0));
        xml.element(i, "staffingAllocatedByCounty", flag(p));
        int eligible = p.between(400, 4000);
        int rotated = (int) Math.ceil(eligible * (p.districtFails() ? p.between(0.05, 0.099) : p.between(0.101, 0.16)));
        int backbone = (int) Math.ceil(rotated * (p.districtFails() ? p.between(0.10, 0.199) : p.between(0.201, 0.35)));
        xml.element(i, "eligibleForRotation", p.maybe(eligible)).element(i, "rotated", p.maybe(rotated))
                .element(i, "rotatedBackbone", p.maybe(backbone));
        xml.element(i, "certifiedTeacherRate", p.maybe(p.districtFails() ? Profile.round(p.between(0.95, 0.995), 3) : 1.0));
        xml.element(i, "nearbyEnrollmentPrimary", p.maybe(p.districtFails() ? Profile.round(p.between(0.93, 0.995), 3) : 1.0));
        xml.element(i, "nearbyEnrollmentJunior", share(p, 0.95, 1.0, 0.88, 0.949));
        xml.element(i, "highSchoolQuotaShare", share(p, 0.50, 0.68, 0.35, 0.49));
        xml.element(i, "highSchoolQuotaLeansRural", flag(p));
        xml.element(i, "leftBehindCareSystem", flag(p));
        xml.element(i, "migrantInPublicShare", share(p, 0.85, 0.98, 0.70, 0.849));
        xml.element(i, "juniorRetentionRate", share(p, 0.95, 0.998, 0.90, 0.949));
        xml.element(i, "disabledEnrollmentRate", share(p, 0.95, 0.995, 0.88, 0.949));
        xml.element(i, "itTeachingAssessed", flag(p));
        xml.element(i, "noExcessiveBurden", flag(p));
        xml.element(i, "monitoringLevel3Share", p.maybe(p.districtFails() ? Profile.round(p.between(0.6, 0.95), 2) : 1.0));
        double rate = p.districtFails() ? p.between(0.15, 0.25) : p.between(0.04, 0.149);
        xml.element(i, "monitoringSchoolDifferenceRate", p.maybe(Profile.round(rate, 3)));
        xml.element(i, "socialRecognition", share(p, 0.85, 0.97, 0.75, 0.849));
        xml.element(i, "layoutReasonable", flag(p));
        xml.element(i, "standardsMeetProvincial", flag(p));
    }

    private void preschool(Profile p, Xml xml) {
        String i = "    ";
        xml.element(i, "preschoolGrossEnrollmentRate", share(p, 0.86, 0.995, 0.75, 0.849));
        double funding = Profile.round(p.between(4000, 9000), -2);
        xml.element(i, "preschoolPublicFundingPerChild", p.maybe(Profile.round(p.districtFails() ? funding * 0.8 : funding * p.between(1.0, 1.4), 0)));
        xml.element(i, "preschoolPublicFundingStandard", p.maybe(funding));
        double subsidy = Profile.round(p.between(1000, 3000), -2);
        xml.element(i, "preschoolInclusiveSubsidyPerChild", p.maybe(Profile.round(p.districtFails() ? subsidy * 0.8 : subsidy * p.between(1.0, 1.3), 0)));
        xml.element(i, "preschoolInclusiveSubsidyStandard", p.maybe(subsidy));
        xml.element(i, "preschoolNonEstablishedPayRatio", share(p, 0.8, 0.95, 0.6, 0.79));
        xml.element(i, "preschoolNonEstablishedPayStandard", p.maybe(0.8));
        xml.element(i, "preschoolOutdoorAreaStandard", p.maybe(4.0));
        xml.element(i, "preschoolActivityRoomAreaStandard", p.maybe(p.chance(0.05) ? null : 1.8));
        xml.element(i, "preschoolBuildingAreaStandard", p.maybe(p.chance(0.3) ? null : 8.0));
        xml.element(i, "preschoolSocialRecognition", share(p, 0.86, 0.97, 0.75, 0.849));
    }

    /** Usually none; a WEAK district now and then has one. An INCOMPLETE one may not report on vetoes at all. */
    private void vetoes(Profile p, Xml xml) {
        if (p.kind == Profile.Kind.INCOMPLETE && p.chance(0.3)) {
            return;
        }
        if (p.kind == Profile.Kind.WEAK && p.chance(0.03)) {
            xml.raw("    <vetoes>\n      <veto kind=\"KEY_CLASSES\">设置重点班</veto>\n    </vetoes>\n");
        } else {
            xml.raw("    <vetoes/>\n");
        }
    }

    /** The open measures shared by Shanghai's and Zhejiang's rule sets, with last year's budget figures. */
    private void districtMeasures(Profile p, Xml xml) {
        double budget = Profile.round(p.between(0.8e9, 6e9), -6);
        double perStudent = Profile.round(p.between(22000, 48000), -1);
        double growth = p.districtFails() ? p.between(0.92, 0.995) : p.between(1.0, 1.08);
        measure(xml, "    ", "educationBudget", budget);
        measure(xml, "    ", "educationBudgetPerStudent", perStudent);
        measure(xml, "    ", "groupCoverage", share(p, 0.6, 1.0, 0.3, 0.59));
        measure(xml, "    ", "standardisedSchoolShare", share(p, 0.9, 1.0, 0.6, 0.89));
        xml.open("    ", "previous").attr("year", year - 1).children();
        measure(xml, "      ", "educationBudget", Profile.round(budget / growth, -6));
        measure(xml, "      ", "educationBudgetPerStudent", Profile.round(perStudent / growth, -1));
        xml.close("    ", "previous");
    }

    private void kindergarten(Profile p, Xml xml, String town, int k, boolean local, boolean crowded, boolean understaffed) {
        double d = p.random.nextDouble();
        String ownership = d < 0.6 ? "PUBLIC" : d < 0.88 ? "PRIVATE_INCLUSIVE" : "PRIVATE";
        int children = p.between(40, 420);
        int classes = Math.max(1, (int) Math.ceil(children / p.between(24.0, 31.0)));
        int within = crowded || p.fails() ? Math.max(0, classes - p.between(1, 3)) : classes;
        int teachers = (int) Math.ceil(children / (understaffed || p.fails() ? p.between(15.5, 20.0) : p.between(9.0, 14.0)));
        xml.open("    ", "kindergarten").attr("id", String.format("K%04d", k)).attr("name", town + k + "幼儿园")
                .attr("ownership", ownership).attr("children", p.maybe(children)).attr("classes", p.maybe(classes))
                .attr("classesWithinLimit", p.maybe(within)).attr("teachers", p.maybe(teachers))
                .attr("certifiedStaffRate", p.maybe(p.fails() ? Profile.round(p.between(0.85, 0.99), 2) : 1.0))
                .attr("outdoorPlayArea", p.maybe(Profile.round(children * (p.fails() ? p.between(2.5, 3.9) : p.between(4.2, 9.0)), 0)))
                .attr("activityRoomArea", p.maybe(Profile.round(children * p.between(1.9, 3.2), 0)))
                .attr("buildingArea", p.maybe(Profile.round(children * (p.fails() ? p.between(6.0, 7.9) : p.between(9.1, 14.0)), 0)));
        if (local) {
            xml.children();
            measure(xml, "      ", "groupMember", p.chance(0.7));
            xml.close("    ", "kindergarten");
        } else {
            xml.end();
        }
    }

    private static void measure(Xml xml, String indent, String key, Object value) {
        xml.open(indent, "measure").attr("key", key).attr("value", value).end();
    }

    /** A share drawn from the passing range, or from the failing one when the district misses the item. */
    private static Double share(Profile p, double low, double high, double failLow, double failHigh) {
        return p.maybe(p.districtFails() ? Profile.round(p.between(failLow, failHigh), 3) : Profile.round(p.between(low, high), 3));
    }

    private static Boolean flag(Profile p) {
        return p.maybe(!p.districtFails());
    }

    private static int count(double scale, double mean) {
        return (int) Math.round(scale * mean);
    }

    /** A standard normal draw (Box–Muller), from the district's own random source. */
    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
