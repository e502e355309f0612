package educheck.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One county-level district's submission. Each typed element is read by rules as a {@link Measured} named after
 * the element, so a rule comparing {@code $d.teacherSalaryRatio} gets either the value or "not reported:
 * teacherSalaryRatio", never a silent 0. Field meanings are documented once, in {@code submission-1.xsd}.
 */
@XmlRootElement(name = "district")
@XmlType(name = "", propOrder = {
        "basicBalanceRecognizedYear", "qualityBalanceRecognizedYear", "teacherSalaryRatio", "performancePayFullyApproved", "trainingCompletionRate", "staffingAllocatedByCounty", "eligibleForRotation", "rotated", "rotatedBackbone", "certifiedTeacherRate", "nearbyEnrollmentPrimary", "nearbyEnrollmentJunior", "highSchoolQuotaShare", "highSchoolQuotaLeansRural", "leftBehindCareSystem", "migrantInPublicShare", "juniorRetentionRate", "disabledEnrollmentRate", "itTeachingAssessed", "noExcessiveBurden", "monitoringLevel3Share", "monitoringSchoolDifferenceRate", "socialRecognition", "layoutReasonable", "standardsMeetProvincial", "preschoolGrossEnrollmentRate", "preschoolPublicFundingPerChild", "preschoolPublicFundingStandard", "preschoolInclusiveSubsidyPerChild", "preschoolInclusiveSubsidyStandard", "preschoolNonEstablishedPayRatio", "preschoolNonEstablishedPayStandard", "preschoolOutdoorAreaStandard", "preschoolActivityRoomAreaStandard", "preschoolBuildingAreaStandard", "preschoolSocialRecognition",
        "vetoes", "measures", "previous", "schools", "kindergartens"})
public final class District extends Located {

    @XmlAttribute(required = true)
    private String code;
    @XmlAttribute(required = true)
    private String name;

    private Integer basicBalanceRecognizedYear;
    private Integer qualityBalanceRecognizedYear;
    private Double teacherSalaryRatio;
    private Boolean performancePayFullyApproved;
    private Double trainingCompletionRate;
    private Boolean staffingAllocatedByCounty;
    private Integer eligibleForRotation;
    private Integer rotated;
    private Integer rotatedBackbone;
    private Double certifiedTeacherRate;
    private Double nearbyEnrollmentPrimary;
    private Double nearbyEnrollmentJunior;
    private Double highSchoolQuotaShare;
    private Boolean highSchoolQuotaLeansRural;
    private Boolean leftBehindCareSystem;
    private Double migrantInPublicShare;
    private Double juniorRetentionRate;
    private Double disabledEnrollmentRate;
    private Boolean itTeachingAssessed;
    private Boolean noExcessiveBurden;
    private Double monitoringLevel3Share;
    private Double monitoringSchoolDifferenceRate;
    private Double socialRecognition;
    private Boolean layoutReasonable;
    private Boolean standardsMeetProvincial;
    private Double preschoolGrossEnrollmentRate;
    private Double preschoolPublicFundingPerChild;
    private Double preschoolPublicFundingStandard;
    private Double preschoolInclusiveSubsidyPerChild;
    private Double preschoolInclusiveSubsidyStandard;
    private Double preschoolNonEstablishedPayRatio;
    private Double preschoolNonEstablishedPayStandard;
    private Double preschoolOutdoorAreaStandard;
    private Double preschoolActivityRoomAreaStandard;
    private Double preschoolBuildingAreaStandard;
    private Double preschoolSocialRecognition;

    @XmlElementWrapper(name = "vetoes")
    @XmlElement(name = "veto")
    private List<Veto> vetoes;
    @XmlElement(name = "measure")
    private List<Measure> measures = new ArrayList<>();
    @XmlElement(name = "previous")
    private PreviousYear previous;
    @XmlElement(name = "school")
    private List<School> schools = new ArrayList<>();
    @XmlElement(name = "kindergarten")
    private List<Kindergarten> kindergartens = new ArrayList<>();

    /** The submission's year, copied here when the district is read so rules see it on the district. */
    @XmlTransient
    private int year;

    @XmlTransient
    private PreschoolSummary preschool;

    public District() {
    }

    public District(String code, String name, int year) {
        this.code = code;
        this.name = name;
        this.year = year;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    /** The GB/T 2260 province prefix, e.g. "31" for Shanghai. */
    public String getProvinceCode() {
        return code == null || code.length() < 2 ? "" : code.substring(0, 2);
    }

    /** The GB/T 2260 city prefix, e.g. "3302" for Ningbo. */
    public String getCityCode() {
        return code == null || code.length() < 4 ? "" : code.substring(0, 4);
    }

    public List<School> getSchools() {
        return schools;
    }

    public List<Kindergarten> getKindergartens() {
        return kindergartens;
    }

    public List<Measure> getMeasures() {
        return measures;
    }

    /** Vetoes reported; null when the district did not report on vetoes at all (no {@code <vetoes>} element). */
    public List<Veto> getVetoes() {
        return vetoes;
    }

    public District setVetoes(List<Veto> reported) {
        this.vetoes = reported;
        return this;
    }

    /** Kindergarten totals, computed once. */
    public PreschoolSummary getPreschool() {
        if (preschool == null) {
            preschool = new PreschoolSummary(kindergartens);
        }
        return preschool;
    }

    public Measured measure(String key) {
        return Measures.find(measures, key);
    }

    /** Last year's figures, or null when the district reports none. */
    public PreviousYear getPrevious() {
        return previous;
    }

    public District setPrevious(PreviousYear previousYear) {
        this.previous = previousYear;
        return this;
    }

    /**
     * Fills in last year's figures the submission does not give, from {@code recorded} (a district's measures of
     * {@code year - 1} as an archive holds them): a figure in the file's {@code <previous>} wins, and each figure
     * taken keeps {@code origin} so the finding made from it can say where it came from.
     */
    public void completePrevious(Map<String, String> recorded, String origin) {
        previous = YearOverYear.completed(previous, year, recorded, origin);
    }

    /** Last year's value of an open measure; missing, saying what to add, when it was not reported. */
    public Measured previous(String key) {
        return YearOverYear.previous(previous, year, key);
    }

    /**
     * This year's value of an open measure minus last year's (positive when it rose), for year-over-year
     * targets such as "education spending does not fall". Missing, naming what is missing, when either is.
     */
    public Measured change(String key) {
        return YearOverYear.change(measure(key), previous, year, key);
    }

    /** Years between the basic-balance recognition and the year assessed (CN.CE.PRE.1). */
    public Measured getYearsSinceBasicBalance() {
        return basicBalanceRecognizedYear == null
                ? Measured.missing("basicBalanceRecognizedYear", "basicBalanceRecognizedYear not reported")
                : Measured.of("year - basicBalanceRecognizedYear", year - basicBalanceRecognizedYear);
    }

    /** Teachers rotated ÷ teachers eligible (CN.CE.GOV.11). */
    public Measured getRotationShare() {
        return Measured.ratio("rotated / eligibleForRotation", rotated, eligibleForRotation, 1, "teachers", true);
    }

    /** Backbone teachers among those rotated ÷ teachers rotated (CN.CE.GOV.11). */
    public Measured getBackboneRotationShare() {
        return Measured.ratio("rotatedBackbone / rotated", rotatedBackbone, rotated, 1, "backbone teachers", true);
    }

    public District add(School school) {
        schools.add(school);
        preschool = null;
        return this;
    }

    public District add(Kindergarten kindergarten) {
        kindergartens.add(kindergarten);
        preschool = null;
        return this;
    }

    public District add(Measure measure) {
        measures.add(measure);
        return this;
    }

    /** Year recognised as basically balanced (基本均衡). */
    public Measured getBasicBalanceRecognizedYear() {
        return Measured.of("basicBalanceRecognizedYear", basicBalanceRecognizedYear);
    }

    /** Year officially recognised under MoE-2017 (优质均衡), if it has been. */
    public Measured getQualityBalanceRecognizedYear() {
        return Measured.of("qualityBalanceRecognizedYear", qualityBalanceRecognizedYear);
    }

    /** Average teacher pay ÷ average local civil-servant pay (CN.CE.GOV.8). */
    public Measured getTeacherSalaryRatio() {
        return Measured.of("teacherSalaryRatio", teacherSalaryRatio, "ratio");
    }

    /** Performance-pay total fully approved (CN.CE.GOV.8). */
    public Measured getPerformancePayFullyApproved() {
        return Measured.flag("performancePayFullyApproved", performancePayFullyApproved);
    }

    /** 5-year 360-hour training completion (CN.CE.GOV.9). */
    public Measured getTrainingCompletionRate() {
        return Measured.of("trainingCompletionRate", trainingCompletionRate, "share");
    }

    /** County allocates staffing quotas and posts across schools (CN.CE.GOV.10). */
    public Measured getStaffingAllocatedByCounty() {
        return Measured.flag("staffingAllocatedByCounty", staffingAllocatedByCounty);
    }

    /** Teachers eligible for rotation this year (CN.CE.GOV.11). */
    public Measured getEligibleForRotation() {
        return Measured.of("eligibleForRotation", eligibleForRotation);
    }

    /** Teachers rotated this year (CN.CE.GOV.11). */
    public Measured getRotated() {
        return Measured.of("rotated", rotated);
    }

    /** Backbone teachers among those rotated (CN.CE.GOV.11). */
    public Measured getRotatedBackbone() {
        return Measured.of("rotatedBackbone", rotatedBackbone);
    }

    /** Full-time teachers holding a teaching certificate (CN.CE.GOV.12). */
    public Measured getCertifiedTeacherRate() {
        return Measured.of("certifiedTeacherRate", certifiedTeacherRate, "share");
    }

    /** Nearby enrolment, urban and town public non-boarding primary schools (CN.CE.GOV.13). */
    public Measured getNearbyEnrollmentPrimary() {
        return Measured.of("nearbyEnrollmentPrimary", nearbyEnrollmentPrimary, "share");
    }

    /** Nearby enrolment, urban and town public non-boarding junior schools (CN.CE.GOV.13). */
    public Measured getNearbyEnrollmentJunior() {
        return Measured.of("nearbyEnrollmentJunior", nearbyEnrollmentJunior, "share");
    }

    /** Quality senior-high places allocated to junior schools (CN.CE.GOV.14). */
    public Measured getHighSchoolQuotaShare() {
        return Measured.of("highSchoolQuotaShare", highSchoolQuotaShare, "share");
    }

    /** The allocated places lean to rural junior schools (CN.CE.GOV.14). */
    public Measured getHighSchoolQuotaLeansRural() {
        return Measured.flag("highSchoolQuotaLeansRural", highSchoolQuotaLeansRural);
    }

    /** Left-behind-children care system in place (CN.CE.GOV.15). */
    public Measured getLeftBehindCareSystem() {
        return Measured.flag("leftBehindCareSystem", leftBehindCareSystem);
    }

    /** Eligible migrant children in public or government-purchased places (CN.CE.GOV.15). */
    public Measured getMigrantInPublicShare() {
        return Measured.of("migrantInPublicShare", migrantInPublicShare, "share");
    }

    /** 3-year junior retention rate (CN.CE.QUA.1). */
    public Measured getJuniorRetentionRate() {
        return Measured.of("juniorRetentionRate", juniorRetentionRate, "share");
    }

    /** Enrolment rate of school-age children with disabilities (CN.CE.QUA.2). */
    public Measured getDisabledEnrollmentRate() {
        return Measured.of("disabledEnrollmentRate", disabledEnrollmentRate, "share");
    }

    /** Teachers use IT in teaching; equipment utilisation high (CN.CE.QUA.5). */
    public Measured getItTeachingAssessed() {
        return Measured.flag("itTeachingAssessed", itTeachingAssessed);
    }

    /** No excessive homework burden (CN.CE.QUA.8). */
    public Measured getNoExcessiveBurden() {
        return Measured.flag("noExcessiveBurden", noExcessiveBurden);
    }

    /** Share of monitored subjects at level III or above (CN.CE.QUA.9). */
    public Measured getMonitoringLevel3Share() {
        return Measured.of("monitoringLevel3Share", monitoringLevel3Share, "share");
    }

    /** Inter-school difference rate in national monitoring (CN.CE.QUA.9). */
    public Measured getMonitoringSchoolDifferenceRate() {
        return Measured.of("monitoringSchoolDifferenceRate", monitoringSchoolDifferenceRate);
    }

    /** Social recognition survey, compulsory education (CN.CE.SOC.1). */
    public Measured getSocialRecognition() {
        return Measured.of("socialRecognition", socialRecognition, "share");
    }

    /** School layout planned reasonably (CN.CE.GOV.1). */
    public Measured getLayoutReasonable() {
        return Measured.flag("layoutReasonable", layoutReasonable);
    }

    /** County school-running standards set and meeting the provincial standard (CN.CE.GOV.2). */
    public Measured getStandardsMeetProvincial() {
        return Measured.flag("standardsMeetProvincial", standardsMeetProvincial);
    }

    /** Gross 3-year preschool enrolment rate (CN.PK.1). */
    public Measured getPreschoolGrossEnrollmentRate() {
        return Measured.of("preschoolGrossEnrollmentRate", preschoolGrossEnrollmentRate, "share");
    }

    /** Per-child public funding of public kindergartens (CN.PK.4). */
    public Measured getPreschoolPublicFundingPerChild() {
        return Measured.of("preschoolPublicFundingPerChild", preschoolPublicFundingPerChild, "CNY per child");
    }

    /** Provincial standard for that funding (CN.PK.4). */
    public Measured getPreschoolPublicFundingStandard() {
        return Measured.of("preschoolPublicFundingStandard", preschoolPublicFundingStandard, "CNY per child");
    }

    /** Per-child subsidy of inclusive private kindergartens (CN.PK.4). */
    public Measured getPreschoolInclusiveSubsidyPerChild() {
        return Measured.of("preschoolInclusiveSubsidyPerChild", preschoolInclusiveSubsidyPerChild, "CNY per child");
    }

    /** Provincial standard for that subsidy (CN.PK.4). */
    public Measured getPreschoolInclusiveSubsidyStandard() {
        return Measured.of("preschoolInclusiveSubsidyStandard", preschoolInclusiveSubsidyStandard, "CNY per child");
    }

    /** Non-established ÷ established public-kindergarten teacher pay (CN.PK.5). */
    public Measured getPreschoolNonEstablishedPayRatio() {
        return Measured.of("preschoolNonEstablishedPayRatio", preschoolNonEstablishedPayRatio, "ratio");
    }

    /** Provincial minimum of that ratio (CN.PK.5). */
    public Measured getPreschoolNonEstablishedPayStandard() {
        return Measured.of("preschoolNonEstablishedPayStandard", preschoolNonEstablishedPayStandard, "ratio");
    }

    /** Provincial standard, outdoor play area per child (CN.PK.6). */
    public Measured getPreschoolOutdoorAreaStandard() {
        return Measured.of("preschoolOutdoorAreaStandard", preschoolOutdoorAreaStandard, "m² per child");
    }

    /** Provincial standard, activity-room area per child (CN.PK.6). */
    public Measured getPreschoolActivityRoomAreaStandard() {
        return Measured.of("preschoolActivityRoomAreaStandard", preschoolActivityRoomAreaStandard, "m² per child");
    }

    /** Provincial standard, building area per child (CN.PK.6). */
    public Measured getPreschoolBuildingAreaStandard() {
        return Measured.of("preschoolBuildingAreaStandard", preschoolBuildingAreaStandard, "m² per child");
    }

    /** Social recognition survey, preschool (CN.PK.10). */
    public Measured getPreschoolSocialRecognition() {
        return Measured.of("preschoolSocialRecognition", preschoolSocialRecognition, "share");
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
