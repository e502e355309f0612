package educheck.checker.render;

/**
 * How many terminal columns a string takes: East Asian wide and fullwidth characters (汉字, fullwidth punctuation
 * such as （）：) take two, combining marks none, everything else one. Used to align tables that mix Chinese
 * names with numbers.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code s} padded with spaces to {@code width} columns (left-aligned), or cut with "…" when longer. */
    static String pad(String s, int width) {
        String fitted = fit(s, width);
        return fitted + " ".repeat(Math.max(0, width - of(fitted)));
    }

    /** Right-aligned in {@code width} columns. */
    static String padLeft(String s, int width) {
        String fitted = fit(s, width);
        return " ".repeat(Math.max(0, width - of(fitted))) + fitted;
    }

    /** At most {@code width} columns, ending in "…" when cut. */
    static String fit(String s, int width) {
        if (of(s) <= width) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}
