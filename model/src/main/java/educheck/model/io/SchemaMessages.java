package educheck.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the XML schema validator's messages ("cvc-minInclusive-valid: Value '-5' is not facet-valid…") into
 * words a district clerk can act on, in English and Chinese, and names the element or attribute at fault.
 *
 * <p>The validator often reports one problem twice at the same place: once for the value ("'-5' is below the
 * minimum") and once for the field ("attribute 'students' on element 'section'"). Messages at one location are
 * merged so each problem is one error.
 */
final class SchemaMessages {

    private static final Pattern ATTRIBUTE_ON_ELEMENT =
            Pattern.compile("[Aa]ttribute '([^']+)' (?:on|must appear on|is not allowed to appear in) element '([^']+)'");
    private static final Pattern VALUE_OF_ATTRIBUTE =
            Pattern.compile("value '([^']*)' of attribute '([^']+)' on element '([^']+)'");
    private static final Pattern VALUE_OF_ELEMENT = Pattern.compile("value '([^']*)' of element '([^']+)'");
    private static final Pattern STARTING_WITH = Pattern.compile("starting with element '(?:\\{\"[^\"]*\":)?([^'}]+)\\}?'");
    private static final Pattern ONE_OF = Pattern.compile("One of '\\{(.*)\\}' is expected");
    private static final Pattern ELEMENT_NOT_COMPLETE = Pattern.compile("content of element '([^']+)' is not complete");
    private static final Pattern FACET = Pattern.compile(
            "cvc-(minInclusive|maxInclusive|minExclusive|maxExclusive|maxLength|minLength|pattern|enumeration)-valid: "
                    + "Value '([^']*)'(?: with length = '\\d+')? is not facet-valid with respect to \\w+ '([^']*)'(?: for type '([^']+)')?");
    private static final Pattern FRACTION_DIGITS = Pattern.compile(
            "cvc-fractionDigits-valid: Value '([^']*)' has (\\d+) fraction digits, but the number of fraction digits has been limited to (\\d+)");
    private static final Pattern DATATYPE = Pattern.compile("cvc-datatype-valid[.0-9]*: '([^']*)' is not a valid value for '([^']+)'");
    private static final Pattern MAX_OCCURS = Pattern.compile("'([^']+)' can occur a maximum of '(\\d+)' times");
    private static final Pattern UNKNOWN_ROOT = Pattern.compile("Cannot find the declaration of element '([^']+)'");
    /** Values are quoted back to the clerk, but never at a length that buries the message. */
    private static final int MAX_QUOTED = 60;

    private SchemaMessages() {
    }

    /**
     * A validator message, where it was raised, and the path of the element being read then (see
     * {@link ElementPath}), such as {@code school[S1]/section[PRIMARY]}.
     */
    record Raw(int line, int column, String message, String path) {
    }

    /** One located problem, with the field at fault. */
    record Problem(int line, int column, String field, Wording words) {
    }

    /**
     * Words each problem once. At one location the validator may report several problems (a misspelt attribute
     * and the required one it stood for) and, for each, a companion message that only names the field; the
     * binder may add its own less helpful words for a value the schema already explains, which are dropped.
     */
    static List<Problem> translate(List<Raw> raws) {
        Map<String, List<Raw>> byPlace = new LinkedHashMap<>();
        for (Raw r : raws) {
            byPlace.computeIfAbsent(r.line() + ":" + r.column(), k -> new ArrayList<>()).add(r);
        }
        List<Problem> problems = new ArrayList<>();
        for (List<Raw> atOnePlace : byPlace.values()) {
            boolean schemaSpoke = atOnePlace.stream().anyMatch(r -> String.valueOf(r.message()).startsWith("cvc-"));
            List<String[]> worded = new ArrayList<>();
            List<Wording> wordings = new ArrayList<>();
            for (Raw r : atOnePlace) {
                String m = String.valueOf(r.message());
                if (schemaSpoke && !m.startsWith("cvc-")) {
                    continue;
                }
                String attribute = attributeNamed(m);
                Wording w = wordOne(m);
                if (w != null) {
                    wordings.add(w);
                    worded.add(new String[] {attribute});
                } else if (!worded.isEmpty() && worded.get(worded.size() - 1)[0] == null) {
                    worded.get(worded.size() - 1)[0] = attribute;
                } else if (worded.isEmpty()) {
                    wordings.add(unexplained(m));
                    worded.add(new String[] {attribute});
                }
            }
            Raw first = atOnePlace.get(0);
            String path = first.path() == null || first.path().isEmpty() ? "district" : first.path();
            for (int i = 0; i < wordings.size(); i++) {
                String attribute = worded.get(i)[0];
                problems.add(new Problem(first.line(), first.column(), attribute == null ? path : path + "/@" + attribute,
                        wordings.get(i)));
            }
        }
        return problems;
    }

    /** The attribute a message is about, or null when it is about an element. */
    private static String attributeNamed(String m) {
        Matcher v = VALUE_OF_ATTRIBUTE.matcher(m);
        if (v.find()) {
            return v.group(2);
        }
        Matcher a = ATTRIBUTE_ON_ELEMENT.matcher(m);
        return a.find() ? a.group(1) : null;
    }

    /** Plain words for one message, or null when it only names the field (the other message explains). */
    private static Wording wordOne(String m) {
        Matcher f = FACET.matcher(m);
        if (f.find()) {
            return facet(f.group(1), quoted(f.group(2)), f.group(3), f.group(4));
        }
        Matcher digits = FRACTION_DIGITS.matcher(m);
        if (digits.find()) {
            String shown = quoted(digits.group(1));
            return new Wording(shown + " has " + digits.group(2) + " decimal places; at most " + digits.group(3)
                    + " (a value that small cannot be told from 0: write 0, or the figure meant)",
                    shown + " 有 " + digits.group(2) + " 位小数，最多 " + digits.group(3) + " 位（这么小的数与 0 无法区分：请填 0 或实际数值）");
        }
        Matcher d = DATATYPE.matcher(m);
        if (d.find()) {
            return datatype(quoted(d.group(1)), d.group(2));
        }
        if (m.startsWith("cvc-complex-type.2.4.a") || m.startsWith("cvc-complex-type.2.4.d")) {
            Matcher s = STARTING_WITH.matcher(m);
            String element = s.find() ? s.group(1) : "?";
            Matcher one = ONE_OF.matcher(m);
            if (one.find()) {
                String[] expected = expected(one.group(1));
                return new Wording("element <" + element + "> is not allowed here (misspelt, repeated or out of order); expected "
                        + expected[0], "此处不允许出现元素 <" + element + ">（拼写错误、重复或顺序不对）；此处应为 " + expected[1]);
            }
            return new Wording("element <" + element + "> is not allowed here; nothing more is expected at this point",
                    "此处不允许出现元素 <" + element + ">；此处不应再有其他内容");
        }
        if (m.startsWith("cvc-complex-type.2.4.e") || m.startsWith("cvc-complex-type.2.4.f")) {
            Matcher max = MAX_OCCURS.matcher(m);
            if (max.find()) {
                boolean section = "section".equals(max.group(1));
                return new Wording("<" + max.group(1) + "> may appear at most " + max.group(2) + " times here"
                        + (section ? " (a school has at most a PRIMARY and a JUNIOR section)" : ""),
                        "<" + max.group(1) + "> 在此处最多只能出现 " + max.group(2) + " 次"
                                + (section ? "（一所学校至多有 PRIMARY 和 JUNIOR 两个学段）" : ""));
            }
            return unexplained(m);
        }
        if (m.startsWith("cvc-complex-type.2.4.b")) {
            Matcher c = ELEMENT_NOT_COMPLETE.matcher(m);
            String element = c.find() ? c.group(1) : "element";
            Matcher one = ONE_OF.matcher(m);
            String[] expected = one.find() ? expected(one.group(1)) : new String[] {"more content", "更多内容"};
            return new Wording("<" + element + "> is incomplete; expected " + expected[0],
                    "<" + element + "> 不完整；缺少 " + expected[1]);
        }
        if (m.startsWith("cvc-complex-type.4")) {
            Matcher a = ATTRIBUTE_ON_ELEMENT.matcher(m);
            if (a.find()) {
                return new Wording("required attribute '" + a.group(1) + "' is missing",
                        "缺少必填属性 '" + a.group(1) + "'");
            }
            return unexplained(m);
        }
        if (m.startsWith("cvc-complex-type.3.2.2")) {
            Matcher a = ATTRIBUTE_ON_ELEMENT.matcher(m);
            if (a.find()) {
                return new Wording("attribute '" + a.group(1) + "' is not part of <" + a.group(2) + "> (misspelt?)",
                        "<" + a.group(2) + "> 没有属性 '" + a.group(1) + "'（是否拼写错误？）");
            }
            return unexplained(m);
        }
        Matcher u = UNKNOWN_ROOT.matcher(m);
        if (u.find()) {
            return new Wording("unknown element <" + u.group(1) + ">", "未知元素 <" + u.group(1) + ">");
        }
        if (m.startsWith("cvc-attribute.3") || m.startsWith("cvc-type.3.1.3") || m.startsWith("cvc-elt.")) {
            return null;
        }
        return unexplained(m);
    }

    private static Wording facet(String facet, String shown, String rawLimit, String type) {
        // The validator writes decimal limits as 1.0 and 0.0; the schema says 1 and 0.
        String limit = rawLimit.replaceAll("^(-?\\d+)\\.0+$", "$1");
        switch (facet) {
            case "minInclusive":
                return new Wording(shown + " is below the minimum " + limit + hint(type)[0],
                        shown + " 小于最小值 " + limit + hint(type)[1]);
            case "maxInclusive":
                String[] above = "amount".equals(type) || "count".equals(type) || "positiveCount".equals(type)
                        ? new String[] {" (beyond any county's figure: a misplaced digit, or a column pasted into one cell?)",
                            "（超出任何县的实际数值：是否多写了位数，或整列数据粘贴进了一个单元格？）"}
                        : hint(type);
                return new Wording(shown + " is above the maximum " + limit + above[0], shown + " 大于最大值 " + limit + above[1]);
            case "minExclusive":
                return new Wording(shown + " must be more than " + limit, shown + " 必须大于 " + limit);
            case "maxExclusive":
                return new Wording(shown + " must be less than " + limit, shown + " 必须小于 " + limit);
            case "maxLength":
                return new Wording(shown + " is longer than " + limit + " characters", shown + " 超过 " + limit + " 个字符");
            case "minLength":
                return new Wording(shown + " is shorter than " + limit + " characters", shown + " 少于 " + limit + " 个字符");
            case "enumeration":
                String allowed = limit.replaceAll("^\\[|]$", "");
                return new Wording(shown + " is not one of " + allowed, shown + " 不是允许的取值，应为以下之一：" + allowed);
            case "pattern":
                if ("districtCode".equals(type)) {
                    return new Wording(shown + " is not a six-digit district code (GB/T 2260, e.g. 310151)",
                            shown + " 不是六位行政区划代码（GB/T 2260，例如 310151）");
                }
                if ("identifier".equals(type)) {
                    return new Wording(shown + " is not a valid id (letters, digits, '-', '_', '.'; up to 64 characters)",
                            shown + " 不是有效的编号（只能用字母、数字、'-'、'_'、'.'，最多 64 个字符）");
                }
                return new Wording(shown + " does not have the expected form " + limit, shown + " 不符合规定格式 " + limit);
            default:
                return new Wording(shown + " is not valid", shown + " 无效");
        }
    }

    private static String[] hint(String type) {
        if ("share".equals(type)) {
            return new String[] {" (shares are fractions from 0 to 1: write 0.85 for 85 %)",
                "（比例填 0 到 1 之间的小数：85% 写作 0.85）"};
        }
        if ("year".equals(type) || "pastYear".equals(type)) {
            return new String[] {" (a year between 2000 and 2100)", "（应为 2000 至 2100 之间的年份）"};
        }
        if ("positiveCount".equals(type)) {
            return new String[] {" (must be at least 1)", "（至少为 1）"};
        }
        if ("count".equals(type)) {
            return new String[] {" (a count cannot be negative)", "（人数、个数不能为负数）"};
        }
        if ("amount".equals(type)) {
            return new String[] {" (an amount cannot be negative)", "（数额不能为负数）"};
        }
        return new String[] {"", ""};
    }

    private static Wording datatype(String shown, String type) {
        switch (type) {
            case "decimal":
                return new Wording(shown + " is not a number (plain decimal, e.g. 1.03; no units, commas or %)",
                        shown + " 不是数字（请填写普通小数，如 1.03；不要带单位、千分位逗号或 %）");
            case "int":
            case "integer":
                return new Wording(shown + " is not a whole number", shown + " 不是整数");
            case "boolean":
                return new Wording(shown + " is not true or false", shown + " 应为 true 或 false");
            default:
                return new Wording(shown + " is not a valid " + type, shown + " 不是有效的 " + type);
        }
    }

    /** The expected element names, namespace stripped, shortened to the first few: [English, Chinese]. */
    private static String[] expected(String list) {
        String[] names = list.replaceAll("\"[^\"]*\":", "").split(",\\s*");
        StringBuilder s = new StringBuilder();
        int shown = Math.min(names.length, 4);
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : ", ").append('<').append(names[i].trim()).append('>');
        }
        if (names.length <= shown) {
            return new String[] {s.toString(), s.toString()};
        }
        int more = names.length - shown;
        return new String[] {s + " or one of " + more + " more", s + " 等（另有 " + more + " 种）"};
    }

    /** A value quoted back, cut short when long. */
    private static String quoted(String value) {
        String v = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        return "'" + v + "'";
    }

    /** A message we have no words for: the validator's own, under a lead-in both languages can read. */
    private static Wording unexplained(String m) {
        String detail = String.valueOf(m).replaceFirst("^cvc-[\\w.-]+: ", "");
        return new Wording(detail, "不符合提交格式：" + detail);
    }
}
