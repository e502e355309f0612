"""Building blocks of the Zhejiang samples (make_zhejiang.py holds the county designs). Standard library only.

A county is first drawn to meet the national standards (MoE-2017, MoE-2020) and its city's rows of seed 003 (the
city functions below say what each district reports for them); the designs in make_zhejiang.py then spoil chosen
items. The national standards here are copied from rules/src/main/resources/CN/*.drl: change both together.
"""

import math
import os
import random
from xml.sax.saxutils import quoteattr

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "zhejiang"))
YEAR = 2022

# MoE-2017 资源配置 standards per student (per 100 for counts), copied from rules/src/main/resources/CN/.
STANDARD = {
    "PRIMARY": dict(teachersAboveDegree=4.2, backboneTeachers=1.0, peArtTeachers=0.9, teachingArea=4.5,
                    sportsArea=7.5, equipmentValue=2000, multimediaRooms=2.3),
    "JUNIOR": dict(teachersAboveDegree=5.3, backboneTeachers=1.0, peArtTeachers=0.9, teachingArea=5.8,
                   sportsArea=10.2, equipmentValue=2500, multimediaRooms=2.4),
}
PER_100 = {"teachersAboveDegree", "backboneTeachers", "peArtTeachers", "multimediaRooms"}
MARGIN = (1.10, 1.40)
# Average class size drawn per level and location; the national maximum is 45 (primary) and 50 (junior).
CLASS_SIZE = {("PRIMARY", "URBAN"): (40, 44), ("PRIMARY", "TOWN"): (36, 43), ("PRIMARY", "RURAL"): (18, 34),
              ("JUNIOR", "URBAN"): (44, 48), ("JUNIOR", "TOWN"): (40, 47), ("JUNIOR", "RURAL"): (26, 40)}
CLASS_CAP = {"PRIMARY": 45, "JUNIOR": 50}
STUDENTS_PER_TEACHER = {"PRIMARY": (11.0, 13.0), "JUNIOR": (9.0, 11.0)}
SUFFIX = {"PRIMARY": "小学", "JUNIOR": "中学", "NINE_YEAR": "学校", "TEACHING_POINT": "教学点",
          "SPECIAL_EDUCATION": "特殊教育学校"}


def section(rng, level, students, location):
    """One section meeting every MoE-2017 resource standard and class-size limit, with a random margin."""
    low, high = CLASS_SIZE[(level, location)]
    grades = 6 if level == "PRIMARY" else 3
    classes = max(math.ceil(students / rng.uniform(low, high)), min(grades, max(1, students // 10)))
    largest = min(CLASS_CAP[level], students, math.ceil(students / classes) + rng.randint(0, 3))
    sec = dict(level=level, students=students, classes=classes, largestClass=largest)
    for field, std in STANDARD[level].items():
        amount = students * std * rng.uniform(*MARGIN) / (100 if field in PER_100 else 1)
        sec[field] = math.ceil(amount) if field in PER_100 else round(amount, -1 if field != "equipmentValue" else -3)
    sec["multimediaRooms"] = max(sec["multimediaRooms"], min(classes, math.ceil(students * 0.03)))
    teachers = math.ceil(students / rng.uniform(*STUDENTS_PER_TEACHER[level]))
    sec["teachers"] = max(teachers, sec["teachersAboveDegree"] + 1)
    order = ["level", "students", "classes", "largestClass", "teachers"] + list(STANDARD[level])
    return {k: sec[k] for k in order}


def school(rng, sid, name, stype, location, primary, junior, rural_small):
    sections = [section(rng, lvl, n, location) for lvl, n in (("PRIMARY", primary), ("JUNIOR", junior)) if n]
    students = primary + junior
    classes = sum(s["classes"] for s in sections)
    budget = round(students * rng.uniform(1900, 2600), -3)
    rooms = [("MUSIC", rng.randint(96, 110)) for _ in range(math.ceil(classes / 12))] + \
            [("ART", rng.randint(90, 105)) for _ in range(math.ceil(classes / 12))]
    if stype == "TEACHING_POINT":
        rooms = []  # a teaching point shares its central school's rooms (CN.CE.GOV.3 leaves it out)
    return dict(id=sid, name=name, type=stype, location=location, ruralSmall=rural_small, students=students,
                publicFundsBudget=budget, trainingBudget=round(budget * rng.uniform(0.055, 0.08), -2),
                publicFundsStudentBasis=max(students, 100), sections=sections, rooms=rooms, measures={})


def special_school(sid, name, students):
    return dict(id=sid, name=name, type="SPECIAL_EDUCATION", location="URBAN", students=students,
                publicFundsBudget=students * 8500, trainingBudget=round(students * 8500 * 0.06),
                publicFundsPerStudent=8500, sections=[], rooms=[], measures={})


def schools(rng, county, table):
    """Rows 'ID TYPE LOCATION PRIMARY JUNIOR TOWN [ruralSmall]' ('-' for no section); names from the town."""
    out, seen = [], {}
    for line in table.strip().splitlines():
        sid, stype, loc, p, j, town, *flags = line.split()
        p, j = (0 if x == "-" else int(x) for x in (p, j))
        base = county + town + ("" if stype in ("TEACHING_POINT", "SPECIAL_EDUCATION") else
                                "中心" if stype == "PRIMARY" and loc != "URBAN" else "")
        seen[base + stype] = seen.get(base + stype, 0) + 1
        ordinal = "" if seen[base + stype] == 1 else "第%s" % "一二三四五"[seen[base + stype] - 1]
        name = base + ordinal + SUFFIX[stype]
        if stype == "SPECIAL_EDUCATION":
            out.append(special_school(sid, name, p))
        else:
            out.append(school(rng, sid, name, stype, loc, p, j, "ruralSmall" in flags))
    return out


def kindergartens(rng, county, towns, public, inclusive, private):
    out = []
    for ownership, count in (("PUBLIC", public), ("PRIVATE_INCLUSIVE", inclusive), ("PRIVATE", private)):
        for _ in range(count):
            n = len(out) + 1
            # Private (non-inclusive) kindergartens stay small, so inclusive coverage (CN.PK.2) stays over 80 %.
            children = rng.randint(14, 24) * 5 if ownership == "PRIVATE" else rng.randint(30, 72) * 5
            classes = math.ceil(children / rng.uniform(25, 30))
            suffix = {"PUBLIC": "中心幼儿园", "PRIVATE_INCLUSIVE": "普惠幼儿园", "PRIVATE": "艺术幼儿园"}[ownership]
            out.append(dict(id="K%02d" % n, name=county + towns[(n - 1) % len(towns)] + suffix, ownership=ownership,
                            children=children, classes=classes, classesWithinLimit=classes,
                            teachers=math.ceil(children / rng.uniform(9.5, 12.5)), certifiedStaffRate=1.0,
                            outdoorPlayArea=round(children * rng.uniform(4.4, 6.5)),
                            activityRoomArea=round(children * rng.uniform(2.2, 3.2)),
                            buildingArea=round(children * rng.uniform(9.3, 12.0))))
    return out


def national(rng):
    """The district's typed elements, all meeting MoE-2017 and MoE-2020."""
    eligible = rng.randint(800, 2200)
    rotated = math.ceil(eligible * rng.uniform(0.12, 0.16))
    return dict(
        basicBalanceRecognizedYear=2015, teacherSalaryRatio=round(rng.uniform(1.02, 1.08), 2),
        performancePayFullyApproved=True, trainingCompletionRate=1.0, staffingAllocatedByCounty=True,
        eligibleForRotation=eligible, rotated=rotated, rotatedBackbone=math.ceil(rotated * 0.25),
        certifiedTeacherRate=1.0, nearbyEnrollmentPrimary=1.0, nearbyEnrollmentJunior=round(rng.uniform(0.96, 0.99), 2),
        highSchoolQuotaShare=round(rng.uniform(0.52, 0.58), 2), highSchoolQuotaLeansRural=True,
        leftBehindCareSystem=True, migrantInPublicShare=round(rng.uniform(0.88, 0.95), 2),
        juniorRetentionRate=round(rng.uniform(0.985, 0.998), 3), disabledEnrollmentRate=round(rng.uniform(0.96, 0.99), 3),
        itTeachingAssessed=True, noExcessiveBurden=True, monitoringLevel3Share=1.0,
        monitoringSchoolDifferenceRate=round(rng.uniform(0.08, 0.13), 2), socialRecognition=round(rng.uniform(0.89, 0.95), 2),
        layoutReasonable=True, standardsMeetProvincial=True,
        preschoolGrossEnrollmentRate=round(rng.uniform(0.97, 0.995), 3),
        preschoolPublicFundingPerChild=rng.randint(95, 120) * 100, preschoolPublicFundingStandard=9000,
        preschoolInclusiveSubsidyPerChild=rng.randint(32, 40) * 100, preschoolInclusiveSubsidyStandard=3000,
        preschoolNonEstablishedPayRatio=round(rng.uniform(0.82, 0.9), 2), preschoolNonEstablishedPayStandard=0.80,
        preschoolOutdoorAreaStandard=4.0, preschoolActivityRoomAreaStandard=2.0, preschoolBuildingAreaStandard=9.0,
        preschoolSocialRecognition=round(rng.uniform(0.9, 0.96), 2))


# ---------------------------------------------------------------------------------------------------------------
# Each city's rows of seed 003, first met (what a district reports for them); designs then spoil some.

def with_junior(s):
    return s["type"] in ("JUNIOR", "NINE_YEAR")


def with_primary(s):
    return s["type"] in ("PRIMARY", "NINE_YEAR")


def hangzhou(rng, d):
    d["measures"]["groupCoverage"] = round(rng.uniform(0.60, 0.70), 2)


def ningbo(rng, d):
    d["typed"]["highSchoolQuotaShare"] = round(rng.uniform(0.61, 0.66), 2)
    d["typed"]["rotated"] = math.ceil(d["typed"]["eligibleForRotation"] * rng.uniform(0.21, 0.24))
    d["typed"]["rotatedBackbone"] = math.ceil(d["typed"]["rotated"] * 0.25)
    urban = rng.randint(140, 150) * 1000
    d["measures"].update(ruralTeacherIncome=urban + rng.randint(2, 6) * 1000, urbanTeacherIncome=urban)
    for s in d["schools"]:
        if with_junior(s):
            s["measures"]["weakSchool"] = False
        if s["type"] != "SPECIAL_EDUCATION":
            s["measures"]["groupMember"] = True


def wenzhou(rng, d):
    land, building = round(rng.uniform(18, 24), 2), round(rng.uniform(8, 11), 2)
    budget, per_student = rng.randint(24, 32) * 100_000_000, rng.randint(200, 240) * 100
    d["previous"] = dict(landAreaPerStudent=land, buildingAreaPerStudent=building,
                         educationBudget=budget, educationBudgetPerStudent=per_student)
    d["measures"].update(landAreaPerStudent=round(land + rng.uniform(0.8, 1.0), 2),
                         buildingAreaPerStudent=round(building + rng.uniform(0.8, 1.0), 2),
                         educationBudget=budget + rng.randint(1, 3) * 50_000_000,
                         educationBudgetPerStudent=per_student + rng.randint(3, 9) * 100,
                         groupCoverage=round(rng.uniform(0.82, 0.9), 2))
    for s in d["schools"]:
        if s["location"] == "RURAL" and s["type"] not in ("TEACHING_POINT", "SPECIAL_EDUCATION"):
            s["measures"]["groupMember"] = True
            s["measures"]["urbanQualityPartner"] = True


def jiaxing(rng, d):
    d["measures"]["ruralNewQualitySchools"] = rng.randint(6, 10)
    for s in d["schools"]:
        if s["location"] in ("TOWN", "RURAL") and s["type"] not in ("TEACHING_POINT", "SPECIAL_EDUCATION"):
            s["measures"]["renownedTeachers"] = rng.randint(1, 3)


def huzhou(rng, d):
    for s in d["schools"]:
        if s["location"] == "RURAL" and s["type"] != "SPECIAL_EDUCATION":
            s["measures"]["smallClassTeaching"] = max(sec["largestClass"] for sec in s["sections"]) <= 30


def jinhua(rng, d):
    before = round(rng.uniform(0.50, 0.56), 3)
    d["previous"] = dict(myopiaRate=before)
    d["measures"].update(myopiaRate=round(before - rng.uniform(0.011, 0.016), 3), groupCoverage=1.0)


def quzhou(rng, d):
    d["measures"]["standardisedSchoolShare"] = 0.985
    for s in d["schools"]:
        if s["ruralSmall"]:
            s["measures"]["smallClassTeaching"] = True


def zhoushan(rng, d):
    d["measures"]["standardisedSchoolShare"] = 0.97


def lishui(rng, d):
    d["measures"]["juniorQualityResourceCoverage"] = round(rng.uniform(0.81, 0.86), 2)
    for s in d["schools"]:
        if s["type"] != "TEACHING_POINT":
            s["measures"]["smartCampus"] = True
        if with_primary(s):
            s["measures"]["readingCampus"] = True


def nothing(rng, d):
    pass  # Shaoxing's and Taizhou's rows read typed data only (class sizes, enrolment)


CITY = {"3301": ("杭州市", hangzhou), "3302": ("宁波市", ningbo), "3303": ("温州市", wenzhou), "3304": ("嘉兴市", jiaxing),
        "3305": ("湖州市", huzhou), "3306": ("绍兴市", nothing), "3307": ("金华市", jinhua), "3308": ("衢州市", quzhou),
        "3309": ("舟山市", zhoushan), "3310": ("台州市", nothing), "3311": ("丽水市", lishui)}


def find(d, sid):
    return next(s for s in d["schools"] + d["kindergartens"] if s["id"] == sid)


def county(code, name, file, towns, table, kgs, recognised=None):
    rng = random.Random(int(code))
    d = dict(code=code, name=name, file=file, typed=national(rng), measures={}, previous=None,
             schools=schools(rng, name, table), kindergartens=kindergartens(rng, name, towns, *kgs), vetoes=[])
    if recognised:
        d["typed"]["qualityBalanceRecognizedYear"] = recognised
    CITY[code[:4]][1](rng, d)
    return d


# The typed district elements in the order the schema requires.
TYPED = ("basicBalanceRecognizedYear", "qualityBalanceRecognizedYear", "teacherSalaryRatio", "performancePayFullyApproved",
         "trainingCompletionRate", "staffingAllocatedByCounty", "eligibleForRotation", "rotated", "rotatedBackbone",
         "certifiedTeacherRate", "nearbyEnrollmentPrimary", "nearbyEnrollmentJunior", "highSchoolQuotaShare",
         "highSchoolQuotaLeansRural", "leftBehindCareSystem", "migrantInPublicShare", "juniorRetentionRate",
         "disabledEnrollmentRate", "itTeachingAssessed", "noExcessiveBurden", "monitoringLevel3Share",
         "monitoringSchoolDifferenceRate", "socialRecognition", "layoutReasonable", "standardsMeetProvincial",
         "preschoolGrossEnrollmentRate", "preschoolPublicFundingPerChild", "preschoolPublicFundingStandard",
         "preschoolInclusiveSubsidyPerChild", "preschoolInclusiveSubsidyStandard", "preschoolNonEstablishedPayRatio",
         "preschoolNonEstablishedPayStandard", "preschoolOutdoorAreaStandard", "preschoolActivityRoomAreaStandard",
         "preschoolBuildingAreaStandard", "preschoolSocialRecognition")


def text(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v == int(v) and abs(v) >= 100:
        return str(int(v))
    return str(v)


def measure_lines(measures, indent):
    return ['%s<measure key="%s" value="%s"/>' % (indent, k, text(v)) for k, v in measures.items()]


def write(d, designed):
    city = CITY[d["code"][:4]][0]
    comment = ["SYNTHETIC DATA. The county code and town names are real; every school, kindergarten and figure is",
               "invented by samples/tools/make_zhejiang.py (seed %s) and describes no real school." % d["code"],
               "Regenerate with: python3 samples/tools/make_zhejiang.py (deterministic; see samples/zhejiang/README.md).",
               "", "%s%s: CN › CN-33 › CN-33-%s. Designed:" % (city, d["name"], d["code"][:4])]
    comment += ["  - " + x for x in designed]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!--"] + ["  " + c for c in comment] + ["-->",
             '<submission xmlns="urn:educheck:submission:1" year="%d">' % YEAR,
             "  <district code=%s name=%s>" % (quoteattr(d["code"]), quoteattr(d["name"]))]
    lines += ["    <%s>%s</%s>" % (k, text(d["typed"][k]), k) for k in TYPED if k in d["typed"]]
    if d["vetoes"]:
        lines += ["    <vetoes>"] + ['      <veto kind="%s">%s</veto>' % v for v in d["vetoes"]] + ["    </vetoes>"]
    else:
        lines.append("    <vetoes/>")
    lines += measure_lines(d["measures"], "    ")
    if d["previous"]:
        lines += ['    <previous year="%d">' % (YEAR - 1)] + measure_lines(d["previous"], "      ") + ["    </previous>"]
    for s in d["schools"]:
        attrs = [("id", s["id"]), ("name", s["name"]), ("type", s["type"]), ("location", s["location"])]
        if s["type"] != "SPECIAL_EDUCATION":
            attrs += [("boarding", "false"), ("ruralSmall", text(s["ruralSmall"]))]
        attrs += [(k, "true") for k in ("charter", "informationSystems", "moralEducationGood", "curriculumComplete")]
        attrs += [("publicFundsBudget", text(s["publicFundsBudget"])), ("trainingBudget", text(s["trainingBudget"]))]
        if s["type"] == "SPECIAL_EDUCATION":
            attrs += [("students", str(s["students"])), ("publicFundsPerStudent", text(s["publicFundsPerStudent"]))]
        else:
            attrs.append(("publicFundsStudentBasis", str(s["publicFundsStudentBasis"])))
        lines.append("    <school %s>" % " ".join("%s=%s" % (k, quoteattr(v)) for k, v in attrs))
        lines += ["      <section %s/>" % " ".join('%s="%s"' % (k, text(v)) for k, v in sec.items()) for sec in s["sections"]]
        lines += ['      <room kind="%s" area="%d"/>' % r for r in s["rooms"]]
        lines += measure_lines(s["measures"], "      ")
        lines.append("    </school>")
    for k in d["kindergartens"]:
        lines.append("    <kindergarten %s/>" % " ".join("%s=%s" % (key, quoteattr(text(v))) for key, v in k.items()))
    lines += ["  </district>", "</submission>", ""]
    path = os.path.join(OUT, d["file"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote", os.path.relpath(path), "-", len(d["schools"]), "schools,", len(d["kindergartens"]), "kindergartens")
