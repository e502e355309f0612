package educheck.checker.render;

import educheck.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Escaping and the few pieces of markup the html reports share. */
final class Html {

    private Html() {
    }

    static String esc(Object value) {
        String s = String.valueOf(value == null ? "" : value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        HtmlOutput.escape(s, HtmlOutput.to(out));
        return out.toString();
    }

    /** A coloured status badge with its label. */
    static String badge(String status, String label) {
        StringBuilder out = new StringBuilder();
        JtebadgeGenerated.render(HtmlOutput.to(out), null, status, label);
        return out.toString();
    }

    /** A small stacked bar of counts by status ({@code bar.jte}), with the counts in its tooltip. */
    record Bar(String title, List<Segment> segments) {
    }

    /** @param width the share of the bar, in per cent to two decimals */
    record Segment(String status, String width) {
    }

    static Bar bar(Map<Status, Integer> counts, Labels words) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder title = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (Status s : Status.values()) {
            int n = counts.getOrDefault(s, 0);
            if (n > 0 && total > 0) {
                segments.add(new Segment(s.name(), String.format(Locale.ROOT, "%.2f", 100.0 * n / total)));
                title.append(words.of(s)).append(' ').append(n).append("  ");
            }
        }
        return new Bar(title.toString().trim(), segments);
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
