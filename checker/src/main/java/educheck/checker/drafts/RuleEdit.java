package educheck.checker.drafts;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy officer's change to one rule's standard, written into the DRL text: its threshold ({@code @required}),
 * its comparator ({@code @comparator}) and its due year ({@code @due}). Only the rule's header (from {@code rule
 * "NAME"} to {@code when}) is touched, so the rest of the file stays byte for byte as it was and the diff shows
 * exactly the change.
 *
 * @param required   the new threshold (a number), or null to leave it
 * @param comparator {@code >=}, {@code <=}, {@code >}, {@code <} or {@code ==}, or null to leave it
 * @param due        the year the target binds, "" to make it binding now, or null to leave it
 */
public record RuleEdit(String required, String comparator, String due) {

    /** The comparators Judge understands; {@code >=} is the default when a rule names none. */
    public static final Set<String> COMPARATORS = Set.of(">=", "<=", ">", "<", "==");

    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");

    /** A value a policy officer typed that cannot go into a rule: the message says which and why. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * {@code drl} with this edit applied to the rule named {@code ruleName}.
     *
     * @throws Refused when the rule is not in the text, a value is not valid, or the rule states no threshold to change
     */
    public String applyTo(String drl, String ruleName) throws Refused {
        Matcher start = Pattern.compile("(?m)^\\s*rule\\s+\"" + Pattern.quote(ruleName) + "\"").matcher(drl);
        if (!start.find()) {
            throw new Refused("the rule \"" + ruleName + "\" is not in this file");
        }
        Matcher when = WHEN.matcher(drl);
        if (!when.find(start.end())) {
            throw new Refused("the rule \"" + ruleName + "\" has no when");
        }
        String header = drl.substring(start.end(), when.start());
        String edited = edit(header);
        return drl.substring(0, start.end()) + edited + drl.substring(when.start());
    }

    private String edit(String header) throws Refused {
        String h = header;
        if (required != null) {
            String value = number(required.strip(), "threshold");
            if (!has(h, "required")) {
                throw new Refused("this rule states no single threshold (@required); its standard is computed in the"
                        + " rule, so change it in the file's text");
            }
            if (!sameNumber(current(h, "required"), value)) {
                // The form shows 1.0 as 1: an unchanged threshold keeps its own spelling, and the diff stays clean.
                h = replace(h, "required", value);
            }
        }
        if (comparator != null && !comparator.isBlank()) {
            String c = comparator.strip();
            if (!COMPARATORS.contains(c)) {
                throw new Refused("comparator '" + c + "' is not one of >=, <=, >, <, ==");
            }
            if (has(h, "comparator")) {
                h = replace(h, "comparator", "\"" + c + "\"");
            } else if (!c.equals(">=")) {
                h = insertAfter(h, "@comparator(\"" + c + "\")");
            }
        }
        if (due != null) {
            String d = due.strip();
            if (d.isEmpty()) {
                h = h.replaceAll("[ \\t]*@due\\([^)]*\\)", "");
            } else {
                if (!d.matches("\\d{4}") || Integer.parseInt(d) < 2000 || Integer.parseInt(d) > 2100) {
                    throw new Refused("due year '" + d + "' is not a year such as 2027 (leave it empty for a target binding now)");
                }
                h = has(h, "due") ? replace(h, "due", d) : insertAfter(h, "@due(" + d + ")");
            }
        }
        return h;
    }

    private static String number(String text, String what) throws Refused {
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v) || Double.isInfinite(v) || !text.matches("-?\\d+(\\.\\d+)?")) {
                throw new NumberFormatException();
            }
            return text;
        } catch (NumberFormatException e) {
            throw new Refused(what + " '" + text + "' is not a number such as 0.90 or 5");
        }
    }

    private static String current(String header, String name) {
        Matcher m = Pattern.compile("@" + name + "\\(\\s*([^)]*?)\\s*\\)").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return a != null && Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean has(String header, String name) {
        return Pattern.compile("@" + name + "\\(").matcher(header).find();
    }

    private static String replace(String header, String name, String value) {
        return header.replaceFirst("@" + name + "\\([^)]*\\)", Matcher.quoteReplacement("@" + name + "(" + value + ")"));
    }

    /** After {@code @required(…)} (or {@code @due}/{@code @id}) on the same line: where a reader looks for it. */
    private static String insertAfter(String header, String annotation) {
        for (String anchor : new String[] {"required", "comparator", "due"}) {
            Matcher m = Pattern.compile("@" + anchor + "\\([^)]*\\)").matcher(header);
            if (m.find()) {
                return header.substring(0, m.end()) + " " + annotation + header.substring(m.end());
            }
        }
        Matcher id = Pattern.compile("@id\\(\"[^\"]*\"\\)").matcher(header);
        if (id.find()) {
            return header.substring(0, id.end()) + " " + annotation + header.substring(id.end());
        }
        return "\n    " + annotation + header;
    }
}
