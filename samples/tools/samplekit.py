"""Building blocks for the sample submissions (used by make_samples.py; Python 3 standard library only).

Draws schools and kindergartens from a seeded random.Random so their figures look like a county's, computes the
national resource indicators the way the rules do (to check a design before it is written), and writes the XML.
The standards below are copied from rules/src/main/resources/CN/*.drl; if a rule changes, change them here too.
"""

import math
from xml.sax.saxutils import escape, quoteattr

# CN.CE.RES.1-7, in catalogue order: (section attribute, per-100 scale, primary standard, junior standard).
INDICATORS = (
    ("teachersAboveDegree", 100, 4.2, 5.3),
    ("backboneTeachers", 100, 1.0, 1.0),
    ("peArtTeachers", 100, 0.9, 0.9),
    ("teachingArea", 1, 4.5, 5.8),
    ("sportsArea", 1, 7.5, 10.2),
    ("equipmentValue", 1, 2000, 2500),
    ("multimediaRooms", 100, 2.3, 2.4),
)
RES_CODE = {field: "RES.%d" % (i + 1) for i, (field, *_rest) in enumerate(INDICATORS)}
CV_LIMIT = {"PRIMARY": 0.50, "JUNIOR": 0.45}          # CN.CE.RES.9
CLASS_LIMIT = {"PRIMARY": 45, "JUNIOR": 50}           # CN.CE.GOV.5
SIX_OF_SEVEN_SHARE = 0.85                             # CN.CE.RES.8
TEACHING_POINT_CUTOFF = 50                            # inResourceScope() in compulsory-resources.drl

# Typical class sizes and student-teacher ratios by level and location (ranges to draw from).
CLASS_SIZE = {
    ("PRIMARY", "URBAN"): (41, 45), ("PRIMARY", "TOWN"): (37, 44), ("PRIMARY", "RURAL"): (24, 38),
    ("JUNIOR", "URBAN"): (44, 49), ("JUNIOR", "TOWN"): (42, 48), ("JUNIOR", "RURAL"): (32, 44),
}
STUDENTS_PER_TEACHER = {
    ("PRIMARY", "URBAN"): (16.5, 18.5), ("PRIMARY", "TOWN"): (15.0, 17.5), ("PRIMARY", "RURAL"): (10.0, 14.0),
    ("JUNIOR", "URBAN"): (12.0, 13.5), ("JUNIOR", "TOWN"): (11.0, 12.8), ("JUNIOR", "RURAL"): (8.5, 11.0),
}
# How far above its standard a well-resourced section sits, as a multiple of the standard.
MARGIN = {
    "teachersAboveDegree": (1.08, 1.55), "backboneTeachers": (1.10, 1.80), "peArtTeachers": (1.10, 1.80),
    "teachingArea": (1.05, 1.75), "sportsArea": (1.05, 2.00), "equipmentValue": (1.05, 2.50),
    "multimediaRooms": (1.03, 1.25),
}
RURAL_MARGIN = {"teachingArea": (1.30, 2.20), "sportsArea": (1.40, 2.80)}


def standard(field, level):
    for f, _scale, primary, junior in INDICATORS:
        if f == field:
            return primary if level == "PRIMARY" else junior
    raise KeyError(field)


def scale(field):
    return next(s for f, s, *_rest in INDICATORS if f == field)


def _amount(field, multiple, level, students):
    """The raw resource that puts the section at `multiple` x standard: rounded up when meant to meet it, down
    when meant to fall short, so rounding never moves a section across its standard."""
    exact = multiple * standard(field, level) * students / scale(field)
    step = {"teachingArea": 10, "sportsArea": 10, "equipmentValue": 100}.get(field, 1)
    units = math.ceil(exact / step - 1e-9) if multiple >= 1 else math.floor(exact / step + 1e-9)
    return units * step


def section(rng, level, students, location, multiples=None, margins=None, **fixed):
    """One PRIMARY or JUNIOR section of `students`, meeting every resource standard by a random margin.

    multiples: indicator -> value as a multiple of its standard (below 1 designs a shortfall).
    margins:   indicator -> (low, high) range to draw the multiple from instead of the default.
    fixed:     section attributes set outright (e.g. teachersAboveDegree=43, largestClass=56); None leaves one out.
    """
    key = (level, location)
    size = rng.randint(*CLASS_SIZE[key])
    classes = max(1, math.ceil(students / size))
    average = students / classes
    largest = min(max(CLASS_LIMIT[level], math.ceil(average)), math.ceil(average) + rng.randint(0, 2), students)
    s = {"level": level, "students": students, "classes": classes, "largestClass": largest}
    draw = dict(MARGIN)
    if location == "RURAL":
        draw.update(RURAL_MARGIN)
    draw.update(margins or {})
    chosen = {f: rng.uniform(*draw[f]) for f, *_rest in INDICATORS}
    chosen.update(multiples or {})
    for field, _s, _p, _j in INDICATORS:
        s[field] = _amount(field, chosen[field], level, students)
    if chosen["multimediaRooms"] >= 1:
        # every classroom is networked, plus a few specialist rooms
        s["multimediaRooms"] = max(s["multimediaRooms"], classes + rng.randint(1, 2 + classes // 10))
    ratio = rng.uniform(*STUDENTS_PER_TEACHER[key])
    s["teachers"] = max(round(students / ratio), math.ceil(s["teachersAboveDegree"] / 0.9), s["peArtTeachers"] + 2)
    s.update(fixed)
    return {k: v for k, v in s.items() if v is not None}


def rooms(rng, classes):
    """Music and art rooms for CN.CE.GOV.3: one of each per 12 classes (sometimes one more), all full size."""
    n = math.ceil(classes / 12)
    music = [rng.randint(96, 128) for _ in range(n + (1 if rng.random() < 0.25 else 0))]
    art = [rng.randint(90, 120) for _ in range(n + (1 if rng.random() < 0.2 else 0))]
    return [("MUSIC", a) for a in music] + [("ART", a) for a in art]


def school(rng, sid, name, stype, location, sections, per_student_funds, boarding=False, rural_small=False, **attrs):
    """A school with its budgets (training at 5.5-8 % of public funds, CN.CE.QUA.4) and specialist rooms."""
    students = sum(s["students"] for s in sections)
    basis = max(students, 100) if (stype == "TEACHING_POINT" or location == "RURAL") else students
    budget = math.ceil(basis * per_student_funds * rng.uniform(1.0, 1.1) / 1000) * 1000
    sch = {
        "id": sid, "name": name, "type": stype, "location": location, "boarding": boarding,
        "ruralSmall": rural_small, "charter": True, "informationSystems": True, "moralEducationGood": True,
        "curriculumComplete": True, "publicFundsBudget": budget,
        "trainingBudget": math.ceil(budget * rng.uniform(0.055, 0.08) / 100) * 100,
        "publicFundsStudentBasis": basis, "sections": sections,
        # teaching points share their central school's music and art rooms (CN.CE.GOV.3 leaves them out)
        "rooms": [] if stype == "TEACHING_POINT" else rooms(rng, sum(s.get("classes", 0) for s in sections)),
    }
    sch.update(attrs)
    return {k: v for k, v in sch.items() if v is not None}


def special_school(rng, sid, name, location, students, per_student):
    budget = math.ceil(students * per_student / 1000) * 1000
    return {"id": sid, "name": name, "type": "SPECIAL_EDUCATION", "location": location, "boarding": True,
            "charter": True, "informationSystems": True, "moralEducationGood": True, "curriculumComplete": True,
            "publicFundsBudget": budget, "trainingBudget": math.ceil(budget * rng.uniform(0.06, 0.08) / 100) * 100,
            "publicFundsPerStudent": per_student, "students": students, "sections": [], "rooms": []}


def kindergarten(rng, kid, name, ownership, classes, space, class_size=(26, 32), over_limit=0, **fixed):
    """A kindergarten of `classes` classes: two full-time teachers a class (public ones a little more), all
    certified (CN.PK.9), with space per child a random margin above the provincial `space` standards."""
    children = sum(rng.randint(*class_size) for _ in range(classes))
    extra = rng.randint(1, 3) if ownership == "PUBLIC" else rng.randint(0, 1)
    k = {"id": kid, "name": name, "ownership": ownership, "children": children, "classes": classes,
         "classesWithinLimit": classes - over_limit, "teachers": 2 * classes + extra, "certifiedStaffRate": 1.0}
    for field, per_child in space.items():
        k[field] = math.ceil(children * per_child * rng.uniform(1.08, 1.6) / 10) * 10
    k.update(fixed)
    return {a: v for a, v in k.items() if v is not None}


# ----- the arithmetic of the rules, to check a design -----

def in_resource_scope(sch):
    if sch["type"] == "SPECIAL_EDUCATION":
        return False
    return sch["type"] != "TEACHING_POINT" or sum(s["students"] for s in sch["sections"]) >= TEACHING_POINT_CUTOFF


def value(sec, field):
    """The indicator value of a section, or None when the attribute is left out."""
    return None if field not in sec else scale(field) * sec[field] / sec["students"]


def resource_findings(schools):
    """{(subject, RES.n): 'PASS'|'FAIL'|'NOT_ASSESSED'} for RES.1-8 of every in-scope section."""
    out = {}
    for sch in filter(in_resource_scope, schools):
        for sec in sch["sections"]:
            subject = "%s/%s" % (sch["id"], sec["level"])
            met, unmet, unknown = 0, [], 0
            for field, *_rest in INDICATORS:
                v = value(sec, field)
                req = standard(field, sec["level"])
                if v is None:
                    status, unknown = "NOT_ASSESSED", unknown + 1
                elif v >= req - 1e-9:
                    status, met = "PASS", met + 1
                else:
                    status = "FAIL"
                    unmet.append(v / req)
                out[(subject, RES_CODE[field])] = status
            if len(unmet) > 1 or any(share < SIX_OF_SEVEN_SHARE - 1e-9 for share in unmet):
                out[(subject, "RES.8")] = "FAIL"
            else:
                out[(subject, "RES.8")] = "NOT_ASSESSED" if unknown else "PASS"
    return out


def difference_coefficients(schools):
    """{(LEVEL, RES.n): student-weighted coefficient, or None when a section lacks the value} (CN.CE.RES.9)."""
    out = {}
    for level in ("PRIMARY", "JUNIOR"):
        secs = [s for sch in filter(in_resource_scope, schools) for s in sch["sections"] if s["level"] == level]
        for field, *_rest in INDICATORS:
            values = [value(s, field) for s in secs]
            if not secs or None in values:
                out[(level, RES_CODE[field])] = None
                continue
            total = sum(s["students"] for s in secs)
            mean = sum(s["students"] / total * v for s, v in zip(secs, values))
            var = sum(s["students"] / total * (v - mean) ** 2 for s, v in zip(secs, values))
            out[(level, RES_CODE[field])] = math.sqrt(var) / mean
    return out


def preschool_totals(kgs):
    """District shares of CN.PK.2, 3, 7 and children per teacher (PK.8) over kindergartens reporting children."""
    kgs = [k for k in kgs if "children" in k]
    children = sum(k["children"] for k in kgs)
    return {
        "inclusive": sum(k["children"] for k in kgs if k["ownership"] != "PRIVATE") / children,
        "public": sum(k["children"] for k in kgs if k["ownership"] == "PUBLIC") / children,
        "withinLimit": sum(k["classesWithinLimit"] for k in kgs) / sum(k["classes"] for k in kgs),
        "childrenPerTeacher": children / sum(k["teachers"] for k in kgs),
    }


# ----- XML -----

# Child elements of <district>, in the order submission-1.xsd requires.
DISTRICT_ELEMENTS = (
    "basicBalanceRecognizedYear", "qualityBalanceRecognizedYear", "teacherSalaryRatio",
    "performancePayFullyApproved", "trainingCompletionRate", "staffingAllocatedByCounty", "eligibleForRotation",
    "rotated", "rotatedBackbone", "certifiedTeacherRate", "nearbyEnrollmentPrimary", "nearbyEnrollmentJunior",
    "highSchoolQuotaShare", "highSchoolQuotaLeansRural", "leftBehindCareSystem", "migrantInPublicShare",
    "juniorRetentionRate", "disabledEnrollmentRate", "itTeachingAssessed", "noExcessiveBurden",
    "monitoringLevel3Share", "monitoringSchoolDifferenceRate", "socialRecognition", "layoutReasonable",
    "standardsMeetProvincial", "preschoolGrossEnrollmentRate", "preschoolPublicFundingPerChild",
    "preschoolPublicFundingStandard", "preschoolInclusiveSubsidyPerChild", "preschoolInclusiveSubsidyStandard",
    "preschoolNonEstablishedPayRatio", "preschoolNonEstablishedPayStandard", "preschoolOutdoorAreaStandard",
    "preschoolActivityRoomAreaStandard", "preschoolBuildingAreaStandard", "preschoolSocialRecognition",
)
SCHOOL_ATTRS = ("id", "name", "type", "location", "boarding", "ruralSmall", "charter", "informationSystems",
                "moralEducationGood", "curriculumComplete", "publicFundsBudget", "trainingBudget",
                "publicFundsStudentBasis", "publicFundsPerStudent", "students")
SECTION_ATTRS = ("level", "students", "classes", "largestClass", "teachers") + tuple(f for f, *_r in INDICATORS)
KINDERGARTEN_ATTRS = ("id", "name", "ownership", "children", "classes", "classesWithinLimit", "teachers",
                      "certifiedStaffRate", "outdoorPlayArea", "activityRoomArea", "buildingArea")


def text(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return "%.1f" % v
    return str(v)


def attrs(obj, names):
    return " ".join("%s=%s" % (n, quoteattr(text(obj[n]))) for n in names if n in obj)


def write_submission(path, comment, year, district):
    """Writes one district; `comment` (lines) goes at the top, saying the data are synthetic."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<!--"]
    out += ["  " + line if line else "" for line in comment]
    out += ["-->", '<submission xmlns="urn:educheck:submission:1" year="%d">' % year,
            "  <district code=%s name=%s>" % (quoteattr(district["code"]), quoteattr(district["name"]))]
    for name in DISTRICT_ELEMENTS:
        if name in district["elements"]:
            out.append("    <%s>%s</%s>" % (name, text(district["elements"][name]), name))
    if district.get("vetoes") is not None:
        out.append("    <vetoes/>" if not district["vetoes"] else "    <vetoes>")
        for kind, what in district["vetoes"]:
            out.append("      <veto kind=%s>%s</veto>" % (quoteattr(kind), escape(what)))
        if district["vetoes"]:
            out.append("    </vetoes>")
    for sch in district["schools"]:
        if not sch["sections"] and not sch["rooms"]:
            out.append("    <school %s/>" % attrs(sch, SCHOOL_ATTRS))
            continue
        out.append("    <school %s>" % attrs(sch, SCHOOL_ATTRS))
        for sec in sch["sections"]:
            out.append("      <section %s/>" % attrs(sec, SECTION_ATTRS))
        for kind, area in sch["rooms"]:
            out.append('      <room kind="%s" area="%s"/>' % (kind, area))
        out.append("    </school>")
    for k in district["kindergartens"]:
        out.append("    <kindergarten %s/>" % attrs(k, KINDERGARTEN_ATTRS))
    out += ["  </district>", "</submission>", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
