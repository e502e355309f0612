package educheck.checker;

import educheck.model.Finding;
import java.util.Comparator;

/** Catalogue order: CN.CE.RES.2 before CN.CE.RES.10, then by subject and due year, numbers compared as numbers. */
public final class FindingOrder {

    public static final Comparator<Finding> CATALOGUE = Comparator.comparing(Finding::getId, FindingOrder::natural)
            .thenComparing(Finding::getSubject, FindingOrder::natural)
            .thenComparing(Finding::getDue, Comparator.nullsFirst(Comparator.naturalOrder()));

    private FindingOrder() {
    }

    /** Compares runs of digits by value and everything else by character. */
    public static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))),
                        Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (c != 0) {
                    return c;
                }
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
}
