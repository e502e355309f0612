package educheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The districts an admin assigned to an inspector: district codes (430626) and jurisdictions, each standing for its
 * districts as the rule folders are named (CN-33 a province's, CN-33-3302 a city's, CN-31-310151 one district's, CN
 * every one). An inspector uploads and reads only these; the other roles read every district and need none.
 */
public record Assignment(List<String> scopes) {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern JURISDICTION = Pattern.compile("CN(-[0-9]{2}(-[0-9]{4}([0-9]{2})?)?)?");

    /** What a role reads without an assignment: every district. */
    static final Assignment ALL = new Assignment(List.of("CN"));

    public Assignment {
        scopes = List.copyOf(scopes);
    }

    public boolean covers(String districtCode) {
        return districtCode != null && scopes.stream().anyMatch(s -> districtCode.startsWith(prefix(s)));
    }

    /** The code prefix a scope stands for: CN-33-3302 → 3302, CN → every code. */
    private static String prefix(String scope) {
        return scope.startsWith("CN") ? scope.substring(Math.max(2, scope.lastIndexOf('-') + 1)) : scope;
    }

    /**
     * The scopes written in {@code text} (separated by spaces, commas or line ends), checked and sorted, or the first
     * that is neither a six-digit district code nor a jurisdiction like CN-33-3302.
     */
    public static Parsed parse(String text) {
        TreeSet<String> out = new TreeSet<>();
        for (String part : (text == null ? "" : text).split("[\\s,，、;；]+")) {
            String s = part.strip().toUpperCase(java.util.Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(s).matches() && !(JURISDICTION.matcher(s).matches() && nested(s))) {
                return new Parsed(List.of(), Optional.of(part.strip()));
            }
            out.add(s);
        }
        return new Parsed(new ArrayList<>(out), Optional.empty());
    }

    /** CN-33-3302 names a city of province 33: its code starts with the province's. */
    private static boolean nested(String jurisdiction) {
        String[] p = jurisdiction.split("-");
        return p.length < 3 || p[2].startsWith(p[1]);
    }

    /** What {@link #parse} found: the scopes, or the part that is not one. */
    public record Parsed(List<String> scopes, Optional<String> bad) {
    }
}
