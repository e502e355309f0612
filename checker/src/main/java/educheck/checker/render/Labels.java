package educheck.checker.render;

import educheck.checker.report.RectificationItem;
import educheck.checker.report.RuleBasis;
import educheck.checker.report.RunInfo;
import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Force;
import educheck.model.Waiver;
import educheck.model.Status;
import educheck.model.Verdict;
import java.util.Map;
import java.util.regex.Pattern;

/** The words of human-readable reports, in Chinese (the default) or English. */
final class Labels {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("PASS", "通过"), Map.entry("FAIL", "未通过"), Map.entry("WARN", "未到期"),
            Map.entry("SHORT_OF_AIM", "未达预期"), Map.entry("shortOfAim", "未达预期（力争、推动等努力方向，不计为未通过）"),
            Map.entry("draftText", "征求意见稿"), Map.entry("draftAdvisory", "征求意见稿：仅供参考，不决定总体结论"),
            Map.entry("draftDeciding", "征求意见稿：按本次设置计入总体结论"),
            Map.entry("binds.city", "全市目标"), Map.entry("binds.province", "全省目标"), Map.entry("binds.district", "本区（县）目标"),
            Map.entry("force.binding", "约束性"), Map.entry("force.aspiration", "努力方向"), Map.entry("force.baseline", "基线（已达成）"),
            Map.entry("NOT_ASSESSED", "未评估"), Map.entry("WAIVED", "已豁免"), Map.entry("INCOMPLETE", "数据不全"),
            Map.entry("NOT_SUBMITTED", "未报送"), Map.entry("INFO", "参考"), Map.entry("ERROR", "规则出错"),
            Map.entry("ruleErrors", "规则运行出错（结果无法判定，请规则维护人员修正）"),
            Map.entry("ruleFaults", "个区县遇到规则出错"),
            Map.entry("report", "educheck 督导评估报告"), Map.entry("rules", "规则"), Map.entry("ruleVersion", "规则版本"), Map.entry("ruleSets", "适用规则集"),
            Map.entry("basis.bundled", "随 educheck 附带的规则"), Map.entry("basis.in-force", "档案库现行规则"),
            Map.entry("basis.--rules", "--rules 指定的文件夹"), Map.entry("basis.--rules-version", "--rules-version 指定"),
            Map.entry("failures", "未达标项（按学校）"), Map.entry("districtWide", "全区（县）"),
            Map.entry("warnings", "未到期目标"), Map.entry("notAssessed", "未评估（缺少数据）"),
            Map.entry("rectification", "整改任务"), Map.entry("summary", "合计"), Map.entry("required", "要求"),
            Map.entry("inputErrors", "数据错误（未检查）"), Map.entry("districts", "个区县"),
            Map.entry("add", "增加"), Map.entry("reduce", "减少"), Map.entry("raise", "提高"), Map.entry("lower", "降低"),
            Map.entry("none", "无"), Map.entry("rollups", "市、省汇总目标"),
            Map.entry("info", "参考信息（无目标值）"),
            Map.entry("waived", "已豁免（经批准的例外）"), Map.entry("waivers", "豁免清单"),
            Map.entry("asOf", "截至"), Map.entry("APPLIED", "已适用"), Map.entry("EXPIRED", "已过期"),
            Map.entry("UNMATCHED", "未匹配"), Map.entry("approvedBy", "批准人"), Map.entry("until", "有效期至"),
            Map.entry("findingsCount", "项"),
            Map.entry("expiredNote", "过期，相关指标重新计入"),
            Map.entry("unmatchedNote", "没有未达标的指标与之对应（区县、编号或对象写错，或已达标）"),
            Map.entry("group.RES", "资源配置"), Map.entry("group.GOV", "政府保障程度"), Map.entry("group.QUA", "教育质量"),
            Map.entry("group.SOC/PRE/VETO", "社会认可度、申报条件、一票否决"), Map.entry("group.PK", "学前教育普及普惠"),
            Map.entry("standards", "评估标准"), Map.entry("overview", "概览"), Map.entry("byGroup", "按指标类别"),
            Map.entry("group", "类别"), Map.entry("total", "合计"), Map.entry("grid", "资源配置指标（各学段）"),
            Map.entry("gridLegend", "单元格为该学段的指标值，按状态着色；表头为标准。RES.8：7 项中达标项数（至少 6 项，余项不低于 85 %）"),
            Map.entry("coefficients", "校际差异系数"), Map.entry("coefLegend", "横条为学生加权的校际差异系数，虚线为上限"),
            Map.entry("allFindings", "全部检查项（%d 项）"), Map.entry("col.id", "指标"), Map.entry("col.subject", "对象"),
            Map.entry("col.indicator", "指标名称"), Map.entry("col.value", "实际值与要求"), Map.entry("col.status", "状态"),
            Map.entry("col.source", "依据 · 规则文件"), Map.entry("col.task", "整改任务"), Map.entry("col.district", "区县"),
            Map.entry("col.verdict", "结论"), Map.entry("col.year", "年度"), Map.entry("col.section", "学段"),
            Map.entry("expandAll", "全部展开"), Map.entry("collapseAll", "全部收起"), Map.entry("runSummary", "本次检查"),
            Map.entry("noFailures", "无未达标项"), Map.entry("col.file", "文件"), Map.entry("col.field", "字段"),
            Map.entry("col.message", "说明"), Map.entry("col.rollup", "汇总对象"),
            Map.entry("notDeciding", "不直接决定结论"),
            Map.entry("notDecidingLegend", "◇ 不直接决定结论：MoE-2017 的 RES.1–7 只经 RES.8（每个学段至少 6 项达标、余项不低于标准的 85 %）计入"),
            Map.entry("rectificationHeading", "整改任务清单（按学校，差距大者在前）"), Map.entry("gap", "差距"),
            Map.entry("fulfil", "落实"), Map.entry("resolve", "消除一票否决事项"), Map.entry("meet", "达到要求"),
            Map.entry("yes", "是"), Map.entry("no", "否"), Map.entry("PRIMARY", "小学"), Map.entry("JUNIOR", "初中"),
            Map.entry("coefficientPlan", "%s %s 校际差异系数 %s → %s（要求 ≤ %s）"),
            Map.entry("coefficientRaise", "将 %d 个学段提高到至少 %s，共增加 %s %s"),
            Map.entry("coefficientMetByItems", "本学段指标的整改项完成后即达标"),
            Map.entry("pulledUpBy", "拉高系数最多的"), Map.entry("ofVariance", "（占方差 %d %%）"),
            Map.entry("forCoefficient", "降低%s %s 差异系数"), Map.entry("dueFrom", "%d 年起执行"), Map.entry("aimFor", "%d 年努力目标，尚未到期"), Map.entry("onTop", "另加于本校同一指标的整改项"),
            Map.entry("splitClasses", "分班，增加 %s 个班"),
            Map.entry("compareTitle", "educheck 区县对比"), Map.entry("judgedOwn", "各区县按其所在地的规则集评估"),
            Map.entry("judgedAs", "全部区县按 %s 的规则集评估"),
            Map.entry("compareLegend", "✓ 通过  ✗ 未通过  ! 未到期  △ 未达预期  ? 未评估  ~ 已豁免  i 参考  ‼ 规则出错  — 不适用。各校、各学段的指标：学生加权均值 与 达标数/总数"));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("PASS", "PASS"), Map.entry("FAIL", "FAIL"), Map.entry("WARN", "WARN"),
            Map.entry("SHORT_OF_AIM", "SHORT_OF_AIM"), Map.entry("shortOfAim", "Short of aim (aspirations: never a failure)"),
            Map.entry("draftText", "draft text"), Map.entry("draftAdvisory", "draft text: advisory, does not decide the verdict"),
            Map.entry("draftDeciding", "draft text: decides the verdict in this run"),
            Map.entry("binds.city", "city target"), Map.entry("binds.province", "province target"), Map.entry("binds.district", "district target"),
            Map.entry("force.binding", "binding"), Map.entry("force.aspiration", "aspiration"), Map.entry("force.baseline", "baseline (reported as reached)"),
            Map.entry("NOT_ASSESSED", "NOT_ASSESSED"), Map.entry("WAIVED", "WAIVED"), Map.entry("INCOMPLETE", "INCOMPLETE"),
            Map.entry("NOT_SUBMITTED", "NOT_SUBMITTED"), Map.entry("INFO", "INFO"), Map.entry("ERROR", "ERROR"),
            Map.entry("ruleErrors", "Rule errors (undecided until the rules are fixed)"),
            Map.entry("ruleFaults", "districts met a rule error"),
            Map.entry("report", "educheck compliance report"), Map.entry("rules", "rules"), Map.entry("ruleVersion", "rule set version"), Map.entry("ruleSets", "rule sets"),
            Map.entry("basis.bundled", "the rules bundled with educheck"), Map.entry("basis.in-force", "in force in the archive"),
            Map.entry("basis.--rules", "folder given with --rules"), Map.entry("basis.--rules-version", "chosen with --rules-version"),
            Map.entry("failures", "Failures, by school"), Map.entry("districtWide", "District-wide"),
            Map.entry("warnings", "Not yet due"), Map.entry("notAssessed", "Not assessed (data missing)"),
            Map.entry("rectification", "Rectification"), Map.entry("summary", "Summary"), Map.entry("required", "required"),
            Map.entry("inputErrors", "Input errors (not checked)"), Map.entry("districts", "districts"),
            Map.entry("add", "add"), Map.entry("reduce", "reduce by"), Map.entry("raise", "raise by"), Map.entry("lower", "lower by"),
            Map.entry("none", "none"), Map.entry("rollups", "Roll-ups over cities and provinces"),
            Map.entry("info", "For information (no target)"),
            Map.entry("waived", "Waived (accepted exceptions)"), Map.entry("waivers", "waivers"),
            Map.entry("asOf", "as of"), Map.entry("APPLIED", "applied"), Map.entry("EXPIRED", "EXPIRED"),
            Map.entry("UNMATCHED", "UNMATCHED"), Map.entry("approvedBy", "approved by"), Map.entry("until", "until"),
            Map.entry("findingsCount", "finding(s)"),
            Map.entry("expiredNote", "the findings it names count again"),
            Map.entry("unmatchedNote", "no failing finding matched it (district, ID or subject misspelt, or it now passes)"),
            Map.entry("group.RES", "Resource allocation"), Map.entry("group.GOV", "Government guarantee"),
            Map.entry("group.QUA", "Education quality"), Map.entry("group.SOC/PRE/VETO", "Social recognition, prerequisite, vetoes"),
            Map.entry("group.PK", "Preschool (MoE-2020)"),
            Map.entry("standards", "Standards"), Map.entry("overview", "Overview"), Map.entry("byGroup", "By indicator group"),
            Map.entry("group", "Group"), Map.entry("total", "Total"), Map.entry("grid", "Resource indicators by school section"),
            Map.entry("gridLegend", "Each cell is the section's value, coloured by status; the header gives the standard. RES.8: indicators met of 7 (at least 6, the rest at 85 % or more)"),
            Map.entry("coefficients", "Difference coefficients"), Map.entry("coefLegend", "Bars are the student-weighted inter-school difference coefficients; the dashed line is the limit"),
            Map.entry("allFindings", "All findings (%d)"), Map.entry("col.id", "ID"), Map.entry("col.subject", "Subject"),
            Map.entry("col.indicator", "Indicator"), Map.entry("col.value", "Value and requirement"), Map.entry("col.status", "Status"),
            Map.entry("col.source", "Source · rule file"), Map.entry("col.task", "Task"), Map.entry("col.district", "District"),
            Map.entry("col.verdict", "Verdict"), Map.entry("col.year", "Year"), Map.entry("col.section", "Section"),
            Map.entry("expandAll", "Expand all"), Map.entry("collapseAll", "Collapse all"), Map.entry("runSummary", "This run"),
            Map.entry("noFailures", "No failures"), Map.entry("col.file", "File"), Map.entry("col.field", "Field"),
            Map.entry("col.message", "Message"), Map.entry("col.rollup", "Rolled up over"),
            Map.entry("notDeciding", "does not decide the verdict"),
            Map.entry("notDecidingLegend", "◇ does not decide the verdict by itself: under MoE-2017, RES.1–7 count only through RES.8 (at least 6 of 7 met, the rest at 85 % of the standard or more)"),
            Map.entry("rectificationHeading", "Rectification list (by school, largest gap first)"), Map.entry("gap", "gap"),
            Map.entry("fulfil", "put in place"), Map.entry("resolve", "resolve the vetoed matters"), Map.entry("meet", "meet"),
            Map.entry("yes", "yes"), Map.entry("no", "no"), Map.entry("PRIMARY", "primary"), Map.entry("JUNIOR", "junior"),
            Map.entry("coefficientPlan", "%s %s difference coefficient %s → %s (required ≤ %s)"),
            Map.entry("coefficientRaise", "raise %d sections to at least %s, %s %s in all"),
            Map.entry("coefficientMetByItems", "met once the per-section items of this indicator are done"),
            Map.entry("pulledUpBy", "pulled up most by"), Map.entry("ofVariance", " (%d %% of the variance)"),
            Map.entry("forCoefficient", "lowers the %s %s difference coefficient"), Map.entry("dueFrom", "binding from %d"), Map.entry("aimFor", "an aim for %d, not yet due"), Map.entry("onTop", "on top of the item above for the same indicator"),
            Map.entry("splitClasses", "split classes: %s more classes"),
            Map.entry("compareTitle", "educheck district comparison"), Map.entry("judgedOwn", "each district judged under its own rule sets"),
            Map.entry("judgedAs", "every district judged under %s's rule sets"),
            Map.entry("compareLegend", "✓ pass  ✗ fail  ! not yet due  △ short of aim  ? not assessed  ~ waived  i for information  ‼ rule failed  — does not apply. Per-school and per-section items: student-weighted mean and passed/total"));

    private final Map<String, String> words;
    private final boolean zh;

    Labels(RenderOptions.Lang lang) {
        this.zh = lang == RenderOptions.Lang.ZH;
        this.words = zh ? ZH : EN;
    }

    boolean chinese() {
        return zh;
    }

    String get(String key) {
        return words.getOrDefault(key, key);
    }

    /**
     * What the rule-set line adds after the rules' sha256: their version and why they were used ("规则版本 2（档案库现行规则）"),
     * or why alone when they have no version; empty for the bundled rules of a run not archived, which reads as it always did.
     */
    String ruleBasis(RunInfo run) {
        RuleBasis basis = run.basis() == null ? RuleBasis.BUNDLED : run.basis();
        String why = get("basis." + basis.key());
        if (run.version() != null) {
            return get("ruleVersion") + " " + run.version() + (zh ? "（" + why + "）" : " (" + why + ")");
        }
        return basis == RuleBasis.BUNDLED ? "" : why;
    }

    String of(Status s) {
        return get(s.name());
    }

    String of(Verdict v) {
        return get(v.name());
    }

    /** The indicator's name in the report language, falling back to the other language, then the ID. */
    String nameOf(Finding f) {
        String first = zh ? f.getName() : f.getNameEn();
        String second = zh ? f.getNameEn() : f.getName();
        return first != null ? first : second != null ? second : f.getId();
    }

    /** "3.9（要求 ≥ 4.2）" or, when not assessed, the reason; numbers at a readable precision. */
    String measure(Finding f) {
        if (f.is(Status.ERROR)) {
            return f.getMessage() == null ? "" : f.getMessage();
        }
        String dueWords = f.getForce() == Force.ASPIRATION ? "aimFor" : "dueFrom";
        String due = f.is(Status.WARN) && f.getDue() != null ? (zh ? "（" : " (") + String.format(get(dueWords), f.getDue())
                + (zh ? "）" : ")") : "";
        if (f.is(Status.NOT_ASSESSED) && f.getActual() == null) {
            String m = f.getMessage() == null ? "" : f.getMessage();
            int comma = m.indexOf("not assessed, ");
            return reason(comma >= 0 ? m.substring(comma + "not assessed, ".length()) : m);
        }
        if (f.getRequired() == null) {
            return f.getActual() == null ? reason(messageTail(f)) : value(f) + (zh ? "；" : "; ") + reason(messageTail(f));
        }
        String cmp = f.getComparator() == null ? "" : educheck.rules.Comparison.symbol(f.getComparator()) + " ";
        return value(f) + (zh ? "（" : " (") + get("required") + " " + cmp + requiredValue(f) + (zh ? "）" : ")") + due;
    }

    /** The actual value at a readable precision, yes/no in the report language. */
    String value(Finding f) {
        return f.getActual() instanceof Boolean b ? get(b ? "yes" : "no") : Readable.actual(f);
    }

    String requiredValue(Finding f) {
        return f.getRequired() instanceof Boolean b ? get(b ? "yes" : "no") : Readable.required(f);
    }

    /** A rule's English reason, in Chinese for the zh report where the wording is a common one. */
    String reason(String english) {
        return zh ? ChineseReasons.translate(english) : english == null ? "" : english;
    }

    /** Compiled once: asked of every finding a report shows (String.matches would compile it each time). */
    private static final Pattern PLAIN_COMPARISON = Pattern.compile("[^ ]+ \\(required [^)]*\\).*");

    /** Whether a message tail is the usual "3.6 (required ≥ 4.5), not met", which only repeats the figures shown. */
    static boolean onlyRepeatsTheFigures(String tail) {
        return PLAIN_COMPARISON.matcher(tail).matches();
    }

    /** The text after the finding's label: "3.6 (required ≥ 4.5), not met", "5 of 7 met; …". */
    static String messageTail(Finding f) {
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
            Map.entry("years", "年（推迟申报）"), Map.entry("children", "名幼儿"), Map.entry("coefficient", ""),
            Map.entry("CNY per student", "元/生"), Map.entry("CNY per child", "元/生"), Map.entry("m² per child", "平方米/生"),
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
        String amount = Readable.amount(r.shortfall());
        if (r.unit() == null) {
            return get(r.action()) + " " + amount;
        }
        if (zh) {
            return get(r.action()) + " " + amount + " " + UNITS_ZH.getOrDefault(r.unit(), r.unit());
        }
        String unit = switch (r.unit()) {
            case "ratio", "coefficient" -> "";
            case "years" -> " years (apply later)";
            default -> " " + r.unit();
        };
        return get(r.action()) + " " + amount + unit;
    }

    /** A unit in the report language ("m²" → "平方米"). */
    String unit(String unit) {
        if (unit == null) {
            return "";
        }
        return zh ? UNITS_ZH.getOrDefault(unit, unit).replaceFirst("^[名间个]", "") : unit;
    }

    /** The unit of a resource indicator's value: m² per student, teachers per 100 students. */
    String perStudent(educheck.model.ResourceIndicator i) {
        if (i.scale() == 1) {
            return zh ? unit(i.unit()) + "/生" : i.unit() + " per student";
        }
        return zh ? unit(i.unit()) + "/百生" : i.unit() + " per 100 students";
    }

    boolean zh() {
        return zh;
    }
}
