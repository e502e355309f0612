#!/usr/bin/env python3
"""Writes the Shanghai sample submissions in samples/shanghai/ (see samples/shanghai/README.md).

    python3 samples/tools/make_shanghai.py

Python 3 standard library only. Deterministic: each district draws from its own fixed seed, so running it again
rewrites the same files. The data are synthetic: real district codes and town/street names, invented schools and
figures. Every school is first generated to meet the national standard (MoE-2017, MoE-2020) and the Shanghai and
district rows; the designed shortfalls listed in DESIGNS are then applied, so the reports show those and nothing
else by accident.
"""

import math
import os
import random
from xml.sax.saxutils import quoteattr

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shanghai"))
YEAR = 2024

# Per-student national standards (MoE-2017 资源配置) and the margin above them each school is drawn in.
STANDARD = {
    "PRIMARY": dict(aboveDegree=4.2, backbone=1.0, peArt=0.9, teachingArea=4.5, sportsArea=7.5, equipment=2000, multimedia=2.3),
    "JUNIOR": dict(aboveDegree=5.3, backbone=1.0, peArt=0.9, teachingArea=5.8, sportsArea=10.2, equipment=2500, multimedia=2.4),
}
MARGIN = (1.08, 1.45)
CLASS_SIZE = {"PRIMARY": (32, 40, 45), "JUNIOR": (36, 44, 50)}  # low, high average, legal maximum


def section(rng, level, students):
    """One section meeting every MoE-2017 resource standard with a random margin."""
    s = STANDARD[level]
    low, high, cap = CLASS_SIZE[level]
    classes = max(1, math.ceil(students / rng.uniform(low, high)))
    largest = min(cap, math.ceil(students / classes) + rng.randint(0, 3))

    def per100(standard):
        return math.ceil(students * standard * rng.uniform(*MARGIN) / 100)

    return dict(level=level, students=students, classes=classes, largestClass=largest,
                teachers=math.ceil(students / rng.uniform(11, 13.5)),
                teachersAboveDegree=per100(s["aboveDegree"]), backboneTeachers=per100(s["backbone"]),
                peArtTeachers=per100(s["peArt"]),
                teachingArea=round(students * s["teachingArea"] * rng.uniform(*MARGIN)),
                sportsArea=round(students * s["sportsArea"] * rng.uniform(*MARGIN)),
                equipmentValue=round(students * s["equipment"] * rng.uniform(*MARGIN), -3),
                multimediaRooms=max(classes, per100(s["multimedia"])))


def school(rng, sid, name, stype, location, primary, junior, boarding=False, rural_small=False):
    """A school meeting the national standard and every Shanghai school row; designs then spoil some of it."""
    sections = [section(rng, lvl, n) for lvl, n in (("PRIMARY", primary), ("JUNIOR", junior)) if n]
    students = primary + junior
    classes = sum(x["classes"] for x in sections)
    budget = round(students * rng.uniform(1900, 2600), -3)
    rooms = [("MUSIC", rng.randint(96, 112)) for _ in range(math.ceil(classes / 12))] + \
            [("ART", rng.randint(90, 108)) for _ in range(math.ceil(classes / 12))]
    measures = {
        "dailyExerciseHours": round(rng.uniform(2.0, 2.4), 1),
        "psychologyTeachers": 1 if students < 900 else 2,
        "bandwidthPerPersonMbps": round(rng.uniform(1.2, 3.0), 1),
        "familyEducationActivities": rng.randint(4, 8),
        "homeVisitedStudents": students,
    }
    if primary:
        measures.update(peLessonsPerWeekPrimary=5, peActivityLessonsPerWeekPrimary=2,
                        mentalHealthLessonGradesPrimary=rng.randint(1, 3))
    if junior:
        measures.update(peLessonsPerWeekJunior=4, peActivityLessonsPerWeekJunior=1,
                        mentalHealthLessonGradesJunior=rng.randint(1, 2))
    return dict(id=sid, name=name, type=stype, location=location, boarding=boarding, ruralSmall=rural_small,
                publicFundsBudget=budget, trainingBudget=round(budget * rng.uniform(0.055, 0.08), -2),
                publicFundsStudentBasis=max(students, 100), sections=sections, rooms=rooms, measures=measures)


def special_school(sid, name, location, students):
    return dict(id=sid, name=name, type="SPECIAL_EDUCATION", location=location, students=students,
                publicFundsBudget=students * 9000, trainingBudget=round(students * 9000 * 0.06),
                publicFundsPerStudent=9000, sections=[], rooms=[],
                measures={"psychologyTeachers": 1, "bandwidthPerPersonMbps": 2.0, "familyEducationActivities": 4,
                          "homeVisitedStudents": students})


def kindergarten(rng, kid, name, ownership, children):
    """Meets MoE-2020's per-kindergarten rows and SH.PK.3/4; in a group when public (XH.1)."""
    classes = math.ceil(children / rng.uniform(25, 30))
    return dict(id=kid, name=name, ownership=ownership, children=children, classes=classes,
                classesWithinLimit=classes, teachers=math.ceil(children / rng.uniform(9.5, 12.5)),
                certifiedStaffRate=1.0, outdoorPlayArea=round(children * rng.uniform(4.3, 6.5)),
                activityRoomArea=round(children * rng.uniform(2.2, 3.2)),
                buildingArea=round(children * rng.uniform(9.3, 12.5)),
                measures={"entryReadinessEducation": True, "outdoorActivityHours": round(rng.uniform(2.0, 2.5), 1),
                          "groupMember": ownership == "PUBLIC"})


def kindergartens(rng, plan, areas):
    """plan: (ownership, count, children low, high); names from the district's towns or streets."""
    out = []
    for ownership, count, low, high in plan:
        for _ in range(count):
            n = len(out) + 1
            area = areas[(n - 1) % len(areas)]
            suffix = {"PUBLIC": "幼儿园", "PRIVATE_INCLUSIVE": "普惠幼儿园", "PRIVATE": "双语幼儿园"}[ownership]
            ordinal = "" if n <= len(areas) else "第%s" % "一二三四五六七八九十"[(n - 1) // len(areas)]
            out.append(kindergarten(rng, "K%03d" % n, area + ordinal + suffix, ownership, rng.randint(low, high) // 5 * 5))
    return out


def schools(rng, table):
    """Rows 'ID TYPE LOCATION PRIMARY JUNIOR NAME [boarding] [ruralSmall]' ('-' for no section)."""
    out = []
    for line in table.strip().splitlines():
        cols = line.split()
        sid, stype, loc, p, j, name, flags = cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6:]
        p = 0 if p == "-" else int(p)
        j = 0 if j == "-" else int(j)
        if stype == "SPECIAL_EDUCATION":
            out.append(special_school(sid, name, loc, p))
        else:
            out.append(school(rng, sid, name, stype, loc, p, j, "boarding" in flags, "ruralSmall" in flags))
    return out


def district_base(rng, code, name):
    """The typed district elements, all meeting the national standard."""
    eligible = rng.randint(900, 2400)
    rotated = math.ceil(eligible * rng.uniform(0.11, 0.15))
    return [
        ("basicBalanceRecognizedYear", 2014), ("teacherSalaryRatio", round(rng.uniform(1.02, 1.08), 2)),
        ("performancePayFullyApproved", True), ("trainingCompletionRate", 1.0), ("staffingAllocatedByCounty", True),
        ("eligibleForRotation", eligible), ("rotated", rotated), ("rotatedBackbone", math.ceil(rotated * 0.24)),
        ("certifiedTeacherRate", 1.0), ("nearbyEnrollmentPrimary", 1.0),
        ("nearbyEnrollmentJunior", round(rng.uniform(0.96, 0.99), 2)), ("highSchoolQuotaShare", 0.65),
        ("highSchoolQuotaLeansRural", True), ("leftBehindCareSystem", True),
        ("migrantInPublicShare", round(rng.uniform(0.88, 0.95), 2)), ("juniorRetentionRate", round(rng.uniform(0.985, 0.998), 3)),
        ("disabledEnrollmentRate", 0.995), ("itTeachingAssessed", True), ("noExcessiveBurden", True),
        ("monitoringLevel3Share", 1.0), ("monitoringSchoolDifferenceRate", round(rng.uniform(0.08, 0.13), 2)),
        ("socialRecognition", round(rng.uniform(0.89, 0.95), 2)), ("layoutReasonable", True), ("standardsMeetProvincial", True),
        ("preschoolGrossEnrollmentRate", round(rng.uniform(0.97, 0.995), 3)),
        ("preschoolPublicFundingPerChild", 16800), ("preschoolPublicFundingStandard", 15000),
        ("preschoolInclusiveSubsidyPerChild", 6200), ("preschoolInclusiveSubsidyStandard", 5500),
        ("preschoolNonEstablishedPayRatio", 0.86), ("preschoolNonEstablishedPayStandard", 0.80),
        ("preschoolOutdoorAreaStandard", 4.0), ("preschoolActivityRoomAreaStandard", 2.0),
        ("preschoolBuildingAreaStandard", 9.0), ("preschoolSocialRecognition", round(rng.uniform(0.9, 0.96), 2)),
    ]


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v == int(v) and abs(v) >= 100:
        return str(int(v))
    return str(v)


def write(d):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!--"] + ["  " + l for l in d["comment"]] + ["-->",
             '<submission xmlns="urn:educheck:submission:1" year="%d">' % YEAR,
             "  <district code=%s name=%s>" % (quoteattr(d["code"]), quoteattr(d["name"]))]
    for key, value in d["typed"]:
        lines.append("    <%s>%s</%s>" % (key, fmt(value), key))
    lines.append("    <vetoes/>")
    for key, value in d["measures"].items():
        lines.append('    <measure key="%s" value="%s"/>' % (key, fmt(value)))
    if d.get("previous"):
        lines.append('    <previous year="%d">' % (YEAR - 1))
        for key, value in d["previous"].items():
            lines.append('      <measure key="%s" value="%s"/>' % (key, fmt(value)))
        lines.append("    </previous>")
    for s in d["schools"]:
        attrs = [("id", s["id"]), ("name", s["name"]), ("type", s["type"]), ("location", s["location"])]
        if s["type"] != "SPECIAL_EDUCATION":
            attrs += [("boarding", fmt(s["boarding"])), ("ruralSmall", fmt(s["ruralSmall"]))]
        attrs += [("charter", "true"), ("informationSystems", "true"), ("moralEducationGood", "true"),
                  ("curriculumComplete", "true"), ("publicFundsBudget", fmt(s["publicFundsBudget"])),
                  ("trainingBudget", fmt(s["trainingBudget"]))]
        if s["type"] == "SPECIAL_EDUCATION":
            attrs += [("students", str(s["students"])), ("publicFundsPerStudent", fmt(s["publicFundsPerStudent"]))]
        else:
            attrs += [("publicFundsStudentBasis", str(s["publicFundsStudentBasis"]))]
        lines.append("    <school %s>" % " ".join("%s=%s" % (k, quoteattr(v)) for k, v in attrs))
        for sec in s["sections"]:
            lines.append("      <section %s/>" % " ".join('%s="%s"' % (k, fmt(v)) for k, v in sec.items()))
        for kind, area in s["rooms"]:
            lines.append('      <room kind="%s" area="%d"/>' % (kind, area))
        for key, value in s["measures"].items():
            lines.append('      <measure key="%s" value="%s"/>' % (key, fmt(value)))
        lines.append("    </school>")
    for k in d["kindergartens"]:
        attrs = " ".join('%s="%s"' % (key, fmt(k[key])) for key in (
            "id", "name", "ownership", "children", "classes", "classesWithinLimit", "teachers", "certifiedStaffRate",
            "outdoorPlayArea", "activityRoomArea", "buildingArea"))
        lines.append("    <kindergarten %s>" % attrs)
        for key, value in k["measures"].items():
            lines.append('      <measure key="%s" value="%s"/>' % (key, fmt(value)))
        lines.append("    </kindergarten>")
    lines += ["  </district>", "</submission>", ""]
    path = os.path.join(OUT, d["file"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote", os.path.relpath(path), "-", len(d["schools"]), "schools,", len(d["kindergartens"]), "kindergartens")


def find(items, ident):
    return next(x for x in items if x["id"] == ident)


def set_typed(d, key, value):
    d["typed"] = [(k, value if k == key else v) for k, v in d["typed"]]


# ---------------------------------------------------------------------------------------------------------------
# The three districts. Each design: schools, kindergartens, district measures, then the designed shortfalls.

def chongming():
    rng = random.Random(310151)
    towns = ["城桥镇", "堡镇", "新河镇", "庙镇", "竖新镇", "向化镇", "三星镇", "港沿镇", "中兴镇", "陈家镇",
             "绿华镇", "港西镇", "建设镇", "新海镇", "东平镇", "长兴镇", "横沙乡", "新村乡"]
    table = """
P01 PRIMARY URBAN 1180 - 崇明区城桥镇第一小学
P02 PRIMARY URBAN 980 - 崇明区城桥镇第二小学
P03 PRIMARY TOWN 760 - 崇明区堡镇小学
P04 PRIMARY TOWN 690 - 崇明区新河镇小学
P05 PRIMARY TOWN 540 - 崇明区庙镇小学
P06 PRIMARY TOWN 610 - 崇明区竖新镇小学
P07 PRIMARY TOWN 480 - 崇明区向化镇小学
P08 PRIMARY TOWN 520 - 崇明区三星镇小学
P09 PRIMARY TOWN 450 - 崇明区港沿镇小学
P10 PRIMARY TOWN 830 - 崇明区陈家镇小学
P11 PRIMARY TOWN 900 - 崇明区长兴镇小学
P12 PRIMARY RURAL 88 - 崇明区绿华镇小学 ruralSmall
P13 PRIMARY RURAL 94 - 崇明区新村乡小学 ruralSmall
P14 PRIMARY RURAL 76 - 崇明区横沙乡小学 ruralSmall
P15 PRIMARY TOWN 560 - 崇明区港西镇小学
J01 JUNIOR URBAN - 1020 崇明区城桥中学
J02 JUNIOR TOWN - 640 崇明区堡镇中学 boarding
J03 JUNIOR TOWN - 520 崇明区新河中学 boarding
J04 JUNIOR TOWN - 460 崇明区庙镇中学 boarding
J05 JUNIOR TOWN - 480 崇明区向化中学 boarding
J06 JUNIOR TOWN - 700 崇明区陈家镇中学
J07 JUNIOR TOWN - 610 崇明区长兴中学
N01 NINE_YEAR TOWN 420 300 崇明区建设镇学校 boarding
N02 NINE_YEAR TOWN 380 260 崇明区东平镇学校 boarding
N03 NINE_YEAR RURAL 260 180 崇明区新海镇学校 boarding
N04 NINE_YEAR TOWN 450 320 崇明区中兴镇学校
N05 NINE_YEAR URBAN 640 480 崇明区实验学校
SP1 SPECIAL_EDUCATION TOWN 96 - 崇明区特殊教育学校
"""
    d = dict(code="310151", name="崇明区", file="310151-chongming.xml", schools=schools(rng, table),
             typed=district_base(rng, "310151", "崇明区"),
             kindergartens=kindergartens(rng, [("PUBLIC", 30, 160, 380), ("PRIVATE_INCLUSIVE", 3, 120, 220),
                                               ("PRIVATE", 2, 100, 180)], towns))
    set_typed(d, "disabledEnrollmentRate", 0.993)
    d["measures"] = {
        "educationBudget": 4180000000, "educationBudgetPerStudent": 51600,
        "newFiveStandardsBuildings": True, "newFiveStandardsEquipment": True, "newFiveStandardsIT": False,
        "newFiveStandardsStaffing": True, "newFiveStandardsFunding": True,
        "priorityAreaRotations": 14, "priorityAreaRotationsThreeYears": 14,
        "strongSchoolRound2Schools": 6, "strongSchoolRound2Improved": 4, "groupCoverage": 0.78,
    }
    d["previous"] = {"educationBudget": 4020000000, "educationBudgetPerStudent": 50900}
    # The two kinds of school (两类学校): rural small-scale P12-P14 and the township boarding J02-J05, N01-N03.
    for s in d["schools"]:
        if s.get("ruralSmall") or (s.get("boarding") and s["location"] != "URBAN"):
            s["measures"]["smallClassTeaching"] = True
    designed = [
        "P14 横沙乡小学 (rural small-scale) has no full-time mental-health teacher: CM.3 and SH.CE.6 FAIL",
        "J04 庙镇中学 (township boarding) does not teach in small classes: CM.4 FAIL",
        "the IT-environment standard of the 新五项标准 is not met in 2024: CM.2 SHORT_OF_AIM (力争, never FAIL)",
        "P05 庙镇小学 gives 4 PE lessons a week: SH.CE.3 FAIL; J05 and N03 no PE-activity lesson: SH.CE.3 SHORT_OF_AIM"
        " (推进落实: an aim)",
        "P13 and J03 report 1.8 hours of daily exercise: SH.CE.4 FAIL",
        "N03 新海镇学校 has 0.8 Mbps per person: SH.CE.7 SHORT_OF_AIM (推动: an aim); J06 visited 688 of 700 homes:"
        " SH.CE.8 FAIL",
        "K034 does not run entry-readiness education (SH.PK.3 FAIL); K012 1.8 h outdoors (SH.PK.4 FAIL)",
        "4 of 6 second-round strong-school project schools lifted: its part of Shanghai's 79 (SH.CE.10, due 2029), INFO",
    ]
    find(d["schools"], "P14")["measures"]["psychologyTeachers"] = 0
    find(d["schools"], "J04")["measures"]["smallClassTeaching"] = False
    find(d["schools"], "P05")["measures"]["peLessonsPerWeekPrimary"] = 4
    find(d["schools"], "J05")["measures"]["peActivityLessonsPerWeekJunior"] = 0
    find(d["schools"], "N03")["measures"]["peActivityLessonsPerWeekJunior"] = 0
    find(d["schools"], "P13")["measures"]["dailyExerciseHours"] = 1.8
    find(d["schools"], "J03")["measures"]["dailyExerciseHours"] = 1.8
    find(d["schools"], "N03")["measures"]["bandwidthPerPersonMbps"] = 0.8
    find(d["schools"], "J06")["measures"]["homeVisitedStudents"] = 688
    find(d["kindergartens"], "K034")["measures"]["entryReadinessEducation"] = False
    find(d["kindergartens"], "K012")["measures"]["outdoorActivityHours"] = 1.8
    d["comment"] = header(d, "Chongming: CN › CN-31 › CN-31-310151 (a draft text: its findings are labelled and do not decide"
                          " the verdict). Passes MoE-2017 (so CM.1 passes and counts towards SH.CE.1) and MoE-2020;"
                          " the local sets fall short on these designed rows:", designed +
                          ["education spending up 160 million CNY and per student up 700 CNY on 2023 (<previous>): CM.5 PASS"])
    return d


def xuhui():
    rng = random.Random(310104)
    streets = ["天平路", "湖南路", "斜土路", "枫林路", "长桥", "田林", "虹梅路", "康健", "徐家汇", "凌云", "龙华",
               "漕河泾", "华泾"]
    table = """
P01 PRIMARY URBAN 1320 - 徐汇区天平路第一小学
P02 PRIMARY URBAN 1150 - 徐汇区湖南路小学
P03 PRIMARY URBAN 980 - 徐汇区斜土路第二小学
P04 PRIMARY URBAN 1060 - 徐汇区枫林路小学
P05 PRIMARY URBAN 1240 - 徐汇区长桥第一小学
P06 PRIMARY URBAN 890 - 徐汇区长桥第三小学
P07 PRIMARY URBAN 1010 - 徐汇区田林第一小学
P08 PRIMARY URBAN 940 - 徐汇区田林第四小学
P09 PRIMARY URBAN 1180 - 徐汇区虹梅路小学
P10 PRIMARY URBAN 860 - 徐汇区康健路小学
P11 PRIMARY URBAN 1390 - 徐汇区徐家汇第一小学
P12 PRIMARY URBAN 760 - 徐汇区凌云路小学
P13 PRIMARY URBAN 1090 - 徐汇区龙华路小学
P14 PRIMARY URBAN 920 - 徐汇区漕河泾小学
P15 PRIMARY URBAN 700 - 徐汇区华泾小学
P16 PRIMARY URBAN 1210 - 徐汇区宛平路小学
J01 JUNIOR URBAN - 1180 徐汇区天平路中学
J02 JUNIOR URBAN - 960 徐汇区湖南路中学
J03 JUNIOR URBAN - 1040 徐汇区枫林路中学
J04 JUNIOR URBAN - 880 徐汇区长桥中学
J05 JUNIOR URBAN - 1120 徐汇区田林中学
J06 JUNIOR URBAN - 760 徐汇区康健中学
J07 JUNIOR URBAN - 930 徐汇区凌云中学
J08 JUNIOR URBAN - 820 徐汇区龙华中学
J09 JUNIOR URBAN - 690 徐汇区华泾中学
N01 NINE_YEAR URBAN 760 540 徐汇区徐家汇学校
N02 NINE_YEAR URBAN 680 480 徐汇区漕河泾学校
N03 NINE_YEAR URBAN 620 430 徐汇区虹梅学校
SP1 SPECIAL_EDUCATION URBAN 180 - 徐汇区特殊教育学校
"""
    d = dict(code="310104", name="徐汇区", file="310104-xuhui.xml", schools=schools(rng, table),
             typed=district_base(rng, "310104", "徐汇区"),
             kindergartens=kindergartens(rng, [("PUBLIC", 30, 180, 360), ("PRIVATE_INCLUSIVE", 6, 150, 260),
                                               ("PRIVATE", 9, 160, 280)], streets))
    d["measures"] = {
        "priorityAreaRotations": 25, "priorityAreaRotationsThreeYears": 22,
        "strongSchoolRound2Schools": 2, "strongSchoolRound2Improved": 2, "groupCoverage": 0.92,
    }
    designed = [
        "public kindergartens hold about 70 % of the children and public plus inclusive ones about 80 %: the national "
        "50 % and 80 % pass; these are its parts of Shanghai's SH.PK.1 (80 %) and SH.PK.2 (90 %), INFO",
        "K017 (public) is in no kindergarten group: below the full coverage Xuhui reported (XH.1, a baseline), INFO",
        "22 of 25 rotations to the new towns, north–south areas and rural schools run 3 years: SH.CE.9 SHORT_OF_AIM",
        "J06 康健中学 gives 3 PE lessons a week: SH.CE.3 SHORT_OF_AIM (推进落实: an aim)",
        "P12 凌云路小学 held 3 family-education activities this year: SH.CE.8 FAIL",
        "both of its second-round strong-school project schools lifted: its part of Shanghai's 79 (SH.CE.10), INFO",
    ]
    find(d["kindergartens"], "K017")["measures"]["groupMember"] = False
    find(d["schools"], "J06")["measures"]["peLessonsPerWeekJunior"] = 3
    find(d["schools"], "P12")["measures"]["familyEducationActivities"] = 3
    d["comment"] = header(d, "Xuhui: CN › CN-31 › CN-31-310104. Passes MoE-2017 and MoE-2020 (the inspection of seed 004); "
                          "the local sets show:", designed)
    return d


def pudong():
    rng = random.Random(310115)
    towns = ["川沙新镇", "周浦镇", "惠南镇", "高桥镇", "张江镇", "金桥镇", "唐镇", "三林镇", "北蔡镇", "航头镇",
             "新场镇", "祝桥镇", "康桥镇", "曹路镇", "陆家嘴", "潍坊新村", "花木", "洋泾", "塘桥"]
    table = """
P01 PRIMARY URBAN 2150 - 浦东新区陆家嘴第一小学
P02 PRIMARY URBAN 1480 - 浦东新区潍坊新村小学
P03 PRIMARY URBAN 1620 - 浦东新区花木小学
P04 PRIMARY URBAN 1350 - 浦东新区洋泾小学
P05 PRIMARY URBAN 1290 - 浦东新区塘桥小学
P06 PRIMARY TOWN 1180 - 浦东新区川沙新镇第一小学
P07 PRIMARY TOWN 980 - 浦东新区川沙新镇第二小学
P08 PRIMARY TOWN 1260 - 浦东新区周浦镇小学
P09 PRIMARY TOWN 1120 - 浦东新区惠南镇第一小学
P10 PRIMARY TOWN 860 - 浦东新区惠南镇第二小学
P11 PRIMARY TOWN 1010 - 浦东新区高桥镇小学
P12 PRIMARY URBAN 1540 - 浦东新区张江镇小学
P13 PRIMARY URBAN 1390 - 浦东新区金桥镇小学
P14 PRIMARY TOWN 940 - 浦东新区唐镇小学
P15 PRIMARY URBAN 1460 - 浦东新区三林镇小学
P16 PRIMARY TOWN 1080 - 浦东新区北蔡镇小学
P17 PRIMARY TOWN 720 - 浦东新区航头镇小学
P18 PRIMARY TOWN 640 - 浦东新区新场镇小学
P19 PRIMARY TOWN 780 - 浦东新区祝桥镇小学
P20 PRIMARY TOWN 1150 - 浦东新区康桥镇小学
P21 PRIMARY TOWN 830 - 浦东新区曹路镇小学
P22 PRIMARY RURAL 92 - 浦东新区祝桥镇东海小学 ruralSmall
J01 JUNIOR URBAN - 1460 浦东新区陆家嘴中学
J02 JUNIOR URBAN - 1280 浦东新区潍坊中学
J03 JUNIOR URBAN - 1350 浦东新区花木中学
J04 JUNIOR URBAN - 1190 浦东新区洋泾中学
J05 JUNIOR TOWN - 1040 浦东新区川沙中学
J06 JUNIOR TOWN - 980 浦东新区周浦中学
J07 JUNIOR TOWN - 1120 浦东新区惠南中学
J08 JUNIOR TOWN - 890 浦东新区高桥中学
J09 JUNIOR URBAN - 1240 浦东新区张江中学
J10 JUNIOR URBAN - 1160 浦东新区三林中学
J11 JUNIOR TOWN - 760 浦东新区新场中学
J12 JUNIOR TOWN - 820 浦东新区祝桥中学
N01 NINE_YEAR URBAN 900 620 浦东新区金桥学校
N02 NINE_YEAR TOWN 760 540 浦东新区唐镇学校
N03 NINE_YEAR TOWN 640 450 浦东新区航头学校
N04 NINE_YEAR TOWN 580 400 浦东新区曹路学校
N05 NINE_YEAR TOWN 700 480 浦东新区康桥学校
SP1 SPECIAL_EDUCATION URBAN 260 - 浦东新区特殊教育学校
SP2 SPECIAL_EDUCATION TOWN 140 - 浦东新区南汇特殊教育学校
"""
    d = dict(code="310115", name="浦东新区", file="310115-pudong.xml", schools=schools(rng, table),
             typed=district_base(rng, "310115", "浦东新区"),
             kindergartens=kindergartens(rng, [("PUBLIC", 40, 200, 420), ("PRIVATE_INCLUSIVE", 6, 160, 260),
                                               ("PRIVATE", 6, 140, 240)], towns))
    set_typed(d, "disabledEnrollmentRate", 0.97)
    d["measures"] = {"strongSchoolRound2Schools": 9, "strongSchoolRound2Improved": 5, "groupCoverage": 0.71}
    designed = [
        "P01 陆家嘴第一小学 has 2150 pupils (≤ 2000) and J03 花木中学 a class of 52 (≤ 50): MoE-2017 FAIL, so its part of"
        " SH.CE.1 is 'not recognised' and Shanghai's aim of 'all 16 districts by 2025' can no longer be met (roll-up WARN)",
        "disabled enrolment 97 %: CN.CE.QUA.2 (95 %) PASS; its part of Shanghai's 99 % (SH.CE.2), INFO",
        "J09 张江中学 has no full-time psychology teacher: SH.CE.6 FAIL",
        "P15 三林镇小学 gives 1 PE-activity lesson a week: SH.CE.3 FAIL",
        "the rotations to the priority areas (SH.CE.9) and P22's daily exercise (SH.CE.4) are not reported: NOT_ASSESSED",
        "5 of 9 second-round strong-school project schools lifted: its part of Shanghai's 79 (SH.CE.10, due 2029), INFO",
    ]
    find(d["schools"], "J03")["sections"][0]["largestClass"] = 52
    find(d["schools"], "J09")["measures"]["psychologyTeachers"] = 0
    find(d["schools"], "P15")["measures"]["peActivityLessonsPerWeekPrimary"] = 1
    del find(d["schools"], "P22")["measures"]["dailyExerciseHours"]
    d["comment"] = header(d, "Pudong: CN › CN-31 (no district set of its own). Fails MoE-2017 on two designed items; "
                          "MoE-2020 passes. Designed:", designed)
    return d


def header(d, what, designed):
    return ["SYNTHETIC DATA. The district code and town/street names are real; every school, kindergarten and",
            "figure is invented by samples/tools/make_shanghai.py (seed %s) and describes no real school." % d["code"],
            "Regenerate with: python3 samples/tools/make_shanghai.py (deterministic; see samples/shanghai/README.md).",
            "", what] + ["  - " + x for x in designed]


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for design in (chongming(), xuhui(), pudong()):
        write(design)
