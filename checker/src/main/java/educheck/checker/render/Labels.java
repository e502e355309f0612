package educheck.checker.render;

import educheck.checker.report.RectificationItem;
import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.Waiver;
import java.util.Map;

/** The words of human-readable reports, in Chinese (the default) or English. */
final class Labels {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("PASS", "通过"), Map.entry("FAIL", "未通过"), Map.entry("WARN", "未到期"),
            Map.entry("NOT_ASSESSED", "未评估"), Map.entry("WAIVED", "已豁免"), Map.entry("INCOMPLETE", "数据不全"),
            Map.entry("NOT_SUBMITTED", "未报送"), Map.entry("INFO", "参考"), Map.entry("ERROR", "规则出错"),
            Map.entry("ruleErrors", "规则运行出错（结果无法判定，请规则维护人员修正）"),
            Map.entry("ruleFaults", "个区县遇到规则出错"),
            Map.entry("report", "educheck 督导评估报告"), Map.entry("rules", "规则"), Map.entry("ruleSets", "适用规则集"),
            Map.entry("failures", "未达标项（按学校）"), Map.entry("districtWide", "全区（县）"),
            Map.entry("warnings", "未到期目标"), Map.entry("notAssessed", "未评估（缺少数据）"),
            Map.entry("info", "参考信息（无目标值）"),
            Map.entry("rectification", "整改任务"), Map.entry("summary", "合计"), Map.entry("required", "要求"),
            Map.entry("inputErrors", "数据错误（未检查）"), Map.entry("districts", "个区县"),
            Map.entry("add", "增加"), Map.entry("reduce", "减少"), Map.entry("raise", "提高"), Map.entry("lower", "降低"),
            Map.entry("none", "无"), Map.entry("rollups", "市、省汇总目标"),
            Map.entry("waived", "已豁免（经批准的例外）"), Map.entry("waivers", "豁免清单"),
            Map.entry("asOf", "截至"), Map.entry("APPLIED", "已适用"), Map.entry("EXPIRED", "已过期"),
            Map.entry("UNMATCHED", "未匹配"), Map.entry("approvedBy", "批准人"), Map.entry("until", "有效期至"),
            Map.entry("findingsCount", "项"),
            Map.entry("expiredNote", "过期，相关指标重新计入"),
            Map.entry("unmatchedNote", "没有未达标的指标与之对应（区县、编号或对象写错，或已达标）"));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("PASS", "PASS"), Map.entry("FAIL", "FAIL"), Map.entry("WARN", "WARN"),
            Map.entry("NOT_ASSESSED", "NOT_ASSESSED"), Map.entry("WAIVED", "WAIVED"), Map.entry("INCOMPLETE", "INCOMPLETE"),
            Map.entry("NOT_SUBMITTED", "NOT_SUBMITTED"), Map.entry("INFO", "INFO"), Map.entry("ERROR", "ERROR"),
            Map.entry("ruleErrors", "Rule errors (undecided until the rules are fixed)"),
            Map.entry("ruleFaults", "districts met a rule error"),
            Map.entry("report", "educheck compliance report"), Map.entry("rules", "rules"), Map.entry("ruleSets", "rule sets"),
            Map.entry("failures", "Failures, by school"), Map.entry("districtWide", "District-wide"),
            Map.entry("warnings", "Not yet due"), Map.entry("notAssessed", "Not assessed (data missing)"),
            Map.entry("info", "For information (no target)"),
            Map.entry("rectification", "Rectification"), Map.entry("summary", "Summary"), Map.entry("required", "required"),
            Map.entry("inputErrors", "Input errors (not checked)"), Map.entry("districts", "districts"),
            Map.entry("add", "add"), Map.entry("reduce", "reduce by"), Map.entry("raise", "raise by"), Map.entry("lower", "lower by"),
            Map.entry("none", "none"), Map.entry("rollups", "Roll-ups over cities and provinces"),
            Map.entry("waived", "Waived (accepted exceptions)"), Map.entry("waivers", "waivers"),
            Map.entry("asOf", "as of"), Map.entry("APPLIED", "applied"), Map.entry("EXPIRED", "EXPIRED"),
            Map.entry("UNMATCHED", "UNMATCHED"), Map.entry("approvedBy", "approved by"), Map.entry("until", "until"),
            Map.entry("findingsCount", "finding(s)"),
            Map.entry("expiredNote", "the findings it names count again"),
            Map.entry("unmatchedNote", "no failing finding matched it (district, ID or subject misspelt, or it now passes)"));

    private final Map<String, String> words;
    private final boolean zh;

    Labels(RenderOptions.Lang lang) {
        this.zh = lang == RenderOptions.Lang.ZH;
        this.words = zh ? ZH : EN;
    }

    String get(String key) {
        return words.getOrDefault(key, key);
    }

    String of(Status s) {
        return get(s.name());
    }

    String of(Verdict v) {
        return get(v.name());
    }

    boolean chinese() {
        return zh;
    }

    /** The indicator's name in the report language, falling back to the other language, then the ID. */
    String nameOf(Finding f) {
        String first = zh ? f.getName() : f.getNameEn();
        String second = zh ? f.getNameEn() : f.getName();
        return first != null ? first : second != null ? second : f.getId();
    }

    /** "3.9（要求 ≥ 4.2）" or, when not assessed, the reason. */
    String measure(Finding f) {
        if (f.is(Status.ERROR)) {
            return f.getMessage() == null ? "" : f.getMessage();
        }
        if (f.is(Status.NOT_ASSESSED) && f.getActual() == null) {
            String m = f.getMessage() == null ? "" : f.getMessage();
            int comma = m.indexOf("not assessed, ");
            return comma >= 0 ? m.substring(comma + "not assessed, ".length()) : m;
        }
        if (f.getRequired() == null) {
            return f.getActual() == null ? messageTail(f) : Figures.format(f.getActual()) + (zh ? "；" : "; ") + messageTail(f);
        }
        String cmp = f.getComparator() == null ? "" : educheck.rules.Comparison.symbol(f.getComparator()) + " ";
        return Figures.format(f.getActual()) + (zh ? "（" : " (") + get("required") + " " + cmp + Figures.format(f.getRequired())
                + (zh ? "）" : ")");
    }

    private static String messageTail(Finding f) {
        String m = f.getMessage() == null ? "" : f.getMessage();
        int colon = m.indexOf(": ");
        return colon >= 0 ? m.substring(colon + 2) : m;
    }

    private static final Map<String, String> UNITS_ZH = Map.ofEntries(
            Map.entry("teachers", "名教师"), Map.entry("teachers above the required degree", "名高于规定学历的教师（招聘或学历提升）"), Map.entry("backbone teachers", "名骨干教师"),
            Map.entry("PE and art teachers", "名体育、艺术专任教师"), Map.entry("multimedia classrooms", "间网络多媒体教室"),
            Map.entry("rooms", "间专用教室"), Map.entry("students", "人"), Map.entry("classes", "个班"),
            Map.entry("m²", "平方米"), Map.entry("CNY", "元"), Map.entry("percentage points", "个百分点"),
            Map.entry("inclusive places", "个普惠性学位"), Map.entry("public places", "个公办学位"), Map.entry("ratio", ""),
            Map.entry("schools", "所学校"), Map.entry("CNY per teacher", "元/人"));

    /** The waiver a finding met: "豁免（第 3 行）：原因 · 批准人 X · 有效期至 D", or that it expired. */
    String waiver(Waiver w, boolean inForce) {
        String where = zh ? "豁免（第 " + w.line() + " 行）" : "waiver (line " + w.line() + ")";
        String sep = zh ? "：" : ": ";
        if (!inForce) {
            return where + (zh ? "已于 " + w.expires() + " 过期，本项重新计入" : " expired on " + w.expires() + "; this finding counts again")
                    + " · " + get("approvedBy") + " " + w.approvedBy();
        }
        return where + sep + w.reason() + " · " + get("approvedBy") + " " + w.approvedBy() + " · " + get("until") + " " + w.expires();
    }

    /** "增加 3 名骨干教师" / "add 3 backbone teachers". */
    String rectification(RectificationItem r) {
        String amount = Figures.format(r.shortfall());
        if (zh) {
            return get(r.action()) + " " + amount + " " + UNITS_ZH.getOrDefault(r.unit(), r.unit());
        }
        return get(r.action()) + " " + amount + (r.unit().equals("ratio") ? "" : " " + r.unit());
    }
}
