package educheck.generator;

/**
 * Writes submission XML into a StringBuilder: elements, attributes, numbers without exponent or float noise.
 * Much faster than a StAX writer for the national data set, and the tests read every file back with the
 * schema applied, so nothing malformed goes unnoticed.
 */
final class Xml {

    private final StringBuilder out;
    private boolean openTag;

    Xml(StringBuilder out) {
        this.out = out;
    }

    Xml open(String indent, String element) {
        closeTag();
        out.append(indent).append('<').append(element);
        openTag = true;
        return this;
    }

    /** An attribute; left out when {@code value} is null ("not reported"). */
    Xml attr(String name, Object value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            text(value);
            out.append('"');
        }
        return this;
    }

    /** Ends the start tag of an element that has children. */
    Xml children() {
        out.append(">\n");
        openTag = false;
        return this;
    }

    /** Ends an element without children. */
    Xml end() {
        out.append("/>\n");
        openTag = false;
        return this;
    }

    Xml close(String indent, String element) {
        closeTag();
        out.append(indent).append("</").append(element).append(">\n");
        return this;
    }

    /** {@code <name>value</name>} on one line; nothing when {@code value} is null. */
    Xml element(String indent, String name, Object value) {
        if (value != null) {
            closeTag();
            out.append(indent).append('<').append(name).append('>');
            text(value);
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    Xml raw(String text) {
        closeTag();
        out.append(text);
        return this;
    }

    private void closeTag() {
        if (openTag) {
            children();
        }
    }

    private void text(Object value) {
        if (value instanceof Double d) {
            out.append(number(d));
        } else if (value instanceof String s) {
            escape(s);
        } else {
            out.append(value);
        }
    }

    /** Whole numbers without ".0"; others as Java's shortest decimal (the generator rounds them first). */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new java.math.BigDecimal(Double.toString(d)).toPlainString();
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
