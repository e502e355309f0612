package educheck.checker;

import educheck.model.Finding;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Catalogue order: CN.CE.RES.2 before CN.CE.RES.10, then by subject and due year, numbers compared as numbers. */
public final class FindingOrder {

    public static final Comparator<Finding> CATALOGUE = Comparator.comparing(Finding::getId, FindingOrder::natural)
            .thenComparing(Finding::getSubject, FindingOrder::natural)
            .thenComparing(Finding::getDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FindingOrder::tieBreak);

    /**
     * Findings alike in id, subject and due year (two rules reporting one indicator, say) are ordered by rule name,
     * then message: the engine hands findings back in an order that varies from run to run (its fact store is
     * keyed by identity), and the same input must always give the same report.
     */
    private static int tieBreak(Finding a, Finding b) {
        int c = TEXT.compare(a.getRuleName(), b.getRuleName());
        return c != 0 ? c : TEXT.compare(a.getMessage(), b.getMessage());
    }

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    private FindingOrder() {
    }

    /**
     * Natural-order keys of catalogue ids, kept across districts: a few hundred ids recur in every district.
     * Subjects are keyed per call instead: school ids are often unique in the country, so a shared cache of them
     * would only churn.
     */
    private static final Map<String, String> ID_KEYS = new ConcurrentHashMap<>();
    /** Past this many ids (a rules folder that makes ids up as it goes) the cache starts again, so it stays bounded. */
    private static final int MAX_ID_KEYS = 10_000;

    /**
     * Sorts in {@link #CATALOGUE} order, computing each key once: a national run sorts millions of findings, and
     * comparing strings digit run by digit run on every comparison was a tenth of its time.
     */
    static void sort(List<Finding> findings) {
        Map<String, String> subjectKeys = new HashMap<>();
        Keyed[] keyed = new Keyed[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            Finding f = findings.get(i);
            keyed[i] = new Keyed(idKey(f.getId()), subjectKeys.computeIfAbsent(f.getSubject(), FindingOrder::naturalKey),
                    f.getDue() == null ? Integer.MIN_VALUE : f.getDue(), f);
        }
        Arrays.sort(keyed);
        for (int i = 0; i < keyed.length; i++) {
            findings.set(i, keyed[i].finding);
        }
    }

    private static String idKey(String id) {
        String k = ID_KEYS.get(id);
        if (k == null) {
            // Only on a miss, which is rare: size() of a ConcurrentHashMap adds up its counters every call.
            if (ID_KEYS.size() > MAX_ID_KEYS) {
                ID_KEYS.clear();
            }
            k = naturalKey(id);
            ID_KEYS.put(id, k);
        }
        return k;
    }

    private record Keyed(String id, String subject, int due, Finding finding) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed o) {
            int c = id.compareTo(o.id);
            if (c == 0) {
                c = subject.compareTo(o.subject);
            }
            if (c == 0) {
                c = Integer.compare(due, o.due);
            }
            return c != 0 ? c : tieBreak(finding, o.finding);
        }
    }

    /**
     * A string whose plain order is the {@link #natural} order of {@code s}: each run of digits, without leading
     * zeros, becomes '0', its length, then its digits. '0' stands for any digit against other characters, which
     * natural order also compares as digits, and a longer run (a larger number) sorts after a shorter one.
     */
    static String naturalKey(String s) {
        StringBuilder key = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                if (key != null) {
                    key.append(c);
                }
                i++;
                continue;
            }
            if (key == null) {
                key = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            while (i < s.length() - 1 && s.charAt(i) == '0' && isDigit(s.charAt(i + 1))) {
                i++;
            }
            int end = i;
            while (end < s.length() && isDigit(s.charAt(end))) {
                end++;
            }
            key.append('0').append((char) (end - i)).append(s, i, end);
            i = end;
        }
        return key == null ? s : key.toString();
    }

    /** Compares runs of digits by value and everything else by character; allocates nothing (it sorts millions). */
    public static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                while (i < a.length() - 1 && a.charAt(i) == '0' && isDigit(a.charAt(i + 1))) {
                    i++;
                }
                while (j < b.length() - 1 && b.charAt(j) == '0' && isDigit(b.charAt(j + 1))) {
                    j++;
                }
                int ei = i;
                int ej = j;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                // Without leading zeros, the longer run is the larger number; equal lengths compare digit by digit.
                if (ei - i != ej - j) {
                    return Integer.compare(ei - i, ej - j);
                }
                for (int k = 0; k < ei - i; k++) {
                    int c = Character.compare(a.charAt(i + k), b.charAt(j + k));
                    if (c != 0) {
                        return c;
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
