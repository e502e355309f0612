"""The three sample districts: their schools, district-level data, designed shortfalls and what the generator
checks before writing them. Figures are synthetic; county codes and town names are real.

School rows: ID TYPE LOCATION PRIMARY_STUDENTS JUNIOR_STUDENTS NAME ('-' where the school has no such section;
a special-education school's students go in the first column). Tweaks, per school id and level:
  multiples: indicator -> value as a multiple of its national standard (below 1 is a designed shortfall)
  margins:   indicator -> (low, high) multiple to draw from instead of the default margin
  fixed:     section attributes set outright; None leaves the attribute out (NOT_ASSESSED)
  school:    school attributes set outright, likewise
"""

import samplekit as kit

REGENERATE = "Regenerate with: python3 samples/tools/make_samples.py (deterministic; see samples/README.md)."


def synthetic(county, seed):
    return [
        "SYNTHETIC DATA. The county code and town names are real; every school, kindergarten and figure in",
        "this file is invented by samples/tools/make_samples.py (seed %d) and describes no real school." % seed,
        "%s. %s" % (county, REGENERATE),
    ]


# ----------------------------------------------------------------------------------------------------------------
# 1. Kunshan (Jiangsu): passes both national standards.
# ----------------------------------------------------------------------------------------------------------------

def kunshan_one_school_at_4_3(district):
    """Only P18's primary section is below 4.5 teachers above degree per 100 (at 4.3): the RES.1 example."""
    low = [(s["id"], sec["teachersAboveDegree"], sec["students"]) for s in district["schools"] if kit.in_resource_scope(s)
           for sec in s["sections"] if sec["level"] == "PRIMARY" and kit.value(sec, "teachersAboveDegree") < 4.5]
    return [] if low == [("P18", 43, 1000)] else ["primary sections under 4.5 on RES.1: %s, designed only P18 at 43/1000" % low]


KUNSHAN = {
    "file": "passing-320583-kunshan.xml", "code": "320583", "name": "昆山市", "seed": 320583,
    "comment": synthetic("昆山市, Jiangsu", 320583) + [
        "",
        "What it shows: a district that passes MoE-2017 and MoE-2020; every finding is PASS and the command",
        "exits 0. 69 compulsory schools (primary, junior, nine-year, twelve-year, special education, teaching",
        "points over and under 50 students) and 85 kindergartens.",
        "P18 (昆山市周市第二小学) has 43 teachers above the required degree for 1000 primary students: 4.3 per",
        "100, the only primary section under 4.5 (CN.CE.RES.1 requires 4.2).",
    ],
    "funds": {"PRIMARY": 1500, "JUNIOR": 1900}, "specialFunds": 9600,
    "schools": """
P01 PRIMARY URBAN 1960 - 昆山市玉山第一小学
P02 PRIMARY URBAN 1880 - 昆山市玉山第二小学
P03 PRIMARY URBAN 1720 - 昆山市玉山第三小学
P04 PRIMARY URBAN 1840 - 昆山市城北小学
P05 PRIMARY URBAN 1650 - 昆山市城南小学
P06 PRIMARY URBAN 1580 - 昆山市娄江小学
P07 PRIMARY URBAN 1790 - 昆山市柏庐小学
P08 PRIMARY URBAN 1460 - 昆山市亭林小学
P09 PRIMARY URBAN 1920 - 昆山开发区第一小学
P10 PRIMARY URBAN 1770 - 昆山开发区第二小学
P11 PRIMARY URBAN 1540 - 昆山开发区第三小学
P12 PRIMARY URBAN 1380 - 昆山开发区青阳小学
P13 PRIMARY URBAN 1690 - 昆山开发区蓬朗小学
P14 PRIMARY URBAN 1810 - 昆山高新区第一小学
P15 PRIMARY URBAN 1530 - 昆山高新区第二小学
P16 PRIMARY URBAN 1270 - 昆山高新区第三小学
P17 PRIMARY TOWN 1850 - 昆山市周市中心小学
P18 PRIMARY TOWN 1000 - 昆山市周市第二小学
P19 PRIMARY TOWN 1420 - 昆山市周市第三小学
P20 PRIMARY TOWN 1640 - 昆山市陆家中心小学
P21 PRIMARY TOWN 1180 - 昆山市陆家第二小学
P22 PRIMARY TOWN 1900 - 昆山市花桥中心小学
P23 PRIMARY TOWN 1560 - 昆山市花桥第二小学
P24 PRIMARY TOWN 1330 - 昆山市花桥第三小学
P25 PRIMARY TOWN 1720 - 昆山市张浦中心小学
P26 PRIMARY TOWN 1090 - 昆山市张浦第二小学
P27 PRIMARY TOWN 1480 - 昆山市千灯中心小学
P28 PRIMARY TOWN 960 - 昆山市千灯第二小学
P29 PRIMARY TOWN 1380 - 昆山市巴城中心小学
P30 PRIMARY TOWN 880 - 昆山市巴城第二小学
P31 PRIMARY TOWN 1120 - 昆山市淀山湖中心小学
P32 PRIMARY TOWN 780 - 昆山市周庄中心小学
P33 PRIMARY TOWN 820 - 昆山市锦溪中心小学
P34 PRIMARY RURAL 420 - 昆山市张浦镇大市小学
P35 PRIMARY RURAL 510 - 昆山市千灯镇石浦小学
P36 PRIMARY RURAL 360 - 昆山市巴城镇正仪小学
P37 PRIMARY RURAL 240 - 昆山市锦溪镇长云小学
P38 PRIMARY RURAL 180 - 昆山市周庄镇双庙小学
P39 PRIMARY RURAL 300 - 昆山市淀山湖镇晟泰小学
P40 PRIMARY RURAL 86 - 昆山市陆家镇合丰小学
J01 JUNIOR URBAN - 1880 昆山市玉山中学
J02 JUNIOR URBAN - 1620 昆山市城北中学
J03 JUNIOR URBAN - 1540 昆山市娄江中学
J04 JUNIOR URBAN - 1380 昆山市柏庐中学
J05 JUNIOR URBAN - 1760 昆山开发区实验中学
J06 JUNIOR URBAN - 1290 昆山开发区青阳中学
J07 JUNIOR URBAN - 1450 昆山高新区实验中学
J08 JUNIOR TOWN - 1580 昆山市周市中学
J09 JUNIOR TOWN - 1240 昆山市陆家中学
J10 JUNIOR TOWN - 1690 昆山市花桥中学
J11 JUNIOR TOWN - 980 昆山市花桥第二中学
J12 JUNIOR TOWN - 1310 昆山市张浦中学
J13 JUNIOR TOWN - 1120 昆山市千灯中学
J14 JUNIOR TOWN - 1060 昆山市巴城中学
J15 JUNIOR TOWN - 820 昆山市淀山湖中学
J16 JUNIOR TOWN - 640 昆山市周庄中学
J17 JUNIOR TOWN - 690 昆山市锦溪中学
J18 JUNIOR RURAL - 520 昆山市巴城镇正仪中学
N01 NINE_YEAR URBAN 1380 960 昆山市娄江实验学校
N02 NINE_YEAR URBAN 1260 780 昆山开发区兵希学校
N03 NINE_YEAR URBAN 1120 690 昆山高新区吴淞江学校
N04 NINE_YEAR TOWN 980 620 昆山市周市新镇学校
N05 NINE_YEAR TOWN 760 430 昆山市张浦镇南港学校
N06 NINE_YEAR RURAL 520 310 昆山市千灯镇大唐学校
T01 TWELVE_YEAR TOWN 860 540 昆山市花桥国际学校
T02 TWELVE_YEAR URBAN 920 610 昆山市柏庐实验学校
SE1 SPECIAL_EDUCATION URBAN 236 - 昆山市特殊教育学校
TP1 TEACHING_POINT RURAL 62 - 昆山市锦溪镇祝甸教学点
TP2 TEACHING_POINT RURAL 28 - 昆山市周庄镇龙亭教学点
""",
    "tweaks": {"P18": {"PRIMARY": {"fixed": {"teachersAboveDegree": 43}}}},
    "prefix": "昆山市",
    "space": {"outdoorPlayArea": 4.0, "activityRoomArea": 2.0, "buildingArea": 8.0},
    "kindergartens": {
        "public": [("玉山", 10, "URBAN"), ("开发区", 8, "URBAN"), ("高新区", 6, "URBAN"), ("周市", 5, "TOWN"),
                   ("陆家", 4, "TOWN"), ("花桥", 6, "TOWN"), ("张浦", 4, "TOWN"), ("千灯", 3, "TOWN"),
                   ("巴城", 3, "TOWN"), ("淀山湖", 2, "TOWN"), ("周庄", 2, "TOWN"), ("锦溪", 2, "TOWN")],
        "inclusive": 20, "private": 10,
    },
    "elements": {
        "basicBalanceRecognizedYear": 2013, "teacherSalaryRatio": 1.06, "performancePayFullyApproved": True,
        "trainingCompletionRate": 1.0, "staffingAllocatedByCounty": True, "eligibleForRotation": 3120,
        "rotated": 412, "rotatedBackbone": 96, "certifiedTeacherRate": 1.0, "nearbyEnrollmentPrimary": 1.0,
        "nearbyEnrollmentJunior": 0.98, "highSchoolQuotaShare": 0.55, "highSchoolQuotaLeansRural": True,
        "leftBehindCareSystem": True, "migrantInPublicShare": 0.87, "juniorRetentionRate": 0.992,
        "disabledEnrollmentRate": 0.975, "itTeachingAssessed": True, "noExcessiveBurden": True,
        "monitoringLevel3Share": 1.0, "monitoringSchoolDifferenceRate": 0.11, "socialRecognition": 0.92,
        "layoutReasonable": True, "standardsMeetProvincial": True,
        "preschoolGrossEnrollmentRate": 0.99, "preschoolPublicFundingPerChild": 10500,
        "preschoolPublicFundingStandard": 8000, "preschoolInclusiveSubsidyPerChild": 3600,
        "preschoolInclusiveSubsidyStandard": 3000, "preschoolNonEstablishedPayRatio": 0.86,
        "preschoolNonEstablishedPayStandard": 0.80, "preschoolOutdoorAreaStandard": 4.0,
        "preschoolActivityRoomAreaStandard": 2.0, "preschoolBuildingAreaStandard": 8.0,
        "preschoolSocialRecognition": 0.94,
    },
    "vetoes": [],
    "expect": {"resources": {}, "cvOver": set(), "checks": [kunshan_one_school_at_4_3]},
}

# ----------------------------------------------------------------------------------------------------------------
# 2. Pingjiang (Hunan): fails MoE-2017 on resources, two coefficients and two government items; preschool passes.
# ----------------------------------------------------------------------------------------------------------------

PINGJIANG = {
    "file": "failing-430626-pingjiang.xml", "code": "430626", "name": "平江县", "seed": 430626,
    "comment": synthetic("平江县, Hunan", 430626) + [
        "",
        "What it shows: a district that fails MoE-2017 (exit 1) while MoE-2020 passes. Designed failures:",
        "  CN.CE.RES.8 fails in P03/PRIMARY (RES.4 and RES.5 short), J05/JUNIOR (RES.1 and RES.6 short),",
        "    N01/JUNIOR (RES.3 alone, at 54 % of its standard) and TP1/PRIMARY (a teaching point of 76",
        "    pupils with no backbone and no PE/art teacher);",
        "  one indicator short but RES.8 still met at 85 % or more: P08 RES.7, P09 RES.6, J06 RES.2;",
        "  CN.CE.RES.9 difference coefficients over the limit: PRIMARY/RES.5 (village schools with large",
        "    playgrounds against crowded county-seat schools) and JUNIOR/RES.6 (two well-equipped urban juniors);",
        "  CN.CE.GOV.4: P01 has 2180 students (limit 2000); CN.CE.GOV.5: P02/PRIMARY's largest class is 56",
        "    (limit 45) and J03/JUNIOR's is 58 (limit 50).",
        "Everything else passes, so these stand out in the report with their rectification amounts.",
    ],
    "funds": {"PRIMARY": 720, "JUNIOR": 920}, "specialFunds": 7200,
    "schools": """
P01 PRIMARY URBAN 2180 - 平江县汉昌镇第一小学
P02 PRIMARY URBAN 1960 - 平江县实验小学
P03 PRIMARY URBAN 1850 - 平江县汉昌镇第二小学
P04 PRIMARY URBAN 1720 - 平江县城关小学
P05 PRIMARY URBAN 1540 - 平江县启明小学
P06 PRIMARY URBAN 1680 - 平江县天岳小学
P07 PRIMARY URBAN 1390 - 平江县东城小学
P08 PRIMARY TOWN 1260 - 平江县安定镇中心小学
P09 PRIMARY TOWN 1180 - 平江县三市镇中心小学
P10 PRIMARY TOWN 1020 - 平江县加义镇中心小学
P11 PRIMARY TOWN 1340 - 平江县长寿镇中心小学
P12 PRIMARY TOWN 880 - 平江县龙门镇中心小学
P13 PRIMARY TOWN 1460 - 平江县伍市镇中心小学
P14 PRIMARY TOWN 760 - 平江县向家镇中心小学
P15 PRIMARY TOWN 690 - 平江县瓮江镇中心小学
P16 PRIMARY TOWN 920 - 平江县南江镇中心小学
P17 PRIMARY TOWN 830 - 平江县梅仙镇中心小学
P18 PRIMARY TOWN 540 - 平江县岑川镇中心小学
P19 PRIMARY TOWN 610 - 平江县余坪镇中心小学
P20 PRIMARY TOWN 580 - 平江县童市镇中心小学
P21 PRIMARY TOWN 490 - 平江县浯口镇中心小学
P22 PRIMARY TOWN 720 - 平江县虹桥镇中心小学
P23 PRIMARY RURAL 260 - 平江县长寿镇大坪小学
P24 PRIMARY RURAL 180 - 平江县加义镇白石小学
P25 PRIMARY RURAL 140 - 平江县龙门镇双坪小学
P26 PRIMARY RURAL 120 - 平江县上塔市镇黄桥小学
P27 PRIMARY RURAL 92 - 平江县三阳乡石坪小学
P28 PRIMARY RURAL 74 - 平江县大洲乡龙源小学
J01 JUNIOR URBAN - 1880 平江县启明中学
J02 JUNIOR URBAN - 1720 平江县天岳中学
J03 JUNIOR URBAN - 1500 平江县第三中学
J04 JUNIOR URBAN - 1340 平江县城关中学
J05 JUNIOR TOWN - 1100 平江县伍市镇中学
J06 JUNIOR TOWN - 900 平江县长寿镇中学
J07 JUNIOR TOWN - 980 平江县安定镇中学
J08 JUNIOR TOWN - 860 平江县三市镇中学
J09 JUNIOR TOWN - 720 平江县加义镇中学
J10 JUNIOR TOWN - 760 平江县南江镇中学
J11 JUNIOR TOWN - 640 平江县梅仙镇中学
J12 JUNIOR TOWN - 520 平江县向家镇中学
J13 JUNIOR TOWN - 480 平江县瓮江镇中学
J14 JUNIOR TOWN - 430 平江县余坪镇中学
N01 NINE_YEAR TOWN 620 410 平江县龙门镇龙门学校
N02 NINE_YEAR RURAL 320 210 平江县三阳乡三阳学校
N03 NINE_YEAR RURAL 360 240 平江县石牛寨镇石牛寨学校
N04 NINE_YEAR RURAL 410 280 平江县上塔市镇上塔市学校
N05 NINE_YEAR RURAL 260 170 平江县大洲乡大洲学校
N06 NINE_YEAR RURAL 220 150 平江县福寿山镇福寿山学校
N07 NINE_YEAR RURAL 240 160 平江县木金乡木金学校
N08 NINE_YEAR URBAN 1260 820 平江县汉昌镇城西学校
T01 TWELVE_YEAR URBAN 980 760 平江县颐华学校
SE1 SPECIAL_EDUCATION URBAN 168 - 平江县特殊教育学校
TP1 TEACHING_POINT RURAL 76 - 平江县加义镇杨林教学点
TP2 TEACHING_POINT RURAL 58 - 平江县长寿镇黄金教学点
TP3 TEACHING_POINT RURAL 34 - 平江县三阳乡横冲教学点
TP4 TEACHING_POINT RURAL 21 - 平江县大洲乡泉塘教学点
TP5 TEACHING_POINT RURAL 17 - 平江县福寿山镇汨水教学点
""",
    # Sports area per pupil: county-seat schools just over the standard, village schools with a full playground
    # for a shrinking roll far above it; every school meets RES.5, the coefficient does not.
    "margins": {("PRIMARY", "URBAN"): {"sportsArea": (1.02, 1.15)}, ("PRIMARY", "TOWN"): {"sportsArea": (1.2, 2.0)},
                ("PRIMARY", "RURAL"): {"sportsArea": (3.5, 6.0)}},
    "tweaks": {
        "P02": {"PRIMARY": {"fixed": {"classes": 42, "largestClass": 56}}},
        "P03": {"PRIMARY": {"multiples": {"teachingArea": 0.80, "sportsArea": 0.64}}},
        "P08": {"PRIMARY": {"multiples": {"multimediaRooms": 0.92}}},
        "P09": {"PRIMARY": {"multiples": {"equipmentValue": 0.90}}},
        "J01": {"JUNIOR": {"margins": {"equipmentValue": (3.4, 3.8)}}},
        "J02": {"JUNIOR": {"margins": {"equipmentValue": (3.4, 3.8)}}},
        "J03": {"JUNIOR": {"fixed": {"classes": 28, "largestClass": 58}}},
        "J05": {"JUNIOR": {"multiples": {"teachersAboveDegree": 0.87, "equipmentValue": 0.76}}},
        "J06": {"JUNIOR": {"multiples": {"backboneTeachers": 0.90}}},
        "N01": {"JUNIOR": {"multiples": {"peArtTeachers": 0.67}}},
        "TP1": {"PRIMARY": {"fixed": {"backboneTeachers": 0, "peArtTeachers": 0}}},
    },
    "prefix": "平江县",
    "space": {"outdoorPlayArea": 4.0, "activityRoomArea": 1.8, "buildingArea": 7.0},
    "kindergartens": {
        "public": [("汉昌镇", 6, "URBAN"), ("安定镇", 2, "TOWN"), ("三市镇", 2, "TOWN"), ("加义镇", 2, "TOWN"),
                   ("长寿镇", 2, "TOWN"), ("龙门镇", 2, "TOWN"), ("伍市镇", 2, "TOWN"), ("向家镇", 1, "TOWN"),
                   ("瓮江镇", 1, "TOWN"), ("南江镇", 2, "TOWN"), ("梅仙镇", 1, "TOWN"), ("岑川镇", 1, "TOWN"),
                   ("余坪镇", 1, "TOWN"), ("童市镇", 1, "TOWN"), ("浯口镇", 1, "TOWN"), ("虹桥镇", 1, "TOWN"),
                   ("三阳乡", 1, "RURAL"), ("石牛寨镇", 1, "RURAL"), ("上塔市镇", 1, "RURAL"), ("大洲乡", 1, "RURAL"),
                   ("福寿山镇", 1, "RURAL"), ("木金乡", 1, "RURAL")],
        "inclusive": 24, "private": 10,
    },
    "elements": {
        "basicBalanceRecognizedYear": 2016, "teacherSalaryRatio": 1.02, "performancePayFullyApproved": True,
        "trainingCompletionRate": 1.0, "staffingAllocatedByCounty": True, "eligibleForRotation": 2860,
        "rotated": 318, "rotatedBackbone": 71, "certifiedTeacherRate": 1.0, "nearbyEnrollmentPrimary": 1.0,
        "nearbyEnrollmentJunior": 0.96, "highSchoolQuotaShare": 0.52, "highSchoolQuotaLeansRural": True,
        "leftBehindCareSystem": True, "migrantInPublicShare": 0.93, "juniorRetentionRate": 0.963,
        "disabledEnrollmentRate": 0.957, "itTeachingAssessed": True, "noExcessiveBurden": True,
        "monitoringLevel3Share": 1.0, "monitoringSchoolDifferenceRate": 0.13, "socialRecognition": 0.87,
        "layoutReasonable": True, "standardsMeetProvincial": True,
        "preschoolGrossEnrollmentRate": 0.91, "preschoolPublicFundingPerChild": 5600,
        "preschoolPublicFundingStandard": 5000, "preschoolInclusiveSubsidyPerChild": 800,
        "preschoolInclusiveSubsidyStandard": 600, "preschoolNonEstablishedPayRatio": 0.78,
        "preschoolNonEstablishedPayStandard": 0.70, "preschoolOutdoorAreaStandard": 4.0,
        "preschoolActivityRoomAreaStandard": 1.8, "preschoolBuildingAreaStandard": 7.0,
        "preschoolSocialRecognition": 0.88,
    },
    "vetoes": [],
    "expect": {
        "resources": {
            ("P03/PRIMARY", "RES.4"): "FAIL", ("P03/PRIMARY", "RES.5"): "FAIL", ("P03/PRIMARY", "RES.8"): "FAIL",
            ("J05/JUNIOR", "RES.1"): "FAIL", ("J05/JUNIOR", "RES.6"): "FAIL", ("J05/JUNIOR", "RES.8"): "FAIL",
            ("N01/JUNIOR", "RES.3"): "FAIL", ("N01/JUNIOR", "RES.8"): "FAIL",
            ("TP1/PRIMARY", "RES.2"): "FAIL", ("TP1/PRIMARY", "RES.3"): "FAIL", ("TP1/PRIMARY", "RES.8"): "FAIL",
            ("P08/PRIMARY", "RES.7"): "FAIL", ("P09/PRIMARY", "RES.6"): "FAIL", ("J06/JUNIOR", "RES.2"): "FAIL",
        },
        "cvOver": {("PRIMARY", "RES.5"), ("JUNIOR", "RES.6")},
    },
}

# ----------------------------------------------------------------------------------------------------------------
# 3. Zhengan (Guizhou): nothing fails, but some data are missing, so the verdict is INCOMPLETE.
# ----------------------------------------------------------------------------------------------------------------

ZHENGAN = {
    "file": "incomplete-520324-zhengan.xml", "code": "520324", "name": "正安县", "seed": 520324,
    "comment": synthetic("正安县, Guizhou", 520324) + [
        "",
        "What it shows: nothing fails, but data are missing, so the verdict is INCOMPLETE (exit 1) and the",
        "report lists NOT_ASSESSED rows naming what to supply. Left out on purpose:",
        "  district: monitoringLevel3Share and monitoringSchoolDifferenceRate (CN.CE.QUA.9),",
        "    highSchoolQuotaLeansRural (CN.CE.GOV.14), preschoolNonEstablishedPayStandard (CN.PK.5), and the",
        "    <vetoes> element (CN.CE.VETO.1: silence is not a clean record);",
        "  sections: equipmentValue of P19/PRIMARY and N01/PRIMARY (CN.CE.RES.6, RES.8, and the PRIMARY/RES.6",
        "    difference coefficient), largestClass of J03/JUNIOR (CN.CE.GOV.5);",
        "  school N07: the charter attribute (CN.CE.QUA.3); kindergarten K031: children (CN.PK.2, 3, 8, and",
        "    its own CN.PK.6 space ratios).",
        "preschoolBuildingAreaStandard is also left out: CN.PK.6 building area then uses the rule's default",
        "(9 m² per child) and says so in each finding.",
    ],
    "funds": {"PRIMARY": 720, "JUNIOR": 920}, "specialFunds": 7000,
    "schools": """
P01 PRIMARY URBAN 1880 - 正安县第一小学
P02 PRIMARY URBAN 1760 - 正安县第二小学
P03 PRIMARY URBAN 1520 - 正安县第三小学
P04 PRIMARY URBAN 1410 - 正安县第四小学
P05 PRIMARY URBAN 1290 - 正安县第五小学
P06 PRIMARY URBAN 1640 - 正安县第六小学
P07 PRIMARY TOWN 1180 - 正安县安场镇中心小学
P08 PRIMARY TOWN 860 - 正安县土坪镇中心小学
P09 PRIMARY TOWN 740 - 正安县流渡镇中心小学
P10 PRIMARY TOWN 680 - 正安县格林镇中心小学
P11 PRIMARY TOWN 790 - 正安县新州镇中心小学
P12 PRIMARY TOWN 620 - 正安县庙塘镇中心小学
P13 PRIMARY TOWN 560 - 正安县小雅镇中心小学
P14 PRIMARY TOWN 520 - 正安县中观镇中心小学
P15 PRIMARY TOWN 480 - 正安县杨兴镇中心小学
P16 PRIMARY TOWN 940 - 正安县瑞溪镇中心小学
P17 PRIMARY TOWN 610 - 正安县和溪镇中心小学
P18 PRIMARY TOWN 450 - 正安县乐俭镇中心小学
P19 PRIMARY RURAL 210 - 正安县安场镇光明小学
P20 PRIMARY RURAL 160 - 正安县瑞溪镇新田小学
P21 PRIMARY RURAL 130 - 正安县土坪镇华山小学
P22 PRIMARY RURAL 96 - 正安县格林镇新春小学
P23 PRIMARY RURAL 118 - 正安县庙塘镇河沿小学
P24 PRIMARY RURAL 88 - 正安县小雅镇干溪小学
J01 JUNIOR URBAN - 1860 正安县凤仪中学
J02 JUNIOR URBAN - 1540 正安县思源中学
J03 JUNIOR URBAN - 1380 正安县城南中学
J04 JUNIOR TOWN - 1160 正安县安场中学
J05 JUNIOR TOWN - 980 正安县瑞溪中学
J06 JUNIOR TOWN - 760 正安县土坪中学
J07 JUNIOR TOWN - 640 正安县流渡中学
J08 JUNIOR TOWN - 580 正安县格林中学
J09 JUNIOR TOWN - 690 正安县新州中学
J10 JUNIOR TOWN - 520 正安县庙塘中学
J11 JUNIOR TOWN - 460 正安县小雅中学
J12 JUNIOR TOWN - 440 正安县中观中学
N01 NINE_YEAR RURAL 300 210 正安县碧峰乡碧峰学校
N02 NINE_YEAR RURAL 340 230 正安县班竹镇班竹学校
N03 NINE_YEAR RURAL 260 180 正安县谢坝乡谢坝学校
N04 NINE_YEAR RURAL 280 190 正安县市坪乡市坪学校
N05 NINE_YEAR RURAL 320 220 正安县桴焉镇桴焉学校
N06 NINE_YEAR RURAL 360 240 正安县芙蓉江镇芙蓉江学校
N07 NINE_YEAR URBAN 1240 780 正安县凤仪街道城北学校
N08 NINE_YEAR RURAL 380 260 正安县乐俭镇乐俭学校
SE1 SPECIAL_EDUCATION URBAN 132 - 正安县特殊教育学校
TP1 TEACHING_POINT RURAL 64 - 正安县中观镇坪上教学点
TP2 TEACHING_POINT RURAL 38 - 正安县格林镇坪顶教学点
TP3 TEACHING_POINT RURAL 26 - 正安县庙塘镇水井湾教学点
TP4 TEACHING_POINT RURAL 19 - 正安县碧峰乡青坪教学点
""",
    "tweaks": {
        "P19": {"PRIMARY": {"fixed": {"equipmentValue": None}}},
        "N01": {"PRIMARY": {"fixed": {"equipmentValue": None}}},
        "J03": {"JUNIOR": {"fixed": {"largestClass": None}}},
        "N07": {"school": {"charter": None}},
    },
    "kindergartenTweaks": {"K031": {"children": None}},
    "prefix": "正安县",
    "space": {"outdoorPlayArea": 4.0, "activityRoomArea": 2.0, "buildingArea": 9.0},
    "kindergartens": {
        "public": [("凤仪", 6, "URBAN"), ("安场镇", 2, "TOWN"), ("土坪镇", 1, "TOWN"), ("流渡镇", 1, "TOWN"),
                   ("格林镇", 1, "TOWN"), ("新州镇", 1, "TOWN"), ("庙塘镇", 1, "TOWN"), ("小雅镇", 1, "TOWN"),
                   ("中观镇", 1, "TOWN"), ("杨兴镇", 1, "TOWN"), ("瑞溪镇", 2, "TOWN"), ("和溪镇", 1, "TOWN"),
                   ("乐俭镇", 1, "TOWN"), ("碧峰乡", 1, "RURAL"), ("班竹镇", 1, "RURAL"), ("谢坝乡", 1, "RURAL"),
                   ("市坪乡", 1, "RURAL"), ("桴焉镇", 1, "RURAL"), ("芙蓉江镇", 1, "RURAL")],
        "inclusive": 12, "private": 5,
    },
    "elements": {
        "basicBalanceRecognizedYear": 2017, "teacherSalaryRatio": 1.01, "performancePayFullyApproved": True,
        "trainingCompletionRate": 1.0, "staffingAllocatedByCounty": True, "eligibleForRotation": 1740,
        "rotated": 196, "rotatedBackbone": 44, "certifiedTeacherRate": 1.0, "nearbyEnrollmentPrimary": 1.0,
        "nearbyEnrollmentJunior": 0.97, "highSchoolQuotaShare": 0.56,
        "leftBehindCareSystem": True, "migrantInPublicShare": 0.95, "juniorRetentionRate": 0.958,
        "disabledEnrollmentRate": 0.962, "itTeachingAssessed": True, "noExcessiveBurden": True,
        "socialRecognition": 0.89, "layoutReasonable": True, "standardsMeetProvincial": True,
        "preschoolGrossEnrollmentRate": 0.93, "preschoolPublicFundingPerChild": 4800,
        "preschoolPublicFundingStandard": 4500, "preschoolInclusiveSubsidyPerChild": 700,
        "preschoolInclusiveSubsidyStandard": 600, "preschoolNonEstablishedPayRatio": 0.74,
        "preschoolOutdoorAreaStandard": 4.0, "preschoolActivityRoomAreaStandard": 2.0,
        "preschoolSocialRecognition": 0.90,
    },
    "vetoes": None,
    "expect": {
        "resources": {("P19/PRIMARY", "RES.6"): "NOT_ASSESSED", ("P19/PRIMARY", "RES.8"): "NOT_ASSESSED",
                      ("N01/PRIMARY", "RES.6"): "NOT_ASSESSED", ("N01/PRIMARY", "RES.8"): "NOT_ASSESSED"},
        "cvOver": set(), "cvMissing": {("PRIMARY", "RES.6")},
    },
}
