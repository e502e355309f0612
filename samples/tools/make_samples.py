#!/usr/bin/env python3
"""Writes the three sample submissions in samples/ (see samples/README.md). Python 3 standard library only.

    python3 samples/tools/make_samples.py

Deterministic: each sample draws from its own fixed seed, so running it again rewrites the same files. Before
writing, it checks each design with the rules' own arithmetic (samplekit.py) and stops if a sample would not
show what it is meant to show. The data are synthetic: real county codes and town names, invented figures.
"""

import os
import random
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ beside the samples
import samplekit as kit  # noqa: E402
from districts import KUNSHAN, PINGJIANG, ZHENGAN  # noqa: E402

SAMPLES = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
YEAR = 2024


def parse(table):
    """Rows of `ID TYPE LOCATION PRIMARY_STUDENTS JUNIOR_STUDENTS NAME` ('-' for a section it does not have)."""
    for line in table.strip().splitlines():
        sid, stype, loc, primary, junior, name = line.split()
        yield sid, stype, loc, (0 if primary == "-" else int(primary)), (0 if junior == "-" else int(junior)), name


def build_schools(rng, design):
    """Every school of a design; design["tweaks"][id] sets section multiples/fixed values or school attributes."""
    schools = []
    for sid, stype, loc, primary, junior, name in parse(design["schools"]):
        tweak = design.get("tweaks", {}).get(sid, {})
        if stype == "SPECIAL_EDUCATION":
            schools.append(kit.special_school(rng, sid, name, loc, primary, design["specialFunds"]))
            continue
        sections = []
        for level, students in (("PRIMARY", primary), ("JUNIOR", junior)):
            if students:
                t = tweak.get(level, {})
                margins = dict(design.get("margins", {}).get((level, loc), {}))
                margins.update(t.get("margins", {}))
                sections.append(kit.section(rng, level, students, loc, t.get("multiples"), margins, **t.get("fixed", {})))
        funds = (primary * design["funds"]["PRIMARY"] + junior * design["funds"]["JUNIOR"]) / (primary + junior)
        schools.append(kit.school(rng, sid, name, stype, loc, sections, funds, boarding=loc == "RURAL" and junior > 0,
                                  rural_small=loc == "RURAL" and primary + junior < 100, **tweak.get("school", {})))
    return schools


def build_kindergartens(rng, design):
    """Public kindergartens per area, then inclusive private and private ones with invented brand names."""
    plan = design["kindergartens"]
    prefix, space = design["prefix"], design["space"]
    classes = {("PUBLIC", "URBAN"): (9, 15), ("PUBLIC", "TOWN"): (6, 12), ("PUBLIC", "RURAL"): (3, 6),
               ("PRIVATE_INCLUSIVE", None): (5, 10), ("PRIVATE", None): (4, 9)}
    ordinals = ["中心幼儿园", "第二幼儿园", "第三幼儿园", "第四幼儿园", "第五幼儿园", "第六幼儿园", "第七幼儿园",
                "第八幼儿园", "第九幼儿园", "第十幼儿园"]
    brands = rng.sample(BRANDS, plan["inclusive"] + plan["private"])
    entries = []
    for area, count, loc in plan["public"]:
        for i in range(count):
            entries.append(("PUBLIC", prefix + area + ordinals[i], classes[("PUBLIC", loc)], 0))
    towns = [area for area, _c, loc in plan["public"] if loc != "RURAL"]
    for i in range(plan["inclusive"]):
        over = 1 if rng.random() < 0.25 else 0
        entries.append(("PRIVATE_INCLUSIVE", prefix + rng.choice(towns) + brands[i] + "幼儿园", classes[("PRIVATE_INCLUSIVE", None)], over))
    for i in range(plan["private"]):
        over = rng.randint(1, 2) if rng.random() < 0.4 else 0
        entries.append(("PRIVATE", prefix + brands[plan["inclusive"] + i] + "双语幼儿园", classes[("PRIVATE", None)], over))
    kgs = []
    for n, (ownership, name, (low, high), over) in enumerate(entries, start=1):
        kid = "K%03d" % n
        kgs.append(kit.kindergarten(rng, kid, name, ownership, rng.randint(low, high), space, over_limit=over,
                                    **design.get("kindergartenTweaks", {}).get(kid, {})))
    return kgs


BRANDS = ["小天使", "童心", "蓝天", "阳光", "金色摇篮", "启明星", "七色花", "小太阳", "贝贝", "新苗", "彩虹",
          "育英", "春蕾", "小白鸽", "星辰", "智慧树", "未来星", "爱心", "晨曦", "博雅", "小精灵", "绿苗", "英才",
          "乐乐", "童趣", "雏鹰", "好孩子", "小百灵", "红黄蓝", "金太阳", "快乐宝贝", "小星星", "蒲公英", "海贝",
          "小树苗", "嘉禾", "丽景", "新世纪"]


def build(design):
    rng = random.Random(design["seed"])
    schools = build_schools(rng, design)
    kgs = build_kindergartens(rng, design)
    return {"code": design["code"], "name": design["name"], "elements": design["elements"],
            "vetoes": design["vetoes"], "schools": schools, "kindergartens": kgs}


def verify(design, district):
    """Stops with a message when the resource findings, coefficients or preschool totals are not as designed."""
    findings = kit.resource_findings(district["schools"])
    not_passing = {k: v for k, v in findings.items() if v != "PASS"}
    problems = []
    if not_passing != design["expect"]["resources"]:
        problems.append("resource findings other than PASS: %s, designed %s" % (sorted(not_passing.items()),
                                                                            sorted(design["expect"]["resources"].items())))
    coefficients = kit.difference_coefficients(district["schools"])
    over = {k for k, cv in coefficients.items() if cv is not None and cv > kit.CV_LIMIT[k[0]]}
    missing = {k for k, cv in coefficients.items() if cv is None}
    if over != design["expect"]["cvOver"] or missing != design["expect"].get("cvMissing", set()):
        problems.append("coefficients over the limit %s (designed %s), missing %s"
                        % (sorted(over), sorted(design["expect"]["cvOver"]), sorted(missing)))
    totals = kit.preschool_totals(district["kindergartens"])
    if not (totals["inclusive"] >= 0.80 and totals["public"] >= 0.50 and totals["withinLimit"] >= 0.85
            and totals["childrenPerTeacher"] <= 15):
        problems.append("preschool totals fail: %s" % totals)
    for check in design["expect"].get("checks", []):
        problems += check(district)
    if problems:
        sys.exit("%s: %s" % (design["file"], "; ".join(problems)))
    return coefficients, totals


def main():
    for design in (KUNSHAN, PINGJIANG, ZHENGAN):
        district = build(design)
        coefficients, totals = verify(design, district)
        path = os.path.join(SAMPLES, design["file"])
        kit.write_submission(path, design["comment"], YEAR, district)
        sections = sum(len(s["sections"]) for s in district["schools"])
        print("%s: %d schools (%d sections), %d kindergartens; largest coefficient %.3f; public share %.2f"
              % (design["file"], len(district["schools"]), sections, len(district["kindergartens"]),
                 max(cv for cv in coefficients.values() if cv is not None), totals["public"]))


if __name__ == "__main__":
    main()
