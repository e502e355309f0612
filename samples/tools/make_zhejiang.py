#!/usr/bin/env python3
"""Writes the Zhejiang sample submissions in samples/zhejiang/ (see samples/zhejiang/README.md).

    python3 samples/tools/make_zhejiang.py

Python 3 standard library only. Deterministic: each county draws from its own fixed seed (its code), so running
it again rewrites the same files. The data are synthetic: real county codes and town names, invented schools and
figures. Every county is first generated to meet the national standards (MoE-2017, MoE-2020) and its city's rows
of seed 003; the designs below then spoil chosen items, so a report shows those and nothing else by accident.

Roll-ups (year 2022): Ningbo has 10 county-level districts and NB.1 aims at 70 % (力争), so 4 districts known not
to be recognised decide it short of the aim (at most 6 of 10); Shaoxing has 6 and SX.1 aims at 70 %, so 5
recognised decide it PASS. A city's own figures (NB.3, NB.5, WZ.2-4, JH.1, LS.2, QZ.2) need every district of the
city, so with a few counties of each they are NOT_ASSESSED, naming the missing ones; each county's own figure is
its part, INFO, never its FAIL.
"""

import math
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the samples' tools
from zhejiang_build import OUT, county, find, write  # noqa: E402


# The counties. Each returns (district, what was designed); the district verdicts and roll-ups follow from these.

def yinzhou():
    d = county("330212", "鄞州区", "330212-yinzhou.xml", ["首南", "钟公庙", "下应", "姜山", "五乡", "咸祥", "横溪"], """
P01 PRIMARY URBAN 1650 - 首南街道
P02 PRIMARY URBAN 1420 - 钟公庙街道
P03 PRIMARY URBAN 1180 - 下应街道
P04 PRIMARY TOWN 980 - 姜山镇
P05 PRIMARY TOWN 860 - 五乡镇
P06 PRIMARY RURAL 96 - 塘溪镇 ruralSmall
P07 PRIMARY RURAL 88 - 章水镇 ruralSmall
J01 JUNIOR URBAN - 1280 首南街道
J02 JUNIOR URBAN - 1050 钟公庙街道
J03 JUNIOR TOWN - 760 姜山镇
J04 JUNIOR TOWN - 540 咸祥镇
N01 NINE_YEAR TOWN 520 360 横溪镇
SP1 SPECIAL_EDUCATION URBAN 120 - 鄞州区
""", (4, 1, 1), recognised=2021)
    find(d, "J04")["measures"]["weakSchool"] = True
    return d, ["recognised under MoE-2017 in 2021 (declared) and passes it again; every Ningbo row met: quota "
               + str(d["typed"]["highSchoolQuotaShare"]) + ", rural small schools P06, P07 and weak junior J04 all in groups"]


def yuyao():
    d = county("330281", "余姚市", "330281-yuyao.xml", ["阳明", "凤山", "梨洲", "泗门", "梁弄", "大岚"], """
P01 PRIMARY URBAN 1560 - 阳明街道
P02 PRIMARY URBAN 1320 - 凤山街道
P03 PRIMARY URBAN 1100 - 梨洲街道
P04 PRIMARY TOWN 920 - 泗门镇
P05 PRIMARY TOWN 740 - 马渚镇
P06 PRIMARY RURAL 92 - 大岚镇 ruralSmall
P07 PRIMARY RURAL 84 - 鹿亭乡 ruralSmall
J01 JUNIOR URBAN - 1180 阳明街道
J02 JUNIOR URBAN - 980 凤山街道
J03 JUNIOR TOWN - 690 泗门镇
J04 JUNIOR TOWN - 420 梁弄镇
N01 NINE_YEAR RURAL 260 180 四明山镇
""", (4, 1, 0))
    d["typed"]["highSchoolQuotaShare"] = 0.55
    find(d, "J02")["sections"][0]["largestClass"] = 53
    find(d, "J04")["measures"]["weakSchool"] = True
    return d, ["quality senior-high quota 55 %: CN.CE.GOV.14 (50 %) PASS and NB.2 (60 %) FAIL, each with its source",
               "J02 has a junior class of 53 (national limit 50): CN.CE.GOV.5 FAIL, so MoE-2017 FAILs (no recognition)"]


def cixi():
    d = county("330282", "慈溪市", "330282-cixi.xml", ["浒山", "古塘", "白沙路", "观海卫", "周巷", "龙山"], """
P01 PRIMARY URBAN 1720 - 浒山街道
P02 PRIMARY URBAN 1490 - 古塘街道
P03 PRIMARY URBAN 1260 - 白沙路街道
P04 PRIMARY TOWN 1080 - 观海卫镇
P05 PRIMARY TOWN 960 - 周巷镇
P06 PRIMARY TOWN 820 - 龙山镇
J01 JUNIOR URBAN - 1320 浒山街道
J02 JUNIOR URBAN - 1140 古塘街道
J03 JUNIOR TOWN - 880 观海卫镇
J04 JUNIOR TOWN - 760 周巷镇
N01 NINE_YEAR TOWN 540 380 掌起镇
""", (3, 1, 1))
    d["typed"]["socialRecognition"] = 0.83
    d["typed"]["rotated"] = math.ceil(d["typed"]["eligibleForRotation"] * 0.16)
    d["typed"]["rotatedBackbone"] = math.ceil(d["typed"]["rotated"] * 0.25)
    return d, ["social recognition 83 % (85 %): CN.CE.SOC.1 FAIL, so MoE-2017 FAILs",
               "16 % of eligible teachers and principals exchanged: CN.CE.GOV.11 (10 %) PASS; its part of Ningbo's NB.3"
               + " (20 % across the city), INFO",
               "no rural small or weak junior schools: nothing to add to Ningbo's NB.5 (no finding)"]


def ninghai():
    d = county("330226", "宁海县", "330226-ninghai.xml", ["跃龙", "桃源", "梅林", "长街", "岔路", "深甽"], """
P01 PRIMARY URBAN 1380 - 跃龙街道
P02 PRIMARY URBAN 1120 - 桃源街道
P03 PRIMARY TOWN 860 - 长街镇
P04 PRIMARY TOWN 720 - 西店镇
P05 PRIMARY RURAL 420 - 岔路镇
P06 PRIMARY RURAL 94 - 黄坛镇 ruralSmall
P07 PRIMARY RURAL 78 - 胡陈乡 ruralSmall
P08 PRIMARY RURAL 86 - 茶院乡 ruralSmall
J01 JUNIOR URBAN - 1060 跃龙街道
J02 JUNIOR TOWN - 640 长街镇
J03 JUNIOR TOWN - 480 深甽镇
J04 JUNIOR RURAL - 310 前童镇
TP1 TEACHING_POINT RURAL 36 - 越溪乡
""", (3, 2, 0))
    d["measures"].update(ruralTeacherIncome=141000, urbanTeacherIncome=146000)
    find(d, "P08")["measures"]["groupMember"] = False
    find(d, "J03")["measures"].update(weakSchool=True)
    find(d, "J04")["measures"].update(weakSchool=True, groupMember=False)
    p05 = find(d, "P05")["sections"][0]
    p05.update(teachingArea=round(p05["students"] * 3.5, -1), sportsArea=round(p05["students"] * 5.9, -1))
    return d, ["P05 has 3.5 m² of teaching rooms and 5.9 m² of sports ground per pupil (4.5, 7.5): CN.CE.RES.8 FAIL, "
               "so MoE-2017 FAILs",
               "rural teachers earn 141000 CNY against 146000 urban: NB.4 FAIL",
               "of rural small primary P06-P08 and weak juniors J03, J04, only P06, P07 and J03 are in groups "
               "(3 of 5 = 60 %): its part of Ningbo's NB.5, INFO"]


def xiangshan():
    d = county("330225", "象山县", "330225-xiangshan.xml", ["丹东", "丹西", "石浦", "西周", "定塘", "贤庠"], """
P01 PRIMARY URBAN 1290 - 丹东街道
P02 PRIMARY URBAN 1050 - 丹西街道
P03 PRIMARY TOWN 780 - 石浦镇
P04 PRIMARY TOWN 640 - 西周镇
P05 PRIMARY TOWN 520 - 定塘镇
P06 PRIMARY RURAL 90 - 高塘岛乡 ruralSmall
J01 JUNIOR URBAN - 980 丹东街道
J02 JUNIOR TOWN - 620 石浦镇
J03 JUNIOR TOWN - 440 贤庠镇
N01 NINE_YEAR RURAL 240 150 鹤浦镇
""", (3, 1, 0))
    d["typed"]["juniorRetentionRate"] = 0.94
    return d, ["three-year junior retention 94 % (95 %): CN.CE.QUA.1 FAIL, so MoE-2017 FAILs; Ningbo's rows met"]


def yuecheng():
    d = county("330602", "越城区", "330602-yuecheng.xml", ["府山", "北海", "塔山", "城南", "稽山", "皋埠"], """
P01 PRIMARY URBAN 2080 - 塔山街道
P02 PRIMARY URBAN 1460 - 府山街道
P03 PRIMARY URBAN 1280 - 北海街道
P04 PRIMARY URBAN 1150 - 城南街道
P05 PRIMARY TOWN 760 - 皋埠街道
J01 JUNIOR URBAN - 1240 府山街道
J02 JUNIOR URBAN - 1080 稽山街道
J03 JUNIOR TOWN - 620 陶堰街道
N01 NINE_YEAR TOWN 480 320 富盛镇
SP1 SPECIAL_EDUCATION URBAN 140 - 越城区
""", (4, 1, 1), recognised=2021)
    return d, ["recognised in 2021 (declared), so SX.1 counts it even though it fails MoE-2017 this year",
               "P01 has 2080 pupils (2000): CN.CE.GOV.4 FAIL and SX.2 (over-scale school) FAIL; MoE-2017 FAILs this year"]


def keqiao():
    d = county("330603", "柯桥区", "330603-keqiao.xml", ["柯桥", "华舍", "齐贤", "安昌", "钱清", "平水"], """
P01 PRIMARY URBAN 1540 - 柯桥街道
P02 PRIMARY URBAN 1320 - 华舍街道
P03 PRIMARY TOWN 980 - 齐贤街道
P04 PRIMARY TOWN 860 - 安昌街道
P05 PRIMARY TOWN 720 - 钱清街道
P06 PRIMARY RURAL 180 - 王坛镇
J01 JUNIOR URBAN - 1160 柯桥街道
J02 JUNIOR TOWN - 820 齐贤街道
J03 JUNIOR TOWN - 560 平水镇
N01 NINE_YEAR RURAL 260 170 稽东镇
""", (4, 1, 1), recognised=2022)
    return d, ["recognised in 2022 (declared); meets MoE-2017, MoE-2020 and SX.2"]


def shangyu():
    d = county("330604", "上虞区", "330604-shangyu.xml", ["百官", "曹娥", "东关", "崧厦", "章镇", "丰惠"], """
P01 PRIMARY URBAN 1480 - 百官街道
P02 PRIMARY URBAN 1260 - 曹娥街道
P03 PRIMARY TOWN 920 - 东关街道
P04 PRIMARY TOWN 840 - 崧厦街道
P05 PRIMARY TOWN 660 - 章镇镇
P06 PRIMARY RURAL 160 - 下管镇
J01 JUNIOR URBAN - 1120 百官街道
J02 JUNIOR TOWN - 780 崧厦街道
J03 JUNIOR TOWN - 520 丰惠镇
N01 NINE_YEAR RURAL 220 150 岭南乡
""", (4, 1, 0))
    return d, ["declares no recognition but passes MoE-2017 in this run, which is how SX.1 counts it"]


def zhuji():
    d = county("330681", "诸暨市", "330681-zhuji.xml", ["暨阳", "浣东", "陶朱", "店口", "枫桥", "牌头"], """
P01 PRIMARY URBAN 1620 - 暨阳街道
P02 PRIMARY URBAN 1380 - 浣东街道
P03 PRIMARY URBAN 1240 - 陶朱街道
P04 PRIMARY TOWN 1020 - 店口镇
P05 PRIMARY TOWN 880 - 枫桥镇
P06 PRIMARY TOWN 700 - 牌头镇
J01 JUNIOR URBAN - 1260 暨阳街道
J02 JUNIOR TOWN - 920 店口镇
J03 JUNIOR TOWN - 640 枫桥镇
N01 NINE_YEAR RURAL 240 160 东白湖镇
""", (4, 1, 1), recognised=2021)
    return d, ["recognised in 2021 (declared); meets MoE-2017, MoE-2020 and SX.2"]


def shengzhou():
    d = county("330683", "嵊州市", "330683-shengzhou.xml", ["剡湖", "三江", "鹿山", "甘霖", "长乐", "崇仁"], """
P01 PRIMARY URBAN 1340 - 剡湖街道
P02 PRIMARY URBAN 1120 - 三江街道
P03 PRIMARY TOWN 760 - 甘霖镇
P04 PRIMARY TOWN 680 - 长乐镇
P05 PRIMARY RURAL 140 - 谷来镇
J01 JUNIOR URBAN - 1100 鹿山街道
J02 JUNIOR TOWN - 760 长乐镇
J03 JUNIOR TOWN - 520 崇仁镇
N01 NINE_YEAR RURAL 200 140 贵门乡
N02 NINE_YEAR RURAL 180 120 石璜镇
""", (3, 1, 1), recognised=2022)
    j02 = find(d, "J02")["sections"][0]
    j02["largestClass"] = 57
    return d, ["recognised in 2022 (declared)",
               "J02 has a junior class of 57: SX.2 (oversized, above 55) FAIL and CN.CE.GOV.5 (50) FAIL"]


def yuhang():
    d = county("330110", "余杭区", "330110-yuhang.xml", ["余杭", "仓前", "闲林", "五常", "良渚", "瓶窑"], """
P01 PRIMARY URBAN 1760 - 仓前街道
P02 PRIMARY URBAN 1580 - 五常街道
P03 PRIMARY URBAN 1420 - 良渚街道
P04 PRIMARY URBAN 1260 - 闲林街道
P05 PRIMARY TOWN 880 - 瓶窑镇
P06 PRIMARY TOWN 640 - 径山镇
P07 PRIMARY RURAL 150 - 黄湖镇
J01 JUNIOR URBAN - 1380 仓前街道
J02 JUNIOR URBAN - 1200 良渚街道
J03 JUNIOR TOWN - 760 瓶窑镇
N01 NINE_YEAR RURAL 320 210 鸬鸟镇
""", (4, 1, 1))
    return d, ["passes MoE-2017 and MoE-2020; school-group coverage " + str(d["measures"]["groupCoverage"])
               + ": its part of Hangzhou's HZ.1, a baseline (58.27 % at the end of 2018), INFO"]


def yongjia():
    d = county("330324", "永嘉县", "330324-yongjia.xml", ["北城", "东城", "瓯北", "桥头", "岩头", "枫林"], """
P01 PRIMARY URBAN 1420 - 北城街道
P02 PRIMARY URBAN 1180 - 瓯北街道
P03 PRIMARY TOWN 860 - 桥头镇
P04 PRIMARY TOWN 720 - 桥下镇
P05 PRIMARY RURAL 260 - 岩头镇
P06 PRIMARY RURAL 170 - 碧莲镇
J01 JUNIOR URBAN - 1120 东城街道
J02 JUNIOR TOWN - 760 瓯北街道
J03 JUNIOR RURAL - 380 枫林镇
TP1 TEACHING_POINT RURAL 42 - 溪下乡
""", (3, 1, 1))
    m, prev = d["measures"], d["previous"]
    m["buildingAreaPerStudent"] = round(prev["buildingAreaPerStudent"] + 0.6, 2)
    m["educationBudgetPerStudent"] = prev["educationBudgetPerStudent"] - 150
    find(d, "P06")["measures"].update(groupMember=False, urbanQualityPartner=False)
    return d, ["building area per pupil up 0.6 m² on 2021: its part of Wenzhou's WZ.2 (the city's aim of 0.75), INFO",
               "education spending up, but per pupil down 150 CNY as enrolment grew: its parts of Wenzhou's WZ.4, INFO",
               "rural P06 has no urban quality partner: WZ.3 SHORT_OF_AIM for it (力争, never FAIL); group coverage is"
               + " its part of the city's, INFO"]


def haiyan():
    d = county("330424", "海盐县", "330424-haiyan.xml", ["武原", "西塘桥", "望海", "秦山", "沈荡", "百步"], """
P01 PRIMARY URBAN 1380 - 武原街道
P02 PRIMARY URBAN 1120 - 望海街道
P03 PRIMARY TOWN 820 - 西塘桥街道
P04 PRIMARY TOWN 640 - 沈荡镇
P05 PRIMARY RURAL 420 - 通元镇
P06 PRIMARY RURAL 360 - 澉浦镇
J01 JUNIOR URBAN - 1060 武原街道
J02 JUNIOR TOWN - 620 沈荡镇
J03 JUNIOR TOWN - 480 百步镇
N01 NINE_YEAR RURAL 300 200 于城镇
""", (4, 1, 0), recognised=2021)
    find(d, "J03")["measures"]["renownedTeachers"] = 0
    return d, ["recognised in 2021 (declared; the seed names 海盐 in the first national batch)",
               "reports " + str(d["measures"]["ruralNewQualitySchools"]) + " rural new quality schools towards "
               "Jiaxing's 50 (JX.1, NOT_ASSESSED while six districts are missing)",
               "town school J03 has no renowned teacher: JX.2 FAIL"]


def deqing():
    d = county("330521", "德清县", "330521-deqing.xml", ["武康", "舞阳", "阜溪", "乾元", "新市", "洛舍"], """
P01 PRIMARY URBAN 1460 - 武康街道
P02 PRIMARY URBAN 1180 - 舞阳街道
P03 PRIMARY TOWN 820 - 乾元镇
P04 PRIMARY TOWN 760 - 新市镇
P05 PRIMARY RURAL 150 - 莫干山镇 ruralSmall
P06 PRIMARY RURAL 128 - 洛舍镇 ruralSmall
P07 PRIMARY RURAL 420 - 钟管镇
J01 JUNIOR URBAN - 1080 武康街道
J02 JUNIOR TOWN - 680 新市镇
J03 JUNIOR RURAL - 260 禹越镇
""", (3, 1, 1))
    find(d, "P06")["measures"]["smallClassTeaching"] = False
    return d, ["passes MoE-2017 (HU.2 counts it; Huzhou's other four are missing: NOT_ASSESSED)",
               "rural P06's classes are naturally 30 or fewer but it does not teach them as small classes: HU.1"
               " SHORT_OF_AIM (推进, never FAIL)"]


def yiwu():
    d = county("330782", "义乌市", "330782-yiwu.xml", ["稠城", "北苑", "稠江", "江东", "佛堂", "苏溪"], """
P01 PRIMARY URBAN 1820 - 稠城街道
P02 PRIMARY URBAN 1640 - 北苑街道
P03 PRIMARY URBAN 1480 - 稠江街道
P04 PRIMARY URBAN 1300 - 江东街道
P05 PRIMARY TOWN 960 - 佛堂镇
P06 PRIMARY TOWN 820 - 苏溪镇
P07 PRIMARY RURAL 230 - 大陈镇
J01 JUNIOR URBAN - 1420 稠城街道
J02 JUNIOR URBAN - 1260 北苑街道
J03 JUNIOR TOWN - 880 佛堂镇
J04 JUNIOR TOWN - 640 上溪镇
N01 NINE_YEAR RURAL 280 190 赤岸镇
SP1 SPECIAL_EDUCATION URBAN 150 - 义乌市
""", (4, 2, 1))
    d["vetoes"] = [("KEY_CLASSES", "2022年J02稠城北苑中学按入学测试编设实验班")]
    return d, ["a key class (重点班) was set up in 2022: CN.CE.VETO.1 FAIL, so MoE-2017 FAILs",
               "myopia down more than 1 point on 2021 (its part of Jinhua's JH.1, INFO) and groups cover every school"
               " (JH.2 PASS)"]


def jiangshan():
    d = county("330881", "江山市", "330881-jiangshan.xml", ["双塔", "虎山", "清湖", "贺村", "峡口", "廿八都"], """
P01 PRIMARY URBAN 1360 - 双塔街道
P02 PRIMARY URBAN 1140 - 虎山街道
P03 PRIMARY TOWN 760 - 贺村镇
P04 PRIMARY TOWN 620 - 清湖街道
P05 PRIMARY RURAL 92 - 保安乡 ruralSmall
P06 PRIMARY RURAL 76 - 张村乡 ruralSmall
J01 JUNIOR URBAN - 980 双塔街道
J02 JUNIOR TOWN - 560 峡口镇
N01 NINE_YEAR RURAL 220 140 廿八都镇
TP1 TEACHING_POINT RURAL 28 - 塘源口乡 ruralSmall
""", (3, 1, 0))
    d["typed"]["migrantInPublicShare"] = 0.82
    find(d, "P06")["measures"]["smallClassTeaching"] = False
    return d, ["82 % of eligible migrant children in public or purchased places (85 %): CN.CE.GOV.15 FAIL, so "
               "MoE-2017 FAILs; QZ.1 (50 % of Quzhou's six by 2022, with the province) stays open with five missing",
               "rural small P06 does not teach in small classes: QZ.5 FAIL",
               "QZ.3 computed from the sections: the overall coefficients stay well under 0.30"]


def dinghai():
    d = county("330902", "定海区", "330902-dinghai.xml", ["解放", "昌国", "环南", "盐仓", "白泉", "金塘"], """
P01 PRIMARY URBAN 1280 - 解放街道
P02 PRIMARY URBAN 1060 - 昌国街道
P03 PRIMARY URBAN 880 - 环南街道
P04 PRIMARY TOWN 620 - 白泉镇
P05 PRIMARY RURAL 180 - 金塘镇
J01 JUNIOR URBAN - 960 解放街道
J02 JUNIOR TOWN - 520 盐仓街道
N01 NINE_YEAR RURAL 210 140 干览镇
N02 NINE_YEAR RURAL 260 170 马岙街道
TP1 TEACHING_POINT RURAL 34 - 册子乡
""", (3, 1, 0))
    d["measures"]["standardisedSchoolShare"] = 0.94
    return d, ["94 % of its schools standardised: its part of Zhoushan's ZS.1, a baseline (95 % in 2019), INFO;"
               " MoE-2017 and MoE-2020 pass"]


def linhai():
    d = county("331082", "临海市", "331082-linhai.xml", ["古城", "大洋", "江南", "杜桥", "东塍", "白水洋"], """
P01 PRIMARY URBAN 1520 - 古城街道
P02 PRIMARY URBAN 1280 - 大洋街道
P03 PRIMARY URBAN 1060 - 江南街道
P04 PRIMARY TOWN 880 - 杜桥镇
P05 PRIMARY TOWN 640 - 东塍镇
P06 PRIMARY RURAL 190 - 括苍镇
J01 JUNIOR URBAN - 1180 古城街道
J02 JUNIOR TOWN - 760 杜桥镇
J03 JUNIOR TOWN - 480 白水洋镇
N01 NINE_YEAR RURAL 260 170 尤溪镇
""", (4, 1, 1), recognised=2021)
    find(d, "P04")["sections"][0]["largestClass"] = 57
    return d, ["recognised in 2021 (declared): TZ.1's 2021 target (1 district) is met",
               "P04 has a primary class of 57: TZ.2 (oversized, above 55) FAIL and CN.CE.GOV.5 (45) FAIL"]


def liandu():
    d = county("331102", "莲都区", "331102-liandu.xml", ["紫金", "岩泉", "万象", "白云", "碧湖", "大港头"], """
P01 PRIMARY URBAN 1340 - 紫金街道
P02 PRIMARY URBAN 1160 - 万象街道
P03 PRIMARY URBAN 980 - 岩泉街道
P04 PRIMARY TOWN 620 - 碧湖镇
P05 PRIMARY RURAL 140 - 老竹畲族镇
J01 JUNIOR URBAN - 1040 白云街道
J02 JUNIOR TOWN - 560 碧湖镇
J03 JUNIOR TOWN - 420 大港头镇
N01 NINE_YEAR RURAL 240 150 雅溪镇
TP1 TEACHING_POINT RURAL 30 - 峰源乡
""", (3, 1, 1))
    find(d, "N01")["measures"]["smartCampus"] = False
    find(d, "K03")["certifiedStaffRate"] = 0.95
    return d, ["N01 is not yet a smart campus: LS.1 FAIL (due 2022); LS.3 PASS; its junior coverage is its part of"
               " Lishui's LS.2, INFO",
               "kindergarten K03 has 95 % certified staff: CN.PK.9 FAIL, so MoE-2020 FAILs; MoE-2017 passes"]


COUNTIES = (yinzhou, yuyao, cixi, ninghai, xiangshan, yuecheng, keqiao, shangyu, zhuji, shengzhou,
            yuhang, yongjia, haiyan, deqing, yiwu, jiangshan, dinghai, linhai, liandu)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for make in COUNTIES:
        write(*make())
