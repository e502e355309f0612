package educheck.checker.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where a jte template writes: its own markup as it is, every {@code ${…}} escaped. The escaping is the reports'
 * since before templates ({@code < > & " '} everywhere, in text and attributes alike), so a page reads the same
 * bytes, and a value is safe wherever a template puts it. A link attribute refuses a script URL outright.
 */
public final class HtmlOutput implements HtmlTemplateOutput {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction");

    private final Appendable out;
    private String attribute;

    private HtmlOutput(Appendable out) {
        this.out = out;
    }

    public static HtmlOutput to(Writer out) {
        return new HtmlOutput(out);
    }

    public static HtmlOutput to(StringBuilder out) {
        return new HtmlOutput(out);
    }

    /**
     * A layout's text before and after its body, for a page whose body is written in parts as they come (a report
     * streamed district by district): the layout is rendered once with a body that only marks where it stands.
     */
    public record Frame(String before, String after) {

        public static Frame of(BiConsumer<HtmlOutput, Content> layout) {
            StringBuilder page = new StringBuilder();
            int[] at = {-1};
            layout.accept(to(page), output -> at[0] = page.length());
            if (at[0] < 0) {
                throw new IllegalStateException("the layout has no place for its body");
            }
            return new Frame(page.substring(0, at[0]), page.substring(at[0]));
        }
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        this.attribute = attributeName;
    }

    @Override
    public void writeContent(String value) {
        append(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        try {
            out.append(value, beginIndex, endIndex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (attribute != null && URL_ATTRIBUTES.contains(attribute) && isScriptUrl(value)) {
            throw new IllegalArgumentException("a script URL in " + attribute);
        }
        escape(value, this);
    }

    private static boolean isScriptUrl(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:");
    }

    /** Writes {@code s} with the five characters that mean markup replaced by their references. */
    static void escape(String s, TemplateOutput out) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String ref = switch (s.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (ref != null) {
                out.writeContent(s, from, i);
                out.writeContent(ref);
                from = i + 1;
            }
        }
        out.writeContent(s, from, s.length());
    }

    private void append(String value) {
        try {
            out.append(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
