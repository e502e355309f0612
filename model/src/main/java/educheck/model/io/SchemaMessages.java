package educheck.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the XML schema validator's messages ("cvc-minInclusive-valid: Value '-5' is not facet-valid…") into
 * words a district clerk can act on, and names the element or attribute at fault.
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
                    + "Value '([^']*)' is not facet-valid with respect to \\w+ '([^']*)'(?: for type '([^']+)')?");
    private static final Pattern DATATYPE = Pattern.compile("cvc-datatype-valid[.0-9]*: '([^']*)' is not a valid value for '([^']+)'");
    private static final Pattern UNKNOWN_ROOT = Pattern.compile("Cannot find the declaration of element '([^']+)'");

    private SchemaMessages() {
    }

    /** A validator message and where it was raised. */
    record Raw(int line, int column, String message) {
    }

    /** Merges the validator's messages by location and words each problem once. */
    static List<Problem> translate(List<Raw> raws) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        Map<String, int[]> places = new LinkedHashMap<>();
        for (Raw r : raws) {
            String key = r.line() + ":" + r.column();
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(r.message());
            places.putIfAbsent(key, new int[] {r.line(), r.column()});
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byPlace.entrySet()) {
            int[] at = places.get(e.getKey());
            problems.add(word(at[0], at[1], e.getValue()));
        }
        return problems;
    }

    /** One located problem, with the field at fault when the messages name it. */
    record Problem(int line, int column, String field, String message) {
    }

    private static Problem word(int line, int column, List<String> messages) {
        String field = null;
        String wording = null;
        for (String m : messages) {
            Matcher v = VALUE_OF_ATTRIBUTE.matcher(m);
            Matcher a = ATTRIBUTE_ON_ELEMENT.matcher(m);
            Matcher ve = VALUE_OF_ELEMENT.matcher(m);
            if (v.find()) {
                field = v.group(3) + "/@" + v.group(2);
            } else if (a.find()) {
                field = a.group(2) + "/@" + a.group(1);
            } else if (ve.find()) {
                field = ve.group(2);
            }
            String w = wordOne(m);
            if (wording == null && w != null) {
                wording = w;
            }
        }
        if (wording == null) {
            wording = strip(messages.get(0));
        }
        return new Problem(line, column, field, wording);
    }

    /** Plain words for one message, or null when it only names the field (the other message explains). */
    private static String wordOne(String m) {
        Matcher f = FACET.matcher(m);
        if (f.find()) {
            return facet(f.group(1), f.group(2), f.group(3), f.group(4));
        }
        Matcher d = DATATYPE.matcher(m);
        if (d.find()) {
            return "'" + d.group(1) + "' is not " + datatype(d.group(2));
        }
        if (m.startsWith("cvc-complex-type.2.4.a") || m.startsWith("cvc-complex-type.2.4.d")) {
            Matcher s = STARTING_WITH.matcher(m);
            String element = s.find() ? s.group(1) : "?";
            Matcher one = ONE_OF.matcher(m);
            return one.find()
                    ? "element <" + element + "> is not allowed here (misspelt, repeated or out of order); expected "
                            + expected(one.group(1))
                    : "element <" + element + "> is not allowed here; nothing more is expected at this point";
        }
        if (m.startsWith("cvc-complex-type.2.4.b")) {
            Matcher c = ELEMENT_NOT_COMPLETE.matcher(m);
            Matcher one = ONE_OF.matcher(m);
            return "<" + (c.find() ? c.group(1) : "element") + "> is incomplete; expected " + (one.find() ? expected(one.group(1)) : "more content");
        }
        if (m.startsWith("cvc-complex-type.4")) {
            Matcher a = ATTRIBUTE_ON_ELEMENT.matcher(m);
            return a.find() ? "required attribute '" + a.group(1) + "' is missing" : strip(m);
        }
        if (m.startsWith("cvc-complex-type.3.2.2")) {
            Matcher a = ATTRIBUTE_ON_ELEMENT.matcher(m);
            return a.find() ? "attribute '" + a.group(1) + "' is not part of <" + a.group(2) + "> (misspelt?)" : strip(m);
        }
        Matcher u = UNKNOWN_ROOT.matcher(m);
        if (u.find()) {
            return "unknown element <" + u.group(1) + ">";
        }
        if (m.startsWith("cvc-attribute.3") || m.startsWith("cvc-type.3.1.3") || m.startsWith("cvc-elt.")) {
            return null;
        }
        return strip(m);
    }

    private static String facet(String facet, String value, String limit, String type) {
        String shown = "'" + value + "'";
        switch (facet) {
            case "minInclusive":
                return shown + " is below the minimum " + limit + hint(type);
            case "maxInclusive":
                return shown + " is above the maximum " + limit + hint(type);
            case "minExclusive":
                return shown + " must be more than " + limit;
            case "maxExclusive":
                return shown + " must be less than " + limit;
            case "maxLength":
                return shown + " is longer than " + limit + " characters";
            case "minLength":
                return shown + " is shorter than " + limit + " characters";
            case "enumeration":
                return shown + " is not one of " + limit.replaceAll("^\\[|]$", "");
            case "pattern":
                if ("districtCode".equals(type)) {
                    return shown + " is not a six-digit district code (GB/T 2260, e.g. 310151)";
                }
                if ("identifier".equals(type)) {
                    return shown + " is not a valid id (letters, digits, '-', '_', '.'; up to 64 characters)";
                }
                return shown + " does not have the expected form " + limit;
            default:
                return shown + " is not valid";
        }
    }

    private static String hint(String type) {
        if ("share".equals(type)) {
            return " (shares are fractions from 0 to 1: write 0.85 for 85 %)";
        }
        if ("year".equals(type) || "pastYear".equals(type)) {
            return " (a year between 2000 and 2100)";
        }
        if ("positiveCount".equals(type)) {
            return " (must be at least 1)";
        }
        return "";
    }

    private static String datatype(String type) {
        switch (type) {
            case "decimal":
                return "a number (plain decimal, e.g. 1.03; no units, commas or %)";
            case "int":
            case "integer":
                return "a whole number";
            case "boolean":
                return "true or false";
            default:
                return "a valid " + type;
        }
    }

    /** The expected element names, namespace stripped, shortened to the first few. */
    private static String expected(String list) {
        String[] names = list.replaceAll("\"[^\"]*\":", "").split(",\\s*");
        StringBuilder s = new StringBuilder();
        int shown = Math.min(names.length, 4);
        for (int i = 0; i < shown; i++) {
            s.append(i == 0 ? "" : ", ").append('<').append(names[i].trim()).append('>');
        }
        if (names.length > shown) {
            s.append(" or one of ").append(names.length - shown).append(" more");
        }
        return s.toString();
    }

    private static String strip(String m) {
        return m.replaceFirst("^cvc-[\\w.-]+: ", "");
    }
}
