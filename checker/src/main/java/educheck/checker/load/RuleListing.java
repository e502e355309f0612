package educheck.checker.load;

import educheck.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of a rule set as a policy officer looks for them: by ID, with the number to change and where it is. */
public final class RuleListing {

    /**
     * One rule.
     *
     * @param id           its catalogue ID, or "-" for a verdict rule
     * @param jurisdiction the kbase whose package holds it
     * @param threshold    ">= 4.2", or how the rule sets its standard when no single {@code @required} does
     * @param due          the year the target binds, or "" when it binds now
     * @param binds        whom the target binds: district, city or province ("" for a verdict rule)
     * @param force        binding, aspiration or baseline ("" for a verdict rule)
     * @param draft        the rule set reads a draft text (征求意见稿)
     */
    public record Row(String id, String jurisdiction, String scope, String threshold, String due, String source,
                      String location, String name, String binds, String force, boolean draft) {
    }

    private static final Pattern CHECK = Pattern.compile("\\bcheck\\s*\\(");

    private RuleListing() {
    }

    /** Every rule, by jurisdiction, then catalogue order (verdict rules last), then place in the files. */
    public static List<Row> of(RuleSet rules, String jurisdiction) {
        List<Row> rows = new ArrayList<>();
        for (RuleInfo r : rules.index().rules()) {
            String kbase = rules.jurisdictionOfPackage(r.pkg());
            if (jurisdiction != null && !jurisdiction.equals(kbase)) {
                continue;
            }
            RuleMetadata md = r.metadata();
            boolean target = md.id() != null;
            rows.add(new Row(orDash(md.text(RuleMetadata.ID)), kbase, orDash(md.text(RuleMetadata.SCOPE)), threshold(r),
                    md.text(RuleMetadata.DUE) == null ? "" : md.text(RuleMetadata.DUE), orDash(md.text(RuleMetadata.SOURCE)),
                    r.location(), r.name(), target ? word(md.text(RuleMetadata.BINDS), "district") : "",
                    target ? word(md.text(RuleMetadata.FORCE), "binding") : "", rules.texts().isDraft(kbase)));
        }
        rows.sort(Comparator.comparing(Row::jurisdiction).thenComparing(r -> r.id().equals("-"))
                .thenComparing(Row::id, FindingOrder::natural)
                .thenComparing(Row::location, FindingOrder::natural));
        return rows;
    }

    /** The standard as the rule states it: its {@code @comparator @required}, or where else it comes from. */
    static String threshold(RuleInfo r) {
        RuleMetadata md = r.metadata();
        String required = md.text(RuleMetadata.REQUIRED);
        String consequence = r.consequence();
        if (required != null) {
            String cmp = md.text(RuleMetadata.COMPARATOR) == null ? ">=" : md.text(RuleMetadata.COMPARATOR);
            String shown = required.equals("true") ? "yes" : required.equals("false") ? "no" : cmp + " " + required;
            return consequence.contains("provincialOrDefault") ? "province's, else " + shown : shown;
        }
        if (RuleLint.reportsStandard(r)) {
            return "verdict over findings";
        }
        Matcher m = CHECK.matcher(consequence);
        if (m.find() && arguments(consequence, m.end()) == 3) {
            return "yes";
        }
        return "computed in rule";
    }

    /** How many arguments the call whose "(" ends at {@code open} has, counting top-level commas. */
    private static int arguments(String text, int open) {
        int depth = 0;
        int commas = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!inString && (c == ')' || c == ']' || c == '}')) {
                if (depth == 0) {
                    return commas + 1;
                }
                depth--;
            } else if (!inString && c == ',' && depth == 0) {
                commas++;
            }
        }
        return -1;
    }

    /** The declared word, or what an undeclared one is read as (validation warns that it is undeclared). */
    private static String word(String declared, String byDefault) {
        return declared == null ? byDefault : declared;
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
