package educheck.web;

import static java.util.Map.entry;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The longest text each form field takes. The forms state it ({@link #maxlength}, and in words beside free text) and
 * the guard holds every form sent to it before a handler runs (400 past it), so nothing too long reaches the
 * archive, whose columns are as wide.
 */
final class FieldLimits {

    private static final Map<String, Integer> MOST = Map.ofEntries(
            entry("csrf", 100), entry("name", 64), entry("password", 1024), entry("role", 20), entry("next", 2000),
            entry("text", 4000), entry("comment", 4000), entry("reason", 2000), entry("document", 2000),
            entry("path", 500), entry("file", 500), entry("rule", 500), entry("required", 50), entry("comparator", 4),
            entry("due", 4), entry("content", 500_000), entry("districts", 2000), entry("label", 100), entry("id", 20));
    /** A field no form of this site has. */
    private static final int OTHER = 1000;

    private FieldLimits() {
    }

    static int of(String field) {
        return MOST.getOrDefault(field, OTHER);
    }

    /** The attribute that makes a browser stop at the limit. */
    static String maxlength(String field) {
        return " maxlength=\"" + of(field) + "\"";
    }

    /** Refuses a form any of whose fields is longer than its limit, naming the field and the limit. */
    static void check(Map<String, List<String>> form) {
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            for (String value : e.getValue()) {
                if (value != null && value.length() > of(e.getKey())) {
                    throw new Refusal(400, "error.tooLong", List.of(RequestLog.printable(e.getKey()) + ": " + value.length() + " > " + of(e.getKey())));
                }
            }
        }
    }

    /** As {@link #check}, for the query of a GET. */
    static void checkQuery(Context ctx) {
        check(ctx.queryParamMap());
    }
}
