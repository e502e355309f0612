#!/usr/bin/env python3
"""Writes the fixtures of the targets judged on a whole city (@binds("city")): every district of the city in one
submission, so the city's figure is made and judged, with a district on the wrong side of the target to show it is
never failed for the city's target. Each fixture pins its threshold from both sides (the city exactly at it, and
one step short, or just over a strict line), so a nudged @required, a loosened or tightened comparator or a shifted
@due fails a fixture; `educheck rules test --mutations` shows that one does. The counts over whole cities and the
province (SH.CE.10, JX.1, and the recognitions of WZ.1, TZ.1 and ZJ.1 one county either side) are written here too.

    python3 rules/tools/city_fixtures.py      # rewrites the *-city-* fixtures under rules/src/main/resources

The district names and codes are GB/T 2260's (counties.csv of CN-31 and CN-33); every figure is invented.
"""
import csv
import os
from fractions import Fraction

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources")


def counties(province, prefix):
    with open(os.path.join(ROOT, province, "counties.csv"), encoding="utf-8") as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))]
    return [(c, n) for c, n in rows[1:] if c.startswith(prefix)]


def fmt(x):
    """As the fixtures write an actual value: four decimals at most, no trailing zeros."""
    v = round(float(x) + 0.0, 4)
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def write(folder, name, year, comment, districts, expected):
    path = os.path.join(ROOT, folder, "fixtures", name)
    body = ['<?xml version="1.0" encoding="UTF-8"?>', "<!--"] + ["  " + line for line in comment.strip().split("\n")]
    body += ["  Written by rules/tools/city_fixtures.py; every figure is invented.", "-->",
             '<submission xmlns="urn:educheck:submission:1" year="%d">' % year]
    for code, name, inner in districts:
        body.append('  <district code="%s" name="%s">' % (code, name))
        body += ["    " + line for line in inner]
        body.append("  </district>")
    body.append("</submission>")
    with open(path + ".xml", "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")
    with open(path + ".expected", "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")


def measure(key, value):
    return '<measure key="%s" value="%s"/>' % (key, value)


def kindergartens(public, inclusive, private):
    ks = []
    for i, (own, n) in enumerate([("PUBLIC", public), ("PRIVATE_INCLUSIVE", inclusive), ("PRIVATE", private)], 1):
        if n:
            ks.append('<kindergarten id="K%d" name="%s幼儿园" ownership="%s" children="%d">%s%s</kindergarten>'
                      % (i, "甲乙丙"[i - 1], own, n, measure("entryReadinessEducation", "true"),
                         measure("outdoorActivityHours", "2")))
    return ks


def schools(n, students=400):
    return ['<school id="S%d" name="第%d小学" type="PRIMARY" location="URBAN"><section level="PRIMARY" students="%d"/></school>'
            % (i, i, students) for i in range(1, n + 1)]


# --- Shanghai: SH.PK.1 (aim for 2025 and main goal for 2029), SH.PK.2, SH.CE.2 over the 16 districts ----------------

def shanghai(name, year, short, comment):
    """Each district 1000 children; public and inclusive places set so the city is exactly at (or one place below)
    80 % public, 90 % inclusive; disabled enrolment exactly at (or below) 99 %. 长宁区 sits under every target."""
    out = []
    pub = inc = children = 0
    dis_num = dis_den = Fraction(0)
    for code, dname in counties("CN-31", "31"):
        public, inclusive, private = 800, 100, 100
        rate, weight = Fraction(99, 100), 100
        if code == "310105":              # below every municipal target
            public, inclusive, private = 650, 200, 150
            rate = Fraction(95, 100)
        if code == "310101":              # makes up for 长宁区 above the line
            public, inclusive, private = 950, 0, 50
            rate, weight = Fraction(1), 400
        if short and code == "310115":    # one place short of each line across the city
            public, inclusive, private = 799, 100, 101
            rate = Fraction(98, 100)
        pub += public
        inc += public + inclusive
        children += public + inclusive + private
        dis_num += rate * weight
        dis_den += weight
        inner = ["<disabledEnrollmentRate>%s</disabledEnrollmentRate>" % fmt(rate),
                 measure("disabledChildrenOfSchoolAge", weight),
                 measure("priorityAreaRotations", 2), measure("priorityAreaRotationsThreeYears", 2)]
        out.append((code, dname, inner + kindergartens(public, inclusive, private)))
    pub, inc, dis = Fraction(pub, children), Fraction(inc, children), dis_num / dis_den
    expected = ["# The city's figures, over all 16 districts.",
                "rollup SH.PK.1 31            %s  %s" % (settle(pub >= Fraction(8, 10), year, 2025, True), fmt(pub)),
                "rollup SH.PK.1 31/main-goal  %s  %s" % (settle(pub >= Fraction(8, 10), year, 2029, False), fmt(pub)),
                "rollup SH.PK.2 31            %s  %s" % (settle(inc >= Fraction(9, 10), year, 2025, True), fmt(inc)),
                "rollup SH.CE.2 31            %s  %s" % (settle(dis >= Fraction(99, 100), year, None, False), fmt(dis)),
                "",
                "# 长宁区 is below every municipal target: its parts are INFO, and Shanghai's own set (CN-31) passes it.",
                "district 310105",
                "SH.PK.1  310105            INFO  0.65",
                "SH.PK.1  310105/main-goal  INFO  0.65",
                "SH.PK.2  310105            INFO  0.85",
                "SH.CE.2  310105            INFO  0.95",
                "CN.CE.QUA.2  310105        PASS  0.95",
                "verdict  CN-31             PASS"]
    write("CN-31", name, year, comment, out, expected)


def settle(met, year, due, aspiration):
    """The status a target takes, as educheck.rules.Judge.settled decides it."""
    if met:
        return "PASS"
    if due is not None and year < due:
        return "WARN"
    return "SHORT_OF_AIM" if aspiration else "FAIL"


# --- Zhejiang cities -------------------------------------------------------------------------------------------------

def city(folder, prefix, name, year, comment, inner_of, expected):
    write(folder, name, year, comment, [(c, n, inner_of(c)) for c, n in counties(folder[:5], prefix)], expected)


def junior_schools(n):
    return ['<school id="J%d" name="第%d中学" type="JUNIOR" location="URBAN"><section level="JUNIOR" students="300"/></school>'
            % (i, i) for i in range(1, n + 1)]


def rural_small(members, n=5):
    return ['<school id="R%d" name="第%d村小" type="PRIMARY" location="RURAL" ruralSmall="true"><section level="PRIMARY" students="60"/>%s</school>'
            % (i, i, measure("groupMember", "true" if i <= members else "false")) for i in range(1, n + 1)]


def ningbo(short):
    """NB.3 Σ rotated ÷ Σ eligible; NB.5 rural small schools in groups (> 80 %); NB.6 standardised schools (aim 100 %)."""
    def inner(code):
        rotated, std, members = 200, "1", 4
        if code == "330212":                 # 鄞州区 below all three, made up by 余姚市
            rotated, std, members = 100, "0.75", 2
        if code == "330281":
            rotated, members = 300, 5
        if code in ("330203", "330282"):
            members = 5
        if short and code == "330206":       # 北仑区: one exchange and one school fewer
            rotated, std, members = 199, "0.75", 3
        return ["<eligibleForRotation>1000</eligibleForRotation>", "<rotated>%d</rotated>" % rotated,
                "<rotatedBackbone>%d</rotatedBackbone>" % (rotated // 5), "<highSchoolQuotaShare>0.6</highSchoolQuotaShare>",
                measure("ruralTeacherIncome", 150000), measure("urbanTeacherIncome", 150000),
                measure("standardisedSchoolShare", std)] \
            + rural_small(members)
    return inner


def wenzhou(short, year=2022):
    """WZ.3 group coverage (> 80 %, aim 2022), WZ.4 spending and spending per student (Σ change ≥ 0, binding),
    WZ.2 land and building area per student (rise ≥ 0.75 m², aim up to 2022), 4 schools of 400 pupils each."""
    def inner(code):
        cover, change, per_student, area = "0.85", 1000, 10, "0.8"
        if code == "330324":                 # 永嘉县 below every one
            cover, change, per_student, area = "0.6", -5000, -110, "0.2"
        if code == "330302":
            change = -5000
        if short and code == "330324":
            cover, per_student, area = "0.25", -111, "0.19"
        if short and code == "330302":
            change = -5001
        lines = [measure("groupCoverage", cover), measure("educationBudget", 1000000 + change),
                 measure("educationBudgetPerStudent", 20000 + per_student),
                 measure("landAreaPerStudent", fmt(20 + float(area))), measure("buildingAreaPerStudent", fmt(10 + float(area))),
                 '<previous year="%d">%s%s%s%s</previous>' % (year - 1,
                     measure("educationBudget", 1000000), measure("educationBudgetPerStudent", 20000),
                     measure("landAreaPerStudent", 20), measure("buildingAreaPerStudent", 10))]
        return lines + schools(4)
    return inner


def ningbo_over(code):
    """NB.5 just over its line (81 of 100 rural small schools, 81 %: more than 80 %, not more than 81 %) and NB.6 at
    99 % (one district of ten at 90 %), each district with ten rural small schools."""
    members = 9 if code == "330203" else 8
    std = "0.9" if code == "330212" else "1"
    return [measure("standardisedSchoolShare", std)] + rural_small(members, n=10)


def wenzhou_over(code):
    """WZ.3 group coverage 80.5 % in every district: more than 80 %, not more than 81 %."""
    return [measure("groupCoverage", "0.805")] + schools(4)


def recognition(folder, prefix, name, year, recognised, comment, expected, province="CN-33"):
    """Every county of the city or province in the run: the first `recognised` declare recognition the year before,
    the others fail MoE-2017 (social recognition 0.5, none declared), so each roll-up of counties is decided."""
    rows = counties(province, prefix)
    districts = [(c, n, ["<qualityBalanceRecognizedYear>%d</qualityBalanceRecognizedYear>" % (year - 1)] if i < recognised
                  else ["<socialRecognition>0.5</socialRecognition>"]) for i, (c, n) in enumerate(rows)]
    write(folder, name, year, comment, districts, expected)


def lifted(total):
    """SH.CE.10: each of Shanghai's 16 districts with 5 project schools, 黄浦区 (310101) with none; the districts
    lift 5 each and 崇明区 (310151) the rest, so that Shanghai lifts `total` in all."""
    def inner(code):
        if code == "310101":
            return [measure("strongSchoolRound2Schools", 0), measure("strongSchoolRound2Improved", 0)]
        n = total - 5 * 14 if code == "310151" else 5
        return [measure("strongSchoolRound2Schools", max(n, 5)), measure("strongSchoolRound2Improved", n)]
    return inner


def simple(key, values, default, weight_schools=None, previous=None, year=None):
    """A district measure per district code (others take the default), with n primary schools for a weight."""
    def inner(code):
        v = values.get(code, default)
        lines = [measure(key, v if previous is None else fmt(previous + v))]
        if previous is not None:
            lines.append('<previous year="%d">%s</previous>' % (year - 1, measure(key, previous)))
        return lines + (weight_schools(code) if weight_schools else [])
    return inner


def main():
    shanghai("sh-city-2025-met", 2025, False, """
Shanghai's municipal targets in 2025, all 16 districts in the run. The city is exactly at 80 % of children in public
kindergartens (SH.PK.1, the 2025 aim and the main goal due 2029), 90 % in inclusive ones (SH.PK.2) and 99 %
disabled enrolment (SH.CE.2, each district weighted by its disabled children of school age). 长宁区 (310105) is below
all three (65 %, 85 %, 95 %): a city that meets its target is never failed through it, nor is the district.""")
    shanghai("sh-city-2025-short", 2025, True, """
The same city one place short: 浦东新区 (310115) has one public place fewer, one private more, and a 98 % disabled
enrolment. Shanghai is just under each line: SHORT_OF_AIM for the 2025 aims (力争), WARN for the main goal (binding
from 2029), FAIL for the disabled enrolment (保持, binding now), naming the districts pulling it down.""")
    shanghai("sh-city-2024-short", 2024, True, """
The short city of sh-city-2025-short a year earlier: the 2025 aims are not yet due (WARN); the disabled enrolment
(binding now) fails.""")
    shanghai("sh-city-2028-short", 2028, True, """
The short city of sh-city-2025-short in 2028, the year before the main goal binds: the main goal (达到80%以上, due
2029) is WARN, not FAIL; the 2025 aims stay short of aim.""")
    shanghai("sh-city-2029-met", 2029, False, """
The city of sh-city-2025-met in 2029, when the main goal is due: exactly 80 % passes.""")
    shanghai("sh-city-2029-short", 2029, True, """
The short city in 2029: the main goal (达到80%以上, binding from 2029) now fails, the 2025 aims stay short of aim.""")

    city("CN-33-3302", "3302", "nb-city-2024-met", 2024, """
Ningbo in 2024, all 10 districts. Teachers and principals exchanged: exactly 2000 of 10000, 20 % (NB.3), though
鄞州区 (330212) exchanged 10 %. Rural small schools in groups: 41 of 50, over 80 % (NB.5), though 鄞州区 has 2 of 5.
Standardised schools: 鄞州区 75 %, the rest 100 %: the city is short of its undated aim of full coverage (NB.6, 力争):
SHORT_OF_AIM, never FAIL.""", ningbo(False), [
        "rollup NB.3  3302/rotation      PASS          0.2",
        "rollup NB.5  3302               PASS          0.82",
        "rollup NB.6  3302/standardised  SHORT_OF_AIM  0.975",
        "district 330212",
        "NB.3  330212/rotation      INFO  0.1",
        "NB.5  330212               INFO  0.4",
        "NB.6  330212/standardised  INFO  0.75",
        "CN.CE.GOV.11  330212/rotation  PASS  0.1",
        "verdict  CN-33-3302  PASS",
        "district 330281",
        "NB.6  330281/standardised  INFO  1"])
    city("CN-33-3302", "3302", "nb-city-2024-short", 2024, """
The same Ningbo with 北仑区 (330206) one exchange and one school in a group short: 1999 of 10000 exchanged, under 20 %
(NB.3 FAIL), and exactly 40 of 50 schools, not more than 80 % (NB.5 FAIL), each naming the districts pulling the
city down.""", ningbo(True), [
        "rollup NB.3  3302/rotation      FAIL          0.1999",
        "rollup NB.5  3302               FAIL          0.8",
        "rollup NB.6  3302/standardised  SHORT_OF_AIM  0.95",
        "district 330206",
        "NB.3  330206/rotation  INFO  0.199"])
    city("CN-33-3302", "3302", "nb-city-2021-short", 2021, """
The short Ningbo of nb-city-2024-short in 2021, the year before NB.5 binds ("到2022年"): exactly 80 % of the rural
small schools in groups, not more than 80 %, is WARN; NB.3 (binding now) fails.""", ningbo(True), [
        "rollup NB.3  3302/rotation      FAIL          0.1999",
        "rollup NB.5  3302               WARN          0.8",
        "rollup NB.6  3302/standardised  SHORT_OF_AIM  0.95"])
    city("CN-33-3302", "3302", "nb-city-2022-short", 2022, """
The short Ningbo of nb-city-2024-short in 2022, the year NB.5 binds: exactly 80 % is not more than 80 %, FAIL.""",
         ningbo(True), [
        "rollup NB.3  3302/rotation      FAIL          0.1999",
        "rollup NB.5  3302               FAIL          0.8"])
    city("CN-33-3302", "3302", "nb-city-2024-just-over", 2024, """
Ningbo in 2024 just over NB.5's line: 81 of its 100 rural small schools in groups (鄞州区 330203 9 of 10, the others
8), 81 %, more than 80 % (PASS; a line of 81 % would fail it). Standardised schools 99 % (鄞州区 330212 at 90 %): one
point short of the aim of full coverage, SHORT_OF_AIM.""", ningbo_over, [
        "rollup NB.5  3302               PASS          0.81",
        "rollup NB.6  3302/standardised  SHORT_OF_AIM  0.99"])
    city("CN-33-3302", "3302", "nb-city-2023-all-standardised", 2023, """
Ningbo in 2023 with every school of every district standardised: NB.6's aim of full coverage is met.""",
         simple("standardisedSchoolShare", {}, "1", weight_schools=lambda c: schools(3)), [
        "rollup NB.6  3302/standardised  PASS  1"])

    city("CN-33-3303", "3303", "wz-city-2022-met", 2022, """
Wenzhou in 2022, all 12 districts of 4 schools each. Group coverage (WZ.3, more than 80 %): 9.95 of 12 schools'
worth, 82.9 %, though 永嘉县 (330324) covers 60 %. Spending (WZ.4) unchanged in all, exactly at "只增不减": 永嘉县 and
鹿城区 each spent 5000 less, the other ten 1000 more; per student the same, 永嘉县 110 CNY less. Land and building area
per student (WZ.2) rose 0.75 m² on average, 永嘉县 only 0.2. Every city target met; none of 永嘉县's is its FAIL.""",
         wenzhou(False), [
        "rollup WZ.3  3303/group-coverage       PASS  0.8292",
        "rollup WZ.4  3303/budget               PASS  0",
        "rollup WZ.4  3303/budget-per-student   PASS  0",
        "rollup WZ.2  3303/land-area            PASS  0.75",
        "rollup WZ.2  3303/building-area        PASS  0.75",
        "district 330324",
        "WZ.3  330324/group-coverage       INFO  0.6",
        "WZ.4  330324/budget               INFO  -5000",
        "WZ.4  330324/budget-per-student   INFO  -110",
        "WZ.2  330324/land-area            INFO  0.2"])
    city("CN-33-3303", "3303", "wz-city-2022-short", 2022, """
The same Wenzhou each one step short: coverage exactly 80 % (not more than 80 %: short of the aim), spending 1 CNY
down (鹿城区 5001 less: FAIL), per student 1 CNY down across the city's pupils (FAIL), area per student 0.7492 m² (short
of the aim), each naming the districts pulling it down.""", wenzhou(True), [
        "rollup WZ.3  3303/group-coverage       SHORT_OF_AIM  0.8",
        "rollup WZ.4  3303/budget               FAIL  -1",
        "rollup WZ.4  3303/budget-per-student   FAIL  -0.0833",
        "rollup WZ.2  3303/land-area            SHORT_OF_AIM  0.7492",
        "rollup WZ.2  3303/building-area        SHORT_OF_AIM  0.7492"])

    city("CN-33-3303", "3303", "wz-city-2021-short", 2021, """
The short Wenzhou of wz-city-2022-short in 2021, a year before WZ.3's aim ("力争到2022年"): coverage exactly 80 % is
WARN; the spending rows (binding now) fail.""", wenzhou(True, 2021), [
        "rollup WZ.3  3303/group-coverage       WARN  0.8",
        "rollup WZ.4  3303/budget               FAIL  -1"])
    city("CN-33-3303", "3303", "wz-city-2022-just-over", 2022, """
Wenzhou in 2022 with every district's group coverage at 80.5 %: more than 80 % (WZ.3 PASS), though not more than
81 %.""", wenzhou_over, [
        "rollup WZ.3  3303/group-coverage       PASS  0.805"])

    recognition("CN-33-3303", "3303", "wz1-2019-none", 2019, 0, """
WZ.1 in 2019, all 12 of Wenzhou's districts in the run, none recognised: both targets are decided short, and neither
is due yet (the 10 % in 2020, the 35 % in 2022): WARN, WARN.""", [
        "rollup  WZ.1  3303  WARN  0",
        "rollup  WZ.1  3303  WARN  0"])
    recognition("CN-33-3303", "3303", "wz1-2021-short", 2021, 2, """
WZ.1 in 2021, all 12 districts in the run, 2 recognised: 2/12 = 16.7 % meets the 2020 target (10 %); the 2022 target
(35 %, 5 of 12) is decided short but not due until 2022: WARN.""", [
        "rollup  WZ.1  3303  PASS  0.1667",
        "rollup  WZ.1  3303  WARN  0.1667"])

    city("CN-33-3304", "3304", "jx1-2022-one-short", 2022, """
JX.1 in 2022: all 7 of Jiaxing's districts report 7 rural new quality schools each, 49, one short of 50: FAIL.""",
         simple("ruralNewQualitySchools", {}, 7), [
        "rollup JX.1  3304  FAIL  49"])

    recognition("CN-33-3310", "3310", "tz1-2019-none", 2019, 0, """
TZ.1 in 2019, all 9 of Taizhou's districts in the run, none recognised: every count is decided short and none is
due yet (the aim a year early for 2020, the plan's 2021 and 2022 counts, the aim for 2021): WARN. Full coverage is
an undated aim: short of it.""", [
        "rollup TZ.1  3310             WARN  0",
        "rollup TZ.1  3310             WARN  0",
        "rollup TZ.1  3310/early-2020  WARN  0",
        "rollup TZ.1  3310/early-2021  WARN  0",
        "rollup TZ.1  3310/all         SHORT_OF_AIM  0"])
    recognition("CN-33-3310", "3310", "tz1-2023-eight", 2023, 8, """
TZ.1 in 2023, all 9 districts in the run, 8 recognised: every count is met; full coverage (争取…全覆盖) is one county
short, 8/9: short of the aim.""", [
        "rollup TZ.1  3310             PASS  8",
        "rollup TZ.1  3310/all         SHORT_OF_AIM  0.8889"])

    recognition("CN-33", "33", "zj1-2019-short", 2019, 17, """
ZJ.1 in 2019, all 90 of Zhejiang's districts in the run, 17 recognised: 17/90 = 18.9 % is short of the 2020 target
(20 %) and of the 2022 one (50 %), neither due yet: WARN, WARN.""", [
        "rollup  ZJ.1  33  WARN  0.1889",
        "rollup  ZJ.1  33  WARN  0.1889"])
    recognition("CN-33", "33", "zj1-2021-short", 2021, 44, """
ZJ.1 in 2021, all 90 districts in the run, 44 recognised: 48.9 % meets the 2020 target (20 %); the 2022 target (50 %,
45 of 90) is one county short but not due until 2022: WARN.""", [
        "rollup  ZJ.1  33  PASS  0.4889",
        "rollup  ZJ.1  33  WARN  0.4889"])
    recognition("CN-33", "33", "zj1-2022-one-short", 2022, 44, """
ZJ.1 in 2022, all 90 districts in the run, 44 recognised: 48.9 %, one county short of the 2022 target (50 %, 45 of
90, 省定目标: binding): FAIL. The 2020 target is met.""", [
        "rollup  ZJ.1  33  PASS  0.4889",
        "rollup  ZJ.1  33  FAIL  0.4889"])

    city("CN-31", "31", "sh-ce10-2029-one-short", 2029, """
SH.CE.10 in 2029, when it is due: all 16 districts report, 14 lifted all 5 of their project schools, 崇明区 (310151)
8, 黄浦区 (310101) has none in the project: 78, one short of 79 -> FAIL.""", lifted(78), [
        "rollup  SH.CE.10  31  FAIL  78"])

    city("CN-33-3306", "3306", "sx-city-2024-met", 2024, """
Shaoxing in 2024, its 6 districts: spending unchanged across the city (SX.3, 确保…只增不减), though 越城区 spent 5000 less.""",
         simple("educationBudget", {"330602": -5000}, 1000, previous=1000000, year=2024), [
        "rollup SX.3  3306/budget  PASS  0",
        "district 330602",
        "SX.3  330602/budget  INFO  -5000"])
    city("CN-33-3306", "3306", "sx-city-2024-short", 2024, """
Shaoxing with 越城区 spending 5001 less: the city's spending fell by 1 CNY (SX.3 FAIL, naming 越城区).""",
         simple("educationBudget", {"330602": -5001}, 1000, previous=1000000, year=2024), [
        "rollup SX.3  3306/budget  FAIL  -1"])

    city("CN-33-3307", "3307", "jh-city-2024-met", 2024, """
Jinhua in 2024, its 9 districts of 4 schools each: the myopia rate fell by exactly 1 percentage point across the city
(JH.1): eight districts 1.25 points, 婺城区 (330702) rose by 1 point.""",
         simple("myopiaRate", {"330702": 0.01}, -0.0125, weight_schools=lambda c: schools(4), previous=0.5, year=2024), [
        "rollup JH.1  3307  PASS  -0.01",
        "district 330702",
        "JH.1  330702  INFO  0.01"])
    city("CN-33-3307", "3307", "jh-city-2024-short", 2024, """
Jinhua with 婺城区's rate up 1.01 points: the city's fell by 0.9989 points, short of 1 (JH.1 FAIL, naming 婺城区).""",
         simple("myopiaRate", {"330702": 0.0101}, -0.0125, weight_schools=lambda c: schools(4), previous=0.5, year=2024), [
        "rollup JH.1  3307  FAIL  -0.01"])

    city("CN-33-3308", "3308", "qz-city-2020-met", 2020, """
Quzhou in 2020, its 6 districts of 4 schools each: standardised schools exactly 98 % across the city (QZ.2, read from
"接近100%"), though 柯城区 (330802) is at 93 %.""",
         simple("standardisedSchoolShare", {"330802": "0.93"}, "0.99", weight_schools=lambda c: schools(4)), [
        "rollup QZ.2  3308  PASS  0.98",
        "district 330802",
        "QZ.2  330802  INFO  0.93"])
    city("CN-33-3308", "3308", "qz-city-2020-short", 2020, """
Quzhou with 柯城区 at 92.9 %: the city at 97.98 %, under 98 % (QZ.2 FAIL, naming 柯城区).""",
         simple("standardisedSchoolShare", {"330802": "0.929"}, "0.99", weight_schools=lambda c: schools(4)), [
        "rollup QZ.2  3308  FAIL  0.9798"])
    city("CN-33-3308", "3308", "qz-city-2019-short", 2019, """
The short Quzhou of qz-city-2020-short in 2019: QZ.2 is due in 2020, so WARN.""",
         simple("standardisedSchoolShare", {"330802": "0.929"}, "0.99", weight_schools=lambda c: schools(4)), [
        "rollup QZ.2  3308  WARN  0.9798"])

    city("CN-33-3311", "3311", "ls-city-2022-met", 2022, """
Lishui in 2022, its 9 districts of 2 junior schools each: junior quality-resource coverage exactly 80 % across the
city (LS.2), though 莲都区 (331102) is at 40 %.""",
         simple("juniorQualityResourceCoverage", {"331102": "0.4"}, "0.85", weight_schools=lambda c: junior_schools(2)), [
        "rollup LS.2  3311  PASS  0.8",
        "district 331102",
        "LS.2  331102  INFO  0.4"])
    city("CN-33-3311", "3311", "ls-city-2022-short", 2022, """
Lishui with 莲都区 at 39 %: the city at 79.9 % (LS.2 FAIL, naming 莲都区).""",
         simple("juniorQualityResourceCoverage", {"331102": "0.39"}, "0.85", weight_schools=lambda c: junior_schools(2)), [
        "rollup LS.2  3311  FAIL  0.7989"])
    city("CN-33-3311", "3311", "ls-city-2021-short", 2021, """
The short Lishui of ls-city-2022-short in 2021: LS.2 is due in 2022, so WARN.""",
         simple("juniorQualityResourceCoverage", {"331102": "0.39"}, "0.85", weight_schools=lambda c: junior_schools(2)), [
        "rollup LS.2  3311  WARN  0.7989"])

    def lishui_counts(short):
        def inner(code):
            strong, primary, junior = 4, 3800, 2000          # 8 districts; 莲都区 makes the totals exact
            if code == "331102":
                strong, primary, junior = 8, 4600, 2000
            if short and code == "331102":
                strong, primary, junior = 7, 4599, 1999
            return [measure("strongJuniorSchools", strong), measure("newPrimaryPlaces", primary),
                    measure("newJuniorPlaces", junior)]
        return inner
    city("CN-33-3311", "3311", "ls-city-counts-2022-met", 2022, """
Lishui in 2022, its 9 districts: exactly 40 strong junior schools (LS.4, 培育, binding) and exactly 35,000 primary and
18,000 junior places added since 2019 (LS.5, 力争, aims), summed over the city.""", lishui_counts(False), [
        "rollup LS.4  3311  PASS  40",
        "rollup LS.5  3311  PASS  35000",
        "rollup LS.5  3311  PASS  18000"])
    city("CN-33-3311", "3311", "ls-city-counts-2022-short", 2022, """
Lishui with 莲都区 one school and one place of each kind short: 39 strong junior schools (LS.4 FAIL), 34,999 and
17,999 places (LS.5 short of the aims, never FAIL).""", lishui_counts(True), [
        "rollup LS.4  3311  FAIL  39",
        "rollup LS.5  3311  SHORT_OF_AIM  34999",
        "rollup LS.5  3311  SHORT_OF_AIM  17999"])
    city("CN-33-3311", "3311", "ls-city-counts-2021-short", 2021, """
The short Lishui of ls-city-counts-2022-short in 2021: every count is due in 2022, so WARN.""", lishui_counts(True), [
        "rollup LS.4  3311  WARN  39",
        "rollup LS.5  3311  WARN  34999",
        "rollup LS.5  3311  WARN  17999"])

    city("CN-33-3301", "3301", "hz-city-2024", 2024, """
Hangzhou in 2024, its 13 districts of 4 schools each, with 60 % of schools in groups (上城区 330102 at 30 %): the
city's 57.7 % is shown beside the end-2018 figure of 58.27 % (HZ.1), a baseline judged nowhere: INFO.""",
         simple("groupCoverage", {"330102": "0.3"}, "0.6", weight_schools=lambda c: schools(4)), [
        "rollup HZ.1  3301  INFO  0.5769",
        "district 330102",
        "HZ.1  330102  INFO  0.3"])
    city("CN-33-3309", "3309", "zs-city-2024", 2024, """
Zhoushan in 2024, its 4 districts of 4 schools each: the city's 93.75 % of standardised schools (定海区 330902 at
75 %) is shown beside the 95 % the article reports as kept (ZS.1), a baseline judged nowhere: INFO, even below it.""",
         simple("standardisedSchoolShare", {"330902": "0.75"}, "1", weight_schools=lambda c: schools(4)), [
        "rollup ZS.1  3309  INFO  0.9375"])


if __name__ == "__main__":
    main()
