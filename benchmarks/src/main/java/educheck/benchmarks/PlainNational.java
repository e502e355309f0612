package educheck.benchmarks;

import educheck.model.DifferenceCoefficient;
import educheck.model.District;
import educheck.model.Finding;
import educheck.model.Kindergarten;
import educheck.model.Level;
import educheck.model.Location;
import educheck.model.Measured;
import educheck.model.ResourceIndicator;
import educheck.model.RoomKind;
import educheck.model.School;
import educheck.model.SchoolSection;
import educheck.model.SchoolType;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.rules.Comparison;
import educheck.rules.RuleMath;
import java.util.ArrayList;
import java.util.List;

/**
 * The national standards (MoE-2017 and MoE-2020) written out in plain Java, only for the benchmark: the same
 * items, subjects and thresholds as rules/src/main/resources/CN/*.drl, with no rule engine. The harness checks
 * that it agrees with educheck on every district before it compares their times.
 */
final class PlainNational {

    /** Every finding and the two standards' verdicts for one district. */
    record Result(List<Finding> findings, Verdict moe2017, Verdict moe2020) {
    }

    private static final double[] PRIMARY = {4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3};
    private static final double[] JUNIOR = {5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4};

    private PlainNational() {
    }

    static Result evaluate(District d) {
        PlainFindings f = new PlainFindings();
        String c = d.getCode();
        government(d, f, c);
        quality(d, f, c);
        List<SchoolSection> sections = SchoolSection.of(d);
        schools(d, sections, f);
        resources(sections, f);
        preschool(d, f, c);
        List<Finding> moe2017 = new ArrayList<>();
        List<Finding> moe2020 = new ArrayList<>();
        for (Finding x : f.all) {
            if (x.getId().startsWith("CN.PK.")) {
                moe2020.add(x);
            } else if (!x.getId().startsWith("CN.CE.RES.") || x.getId().equals("CN.CE.RES.8") || x.getId().equals("CN.CE.RES.9")) {
                moe2017.add(x);
            }
        }
        return new Result(f.all, Verdict.over(moe2017), Verdict.over(moe2020));
    }

    private static void government(District d, PlainFindings f, String c) {
        f.flag("CN.CE.GOV.1", c, "layout", d.getLayoutReasonable());
        f.flag("CN.CE.GOV.2", c, "standards", d.getStandardsMeetProvincial());
        f.number("CN.CE.GOV.8", c + "/salary", "salary", d.getTeacherSalaryRatio(), 1.0, ">=");
        f.flag("CN.CE.GOV.8", c + "/performance-pay", "performance pay", d.getPerformancePayFullyApproved());
        f.number("CN.CE.GOV.9", c, "training", d.getTrainingCompletionRate(), 1.0, ">=");
        f.flag("CN.CE.GOV.10", c, "staffing", d.getStaffingAllocatedByCounty());
        f.number("CN.CE.GOV.11", c + "/rotation", "rotation", d.getRotationShare(), 0.10, ">=");
        f.number("CN.CE.GOV.11", c + "/backbone", "backbone rotation", d.getBackboneRotationShare(), 0.20, ">=");
        f.number("CN.CE.GOV.12", c, "certified", d.getCertifiedTeacherRate(), 1.0, ">=");
        f.number("CN.CE.GOV.13", c + "/PRIMARY", "nearby primary", d.getNearbyEnrollmentPrimary(), 1.0, ">=");
        f.number("CN.CE.GOV.13", c + "/JUNIOR", "nearby junior", d.getNearbyEnrollmentJunior(), 0.95, ">=");
        f.number("CN.CE.GOV.14", c + "/quota", "quota", d.getHighSchoolQuotaShare(), 0.50, ">=");
        f.flag("CN.CE.GOV.14", c + "/rural-lean", "rural lean", d.getHighSchoolQuotaLeansRural());
        f.flag("CN.CE.GOV.15", c + "/left-behind-care", "left-behind care", d.getLeftBehindCareSystem());
        f.number("CN.CE.GOV.15", c + "/migrant-children", "migrant children", d.getMigrantInPublicShare(), 0.85, ">=");
    }

    private static void quality(District d, PlainFindings f, String c) {
        f.number("CN.CE.QUA.1", c, "retention", d.getJuniorRetentionRate(), 0.95, ">=");
        f.number("CN.CE.QUA.2", c, "disabled", d.getDisabledEnrollmentRate(), 0.95, ">=");
        f.flag("CN.CE.QUA.5", c, "IT", d.getItTeachingAssessed());
        f.flag("CN.CE.QUA.8", c, "burden", d.getNoExcessiveBurden());
        f.number("CN.CE.QUA.9", c + "/level-3", "level III", d.getMonitoringLevel3Share(), 1.0, ">=");
        f.number("CN.CE.QUA.9", c + "/difference-rate", "difference rate", d.getMonitoringSchoolDifferenceRate(), 0.15, "<");
        f.number("CN.CE.SOC.1", c, "recognition", d.getSocialRecognition(), 0.85, ">=");
        f.number("CN.CE.PRE.1", c, "basic balance", d.getYearsSinceBasicBalance(), 3, ">=");
        if (d.getVetoes() == null) {
            f.outcome("CN.CE.VETO.1", c, Status.NOT_ASSESSED, null, 0, "==", "vetoes: not reported");
        } else if (d.getVetoes().isEmpty()) {
            f.outcome("CN.CE.VETO.1", c, Status.PASS, 0, 0, "==", "vetoes: none reported, met");
        } else {
            f.outcome("CN.CE.VETO.1", c, Status.FAIL, d.getVetoes().size(), 0, "==", "vetoes: vetoed");
        }
    }

    private static void schools(District d, List<SchoolSection> sections, PlainFindings f) {
        for (School s : d.getSchools()) {
            String id = s.getId();
            if (!s.isSpecialEducation() && !s.isTeachingPoint()) {
                Measured needed = RuleMath.ceilDiv(s.getClasses(), 12);
                f.number("CN.CE.GOV.3", id + "/MUSIC", "music rooms", s.roomCount(RoomKind.MUSIC, 96), needed);
                f.number("CN.CE.GOV.3", id + "/ART", "art rooms", s.roomCount(RoomKind.ART, 90), needed);
            }
            if (s.getType() == SchoolType.PRIMARY || s.getType() == SchoolType.JUNIOR) {
                f.number("CN.CE.GOV.4", id, "size", s.getEnrolment(), 2000, "<=");
            } else if (s.isThroughTrain()) {
                f.number("CN.CE.GOV.4", id, "size", s.getEnrolment(), 2500, "<=");
            }
            boolean village = s.getType() == SchoolType.PRIMARY && (s.getLocation() == Location.RURAL || s.getLocation() == null);
            if ((village || s.isTeachingPoint()) && s.getStudents() < 100) {
                Measured basis = s.getLocation() == null && !s.isTeachingPoint()
                        ? Measured.missing("location", "location not reported") : s.getPublicFundsStudentBasis();
                f.number("CN.CE.GOV.6", id, "funding basis", basis, 100, ">=");
            }
            if (s.isSpecialEducation()) {
                f.number("CN.CE.GOV.7", id, "special funding", s.getPublicFundsPerStudent(), 6000, ">=");
            }
            if (!s.isTeachingPoint()) {
                f.flag("CN.CE.QUA.3", id + "/charter", "charter", s.getCharter());
                f.flag("CN.CE.QUA.3", id + "/information-systems", "information systems", s.getInformationSystems());
                f.number("CN.CE.QUA.4", id, "training budget", s.getTrainingBudgetShare(), 0.05, ">=");
                f.flag("CN.CE.QUA.6", id, "moral education", s.getMoralEducationGood());
                f.flag("CN.CE.QUA.7", id, "curriculum", s.getCurriculumComplete());
            }
        }
        for (SchoolSection s : sections) {
            f.number("CN.CE.GOV.5", s.getSubject(), "largest class", s.getLargestClass(), s.getLevel() == Level.PRIMARY ? 45 : 50, "<=");
        }
    }

    /** RES.1–7 per section in scope, six of seven (RES.8), and the difference coefficients (RES.9). */
    private static void resources(List<SchoolSection> sections, PlainFindings f) {
        List<SchoolSection> primary = new ArrayList<>();
        List<SchoolSection> junior = new ArrayList<>();
        for (SchoolSection s : sections) {
            if (s.isSpecialEducation() || s.isTeachingPoint() && s.getSchoolStudents() < 50) {
                continue;
            }
            (s.getLevel() == Level.PRIMARY ? primary : junior).add(s);
            double[] standards = s.getLevel() == Level.PRIMARY ? PRIMARY : JUNIOR;
            int first = f.all.size();
            for (ResourceIndicator i : ResourceIndicator.values()) {
                f.number(i.catalogueId(), s.getSubject(), i.field(), s.get(i), standards[i.ordinal()], ">=");
            }
            sixOfSeven(s.getSubject(), f.all.subList(first, f.all.size()), f);
        }
        for (ResourceIndicator i : ResourceIndicator.values()) {
            f.number("CN.CE.RES.9", "PRIMARY/" + i.code(), "coefficient", DifferenceCoefficient.across(primary, i), 0.50, "<=");
        }
        for (ResourceIndicator i : ResourceIndicator.values()) {
            f.number("CN.CE.RES.9", "JUNIOR/" + i.code(), "coefficient", DifferenceCoefficient.across(junior, i), 0.45, "<=");
        }
    }

    private static void sixOfSeven(String subject, List<Finding> seven, PlainFindings f) {
        int met = 0;
        boolean unknown = false;
        int unmet = 0;
        boolean tooLow = false;
        for (Finding x : seven) {
            if (x.getStatus() == Status.PASS || x.getStatus() == Status.WAIVED) {
                met++;
            } else if (x.getStatus() == Status.NOT_ASSESSED) {
                unknown = true;
            } else {
                unmet++;
                double share = x.getMeasured().number() / ((Number) x.getRequired()).doubleValue();
                tooLow |= !Comparison.meets(share, ">=", 0.85);
            }
        }
        Status status = unmet > 1 || tooLow ? Status.FAIL : unknown ? Status.NOT_ASSESSED : Status.PASS;
        f.outcome("CN.CE.RES.8", subject, status, status == Status.NOT_ASSESSED ? null : met, 6, ">=", met + " of 7 met");
    }

    private static void preschool(District d, PlainFindings f, String c) {
        f.number("CN.PK.1", c, "gross enrolment", d.getPreschoolGrossEnrollmentRate(), 0.85, ">=");
        f.number("CN.PK.2", c, "inclusive coverage", d.getPreschool().getInclusiveCoverage(), 0.80, ">=");
        f.number("CN.PK.3", c, "public share", d.getPreschool().getPublicShare(), 0.50, ">=");
        f.number("CN.PK.4", c + "/public-funding", "public funding", d.getPreschoolPublicFundingPerChild(), d.getPreschoolPublicFundingStandard());
        f.number("CN.PK.4", c + "/inclusive-subsidy", "inclusive subsidy", d.getPreschoolInclusiveSubsidyPerChild(),
                d.getPreschoolInclusiveSubsidyStandard());
        f.number("CN.PK.5", c, "non-established pay", d.getPreschoolNonEstablishedPayRatio(), d.getPreschoolNonEstablishedPayStandard());
        Measured outdoor = orDefault(d.getPreschoolOutdoorAreaStandard(), 4.0);
        Measured building = orDefault(d.getPreschoolBuildingAreaStandard(), 9.0);
        for (Kindergarten k : d.getKindergartens()) {
            f.number("CN.PK.6", k.getId() + "/outdoor", "outdoor", k.getOutdoorPlayAreaPerChild(), outdoor);
            f.number("CN.PK.6", k.getId() + "/activity-rooms", "activity rooms", k.getActivityRoomAreaPerChild(),
                    d.getPreschoolActivityRoomAreaStandard());
            f.number("CN.PK.6", k.getId() + "/building", "building", k.getBuildingAreaPerChild(), building);
        }
        f.number("CN.PK.7", c, "classes within limit", d.getPreschool().getClassesWithinLimitShare(), 0.85, ">=");
        f.number("CN.PK.8", c, "children per teacher", d.getPreschool().getChildrenPerTeacher(), 15, "<=");
        for (Kindergarten k : d.getKindergartens()) {
            f.number("CN.PK.9", k.getId(), "certified staff", k.getCertifiedStaffRate(), 1.0, ">=");
        }
        f.number("CN.PK.10", c, "preschool recognition", d.getPreschoolSocialRecognition(), 0.85, ">=");
    }

    private static Measured orDefault(Measured provincial, double fallback) {
        return provincial.isPresent() ? provincial : Measured.of("rule default", fallback);
    }
}
