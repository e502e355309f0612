package educheck.checker.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common English reasons rules give (why a finding is not assessed, how RES.8 was decided, when a target
 * becomes due) worded in Chinese for the zh report. Input names (children, equipmentValue) stay as they are: they
 * are what the district must fill in. A reason no pattern knows is shown as written.
 */
final class ChineseReasons {

    private record Rule(Pattern pattern, String replacement) {
    }

    // Order matters: the more specific form first. $n groups are translated again where marked {n}.
    private static final List<Rule> RULES = List.of(
            // whom and how firmly (issue 25): parts of a city's figure, aims, baselines, the city's own figure
            rule("(.+); a part of the city's figure: the target is judged on the city as a whole, never on this district alone",
                    "{1}；此为全市数字的一部分：该目标按全市整体评判，不评判本区县"),
            rule("(.+); a part of the province's figure: the target is judged on the province as a whole, never on this district alone",
                    "{1}；此为全省数字的一部分：该目标按全省整体评判，不评判本区县"),
            rule("(\\S+)( \\(.+\\))? in this district, against the (?:city|province)'s target (.+)",
                    "本区县 $1$2，全市（省）目标 $3"),
            rule("(.+): the (?:city|province)'s figure cannot be made without this district's", "{1}：缺少本区县的数字，无法计算全市（省）数字"),
            rule("(.+), not met; short of the aim for (\\d+) \\(an aspiration of the text, never a failure\\)",
                    "{1}，未达标；$2 年努力目标未达预期（文本为努力方向，不计为未通过）"),
            rule("(.+), not met; short of the aim \\(an aspiration of the text, never a failure\\)",
                    "{1}，未达标；努力目标未达预期（文本为努力方向，不计为未通过）"),
            rule("(.+); short of the aim(?: for (\\d+))? \\(an aspiration of the text, never a failure\\)",
                    "{1}；努力目标未达预期（文本为努力方向，不计为未通过）"),
            rule("(.+); an aim for (\\d+), not yet due in (\\d+)", "{1}；努力目标年份 $2，$3 年尚未到期"),
            rule("(.+); the figure the text reports as reached: a baseline, judged nowhere", "{1}；文本所述已达成的数字：仅作基线参考，不作评判"),
            rule("(\\S+) across the (?:city|province) \\((?:required|baseline) (.+?); (.+) over (\\d+) of (\\d+) districts\\)(.*)",
                    "全市（省）$1（要求 $2；$3，$5 个区县中的 $4 个）{6}"),
            rule(", not met; pulling it down: (.+)", "，未达标；拉低全市（省）数字的区县：$1"),
            rule(", not met(.*)", "，未达标{1}"),
            rule(", met", "，达标"),
            rule("; short of the aim(?: for (\\d+))? \\(an aspiration of the text, never a failure\\)(.*)",
                    "；努力目标未达预期（文本为努力方向，不计为未通过）{2}"),
            rule("; binding from (\\d+), not yet due in (\\d+)(.*)", "；$1 年起执行，$2 年尚未到期{3}"),
            rule("; an aim for (\\d+), not yet due in (\\d+)(.*)", "；努力目标年份 $1，$2 年尚未到期{3}"),
            rule("; pulling it down: (.+)", "；拉低全市（省）数字的区县：$1"),
            // a standard's verdict as a target's figure (SH.CE.1's part, the cities' "县域通过国家验收"): "MoE-2017 FAIL (449 PASS, 2 FAIL), not met"
            rule("(\\S+) (PASS|FAIL|INCOMPLETE|NOT_SUBMITTED|NOT_ASSESSED|ERROR) \\((.*)\\), (met|not met)", "$1 %2（{3}）{4}"),
            rule("(\\d+) (PASS|FAIL|WARN|SHORT_OF_AIM|NOT_ASSESSED|WAIVED|INFO|ERROR)(, .+)?", "%2 $1{3}"),
            rule("met", "，达标"),
            rule("not met", "，未达标"),
            rule("not assessed, the (?:city|province)'s figure needs every one of its districts: (.+)", "未评估：全市（省）数字须包括所有区县：{1}"),
            rule("the (?:city|province)'s figure needs every one of its districts: (.+)", "全市（省）数字须包括所有区县：{1}"),
            rule("(.+); over the districts that are: (\\S+) / (\\S+) over (\\d+) of (\\d+) districts",
                    "{1}；本次检查中的区县合计 $2 / $3（$5 个区县中的 $4 个）"),
            rule("(.+); not reported by (.+)", "{1}；未报送所需数字的区县：{2}"),
            rule("not reported by (.+)", "未报送所需数字的区县：{1}"),
            rule("(\\d+) of the (?:city|province)'s (\\d+) districts not in this run: (.+)", "$2 个区县中有 $1 个不在本次检查中：{3}"),
            rule("(.+) and (\\d+) more", "$1 等（另有 $2 个）"),
            rule("(.+) \\[standard: rule default; the province's standard (\\S+) was not reported\\]", "{1}（标准：规则默认值，未报送省定标准 $2）"),
            rule("(.+) \\[standard: (\\S+)\\]", "{1}（标准：$2）"),
            rule("not assessed, (.+)", "{1}"),
            rule("the standard cannot be set: (.+)", "无法确定标准：{1}"),
            rule("the province's standard \\((\\S+)\\) is not reported and the rule has no default", "未报送省定标准 $1，规则也没有默认值"),
            rule("vetoes not reported \\(write <vetoes/> when there were none\\)", "未报送一票否决事项（没有时请写 <vetoes/>）"),
            rule("location not reported, so whether it is a village school is unknown", "未报送 location，无法判断是否为村小"),
            rule("last year's (\\S+) not reported.*", "未报送上一年的 $1（<previous>）"),
            rule("(\\S+) not reported for kindergartens? (.+)", "幼儿园 $2 未报送 $1"),
            rule("(\\S+) not reported for (.+)", "$2 未报送 $1"),
            rule("(\\S+) not reported", "未报送 $1"),
            rule("(\\S+) is 0", "$1 为 0"),
            rule("(\\S+) is yes/no; it has no change from year to year", "$1 为是/否项，没有逐年变化"),
            rule("no sections to compare", "没有可比较的学段"),
            rule("no sections or students reported", "未报送学段或学生数"),
            rule("no sections reported", "未报送学段"),
            rule("classes of the (\\S+) section not reported", "$1 学段未报送 classes"),
            rule("no music or art rooms listed for the school", "学校未列出音乐、美术专用教室"),
            rule("no kindergartens listed", "未列出幼儿园"),
            rule("missing data for (.+)", "缺少数据：$1"),
            rule("only (\\d+) of (\\d+) indicators were checked", "仅检查了 $2 项中的 $1 项"),
            rule("(\\d+) of (\\d+) met; unmet: (.+), not met", "$2 项中 $1 项达标；未达标：$3"),
            rule("(\\d+) of (\\d+) met; below (\\S+) % of the standard: (.+), not met", "$2 项中 $1 项达标；低于标准 $3 % 的：{4}"),
            rule("(\\d+) of (\\d+) met; (.+) unmet but at or above (\\S+) % of its standard, met", "$2 项中 $1 项达标；$3 未达标但不低于标准的 $4 %"),
            rule("(\\d+) of (\\d+) met, met", "$2 项中 $1 项达标"),
            rule("(\\S+) at (\\S+) %(, .+)?", "$1 为 $2 %{3}"),
            rule(", (.+)", "、{1}"),
            rule("(\\S+) \\(required (.+)\\), not met", "$1（要求 $2），未达标"),
            rule("(.+); binding from (\\d+), not yet due in (\\d+)", "{1}；$2 年起执行，$3 年尚未到期"),
            rule("vetoed: (.+)", "一票否决：$1"),
            rule("none reported, met", "无"));

    private ChineseReasons() {
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }

    static String translate(String reason) {
        if (reason == null) {
            return "";
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(reason);
            if (m.matches()) {
                return fill(m, r.replacement());
            }
        }
        return reason;
    }

    /** The zh report's own words, for a status or verdict named in a reason. */
    private static final Labels WORDS = new Labels(RenderOptions.Lang.ZH);

    /**
     * $n is the group as it is; {n} is the group translated again (empty when the group did not match); %n is the
     * group, a status or verdict, in the zh report's word for it.
     */
    private static String fill(Matcher m, String replacement) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if ((c == '$' || c == '{' || c == '%') && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                int group = replacement.charAt(i + 1) - '0';
                String value = m.group(group);
                out.append(value == null ? "" : c == '{' ? translate(value) : c == '%' ? WORDS.get(value) : value);
                i += c == '{' ? 2 : 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
