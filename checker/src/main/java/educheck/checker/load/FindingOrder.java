package educheck.checker.load;

import educheck.model.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
     * Sorts in {@link #CATALOGUE} order. A national run sorts millions of findings, so each distinct id, subject and
     * due year is ranked once (a district has a few hundred subjects and a few dozen ids against some 1,600
     * findings), and the findings are sorted by one packed number: rank of id, of subject, of due year, then the
     * finding's place in the list. Only findings alike in all three ranks are then compared by {@link #tieBreak}.
     */
    public static void sort(List<Finding> findings) {
        int n = findings.size();
        if (n < 2) {
            return;
        }
        Ranks<String, String> ids = new Ranks<>(FindingOrder::idKey);
        Ranks<String, String> subjects = new Ranks<>(s -> s == null ? null : naturalKey(s));
        Ranks<Integer, Integer> dues = new Ranks<>(d -> d);
        int[] id = new int[n];
        int[] subject = new int[n];
        int[] due = new int[n];
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            id[i] = ids.slot(f.getId());
            subject[i] = subjects.slot(f.getSubject());
            due[i] = dues.slot(f.getDue());
        }
        int[] idRank = ids.rank();
        int[] subjectRank = subjects.rank();
        int[] dueRank = dues.rank();
        int indexBits = bits(n);
        int dueBits = bits(dueRank.length);
        int subjectBits = bits(subjectRank.length);
        if (bits(idRank.length) + subjectBits + dueBits + indexBits > 63) {
            // Past what one long holds (hundreds of millions of findings in one district): compare objects instead.
            findings.sort(CATALOGUE);
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long group = (((long) idRank[id[i]] << subjectBits | subjectRank[subject[i]]) << dueBits) | dueRank[due[i]];
            keys[i] = group << indexBits | i;
        }
        Arrays.sort(keys);
        Finding[] sorted = new Finding[n];
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            sorted[i] = findings.get((int) (keys[i] & mask));
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && keys[end] >>> indexBits == keys[start] >>> indexBits) {
                end++;
            }
            if (end - start > 1) {
                Arrays.sort(sorted, start, end, FindingOrder::tieBreak);
            }
            start = end;
        }
        for (int i = 0; i < n; i++) {
            findings.set(i, sorted[i]);
        }
    }

    /** Bits needed to hold the numbers 0 to count - 1. */
    private static int bits(int count) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(count - 1, 1)));
    }

    /**
     * The distinct values of one field in the order they are first met (their slots), then ranked by their keys:
     * values whose keys compare equal ("K7" and "K0007") share a rank, as {@link #natural} compares them equal. A
     * null key ranks first. The keys are sorted in their own natural order (String or Integer) and each rank found
     * by binary search, rather than sorting slots with a comparator: the JDK's comparator sort is shared by every
     * caller, and each new comparator type it meets makes the JIT throw its compiled code away and compile it
     * again (a national run compiled its merge steps two dozen times).
     */
    private static final class Ranks<T, K extends Comparable<K>> {
        private final Map<T, Integer> slots = new HashMap<>();
        private final List<T> values = new ArrayList<>();
        private final Function<T, K> keyOf;

        Ranks(Function<T, K> keyOf) {
            this.keyOf = keyOf;
        }

        int slot(T value) {
            Integer slot = slots.get(value);
            if (slot == null) {
                slot = values.size();
                slots.put(value, slot);
                values.add(value);
            }
            return slot;
        }

        /** Rank by slot. */
        int[] rank() {
            int size = values.size();
            List<K> keys = new ArrayList<>(size);
            List<K> distinct = new ArrayList<>(size);
            boolean nullKey = false;
            for (T value : values) {
                K key = keyOf.apply(value);
                keys.add(key);
                if (key == null) {
                    nullKey = true;
                } else {
                    distinct.add(key);
                }
            }
            distinct.sort(null);
            int m = 0;
            for (K key : distinct) {
                if (m == 0 || distinct.get(m - 1).compareTo(key) != 0) {
                    distinct.set(m++, key);
                }
            }
            List<K> sorted = distinct.subList(0, m);
            int first = nullKey ? 1 : 0;
            int[] rank = new int[size];
            for (int i = 0; i < size; i++) {
                K key = keys.get(i);
                rank[i] = key == null ? 0 : first + Collections.binarySearch(sorted, key);
            }
            return rank;
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
