package educheck.checker.render;

import educheck.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Escaping and the few pieces of markup the html reports share. */
final class Html {

    private Html() {
    }

    static String esc(Object value) {
        String s = String.valueOf(value == null ? "" : value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coloured status badge with its label. */
    static String badge(String status, String label) {
        return "<span class=\"badge " + esc(status) + "\">" + esc(label) + "</span>";
    }

    /** A small stacked bar of counts by status, with the counts in its tooltip. */
    static String bar(Map<Status, Integer> counts, Labels words) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder title = new StringBuilder();
        StringBuilder out = new StringBuilder("<div class=\"bar\" role=\"img\" title=\"");
        StringBuilder spans = new StringBuilder();
        for (Status s : Status.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0 && total > 0) {
                spans.append("<span class=\"").append(s.name()).append("\" style=\"width:")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * n / total)).append("%\"></span>");
                title.append(words.of(s)).append(' ').append(n).append("  ");
            }
        }
        return out.append(esc(title.toString().trim())).append("\">").append(spans).append("</div>").toString();
    }

    /** The report's style sheet, inlined so the file opens offline. */
    static String css() {
        try (InputStream in = Html.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the educheck jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens every district before printing, so a printed report shows them all; the buttons marked
     * {@code data-open-all} open or close them. Wired with listeners, not onclick attributes, so the web
     * application can serve the same script as a file under a Content-Security-Policy without inline script.
     */
    static final String SCRIPT = """
            function educheckOpenAll(open) {
              document.querySelectorAll('details.district').forEach(function (d) { d.open = open; });
            }
            window.addEventListener('beforeprint', function () { educheckOpenAll(true); });
            document.addEventListener('DOMContentLoaded', function () {
              document.querySelectorAll('button[data-open-all]').forEach(function (b) {
                b.addEventListener('click', function () { educheckOpenAll(b.getAttribute('data-open-all') === 'true'); });
              });
            });
            """;
}
