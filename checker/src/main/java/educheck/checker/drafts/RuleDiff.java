package educheck.checker.drafts;

import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleSet;
import educheck.rules.RuleMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a reviewer reads before publishing: each changed file as a plain line diff (old and new), and the rules whose
 * threshold, comparator or due year changed, in words. Rules are matched by package and name.
 *
 * @param files     the files added, removed or changed, in path order
 * @param standards the rules whose standard changed, were added or were removed
 */
public record RuleDiff(List<FileDiff> files, List<StandardChange> standards) {

    /** One line of a diff: kept (' '), removed ('-') or added ('+'), with its line number in the old or new file. */
    public record Line(char kind, int oldLine, int newLine, String text) {
    }

    /** One file that differs; {@code lines} hold only the changes and three lines of context around each. */
    public record FileDiff(String path, boolean added, boolean removed, List<Line> lines) {
    }

    /**
     * One rule whose standard changed. Texts are as the DRL states them ("" when not stated).
     *
     * @param change "changed", "added" or "removed"
     */
    public record StandardChange(String id, String rule, String file, String change, String comparatorBefore,
                                 String requiredBefore, String dueBefore, String comparatorAfter, String requiredAfter,
                                 String dueAfter) {

        /** {@code >= 0.99 → >= 0.995; due 2025 → 2027}, the way a reviewer reads it. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            String before = standard(comparatorBefore, requiredBefore);
            String after = standard(comparatorAfter, requiredAfter);
            if (!before.equals(after)) {
                b.append(before.isEmpty() ? "—" : before).append(" → ").append(after.isEmpty() ? "—" : after);
            }
            if (!dueBefore.equals(dueAfter)) {
                b.append(b.length() == 0 ? "" : "; ").append("due ").append(dueBefore.isEmpty() ? "now" : dueBefore)
                        .append(" → ").append(dueAfter.isEmpty() ? "now" : dueAfter);
            }
            return b.length() == 0 ? change : b.toString();
        }

        private static String standard(String comparator, String required) {
            return required.isEmpty() ? "" : comparator + " " + required;
        }
    }

    private static final int CONTEXT = 3;

    public static RuleDiff between(RuleFiles before, RuleFiles after) {
        List<FileDiff> files = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.all().keySet());
        paths.addAll(after.all().keySet());
        for (String path : paths) {
            byte[] a = before.all().get(path);
            byte[] b = after.all().get(path);
            if (a != null && b != null && Arrays.equals(a, b)) {
                continue;
            }
            files.add(new FileDiff(path, a == null, b == null, lines(text(a), text(b))));
        }
        return new RuleDiff(files, standards(RuleIndex.of(before), RuleIndex.of(after)));
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /**
     * The rules of {@code after} that are new, or whose own text (from its {@code rule} line to its {@code end})
     * differs from the rule of the same package and name in {@code before}: the rules a change touches, whose
     * numbers, comparators, due years, force and statuses a reviewer wants pinned by a fixture.
     */
    public static List<RuleInfo> changedRules(RuleFiles before, RuleSet after) {
        RuleIndex old = RuleIndex.of(before);
        List<RuleInfo> changed = new ArrayList<>();
        for (RuleInfo r : after.index().rules()) {
            RuleInfo was = old.find(r.pkg(), r.name());
            if (was == null || !ruleText(before, was).equals(ruleText(after.files(), r))) {
                changed.add(r);
            }
        }
        return changed;
    }

    private static String ruleText(RuleFiles files, RuleInfo r) {
        String[] lines = files.text(r.file()).split("\r?\n", -1);
        return String.join("\n", Arrays.asList(lines).subList(Math.max(0, r.line() - 1), Math.min(lines.length, r.endLine())));
    }

    private static String text(byte[] b) {
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    /** A longest-common-subsequence line diff, trimmed to the changes and their context. */
    static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\r?\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\r?\n", -1);
        // Common head and tail first: an edit touches a few lines of a long file, and the table is then small.
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        if ((long) n * m > 4_000_000L) {
            // A file rewritten end to end: shown as removed and added rather than paying for the whole table.
            List<Line> all = new ArrayList<>();
            for (int k = 0; k < a.length; k++) {
                all.add(new Line('-', k + 1, 0, a[k]));
            }
            for (int k = 0; k < b.length; k++) {
                all.add(new Line('+', 0, k + 1, b[k]));
            }
            return all;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> all = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            all.add(new Line(' ', k + 1, k + 1, a[k]));
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i].equals(b[head + j])) {
                all.add(new Line(' ', head + i + 1, head + j + 1, a[head + i]));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removed lines before added ones, as diff prints them.
                all.add(new Line('-', head + i + 1, 0, a[head + i]));
                i++;
            } else {
                all.add(new Line('+', 0, head + j + 1, b[head + j]));
                j++;
            }
        }
        for (int k = 0; k < tail; k++) {
            all.add(new Line(' ', a.length - tail + k + 1, b.length - tail + k + 1, a[a.length - tail + k]));
        }
        return trimmed(all);
    }

    private static List<Line> trimmed(List<Line> all) {
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).kind() != ' ') {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                out.add(all.get(k));
            }
        }
        return out;
    }

    private static List<StandardChange> standards(RuleIndex before, RuleIndex after) {
        List<StandardChange> changes = new ArrayList<>();
        for (RuleInfo b : after.rules()) {
            RuleInfo a = before.find(b.pkg(), b.name());
            if (a == null) {
                changes.add(change(null, b, "added"));
            } else if (!Objects.equals(standard(a), standard(b))) {
                changes.add(change(a, b, "changed"));
            }
        }
        for (RuleInfo a : before.rules()) {
            if (after.find(a.pkg(), a.name()) == null) {
                changes.add(change(a, null, "removed"));
            }
        }
        return changes;
    }

    private static List<String> standard(RuleInfo r) {
        RuleMetadata md = r.metadata();
        return List.of(md.comparator(), orEmpty(md.text(RuleMetadata.REQUIRED)), orEmpty(md.text(RuleMetadata.DUE)));
    }

    private static StandardChange change(RuleInfo a, RuleInfo b, String kind) {
        RuleInfo any = b != null ? b : a;
        List<String> before = a == null ? List.of("", "", "") : standard(a);
        List<String> after = b == null ? List.of("", "", "") : standard(b);
        String id = any.id() == null ? "-" : any.id();
        return new StandardChange(id, any.name(), any.file(), kind, before.get(0), before.get(1), before.get(2), after.get(0),
                after.get(1), after.get(2));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
