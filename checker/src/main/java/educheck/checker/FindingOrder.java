package educheck.checker;

import educheck.model.Finding;
import java.util.Comparator;

/** Catalogue order: CN.CE.RES.2 before CN.CE.RES.10, then by subject and due year, numbers compared as numbers. */
final class FindingOrder {

    static final Comparator<Finding> CATALOGUE = Comparator.comparing(Finding::getId, FindingOrder::natural)
            .thenComparing(Finding::getSubject, FindingOrder::natural)
            .thenComparing(Finding::getDue, Comparator.nullsFirst(Comparator.naturalOrder()));

    private FindingOrder() {
    }

    /** Compares runs of digits by value and everything else by character; allocates nothing (it sorts millions). */
    static int natural(String a, String b) {
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
