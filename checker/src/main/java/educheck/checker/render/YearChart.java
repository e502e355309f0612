package educheck.checker.render;

import static educheck.checker.render.Html.esc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One indicator year by year as a small inline-SVG line chart, drawn the same for {@code educheck history --format
 * html} and the web's district page. The picture says what it shows without script or hover, so it reads on paper:
 * each year's value is written at its point (coloured by status), the requirement is a dashed line labelled with its
 * comparator and figure ({@code ≥ 1}), and the years run along the bottom. Colours are attributes, not a style
 * sheet, so the chart keeps them wherever it is pasted or printed.
 */
public final class YearChart {

    /** One year: value and requirement are null when the finding had no number (or there was no finding). */
    public record Point(int year, Double value, String status, Double required, String comparator) {
    }

    static final int WIDTH = 300;
    static final int HEIGHT = 130;
    private static final int LEFT = 24;
    private static final int RIGHT = 64;
    private static final int TOP = 18;
    private static final int BOTTOM = 20;

    private YearChart() {
    }

    /** A {@code <figure class="chart">} with {@code caption} above the chart of {@code points} (oldest first). */
    public static String figure(String caption, List<Point> points) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Point p : points) {
            for (Double v : new Double[] {p.value(), p.required()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (lo > 0) {
            // From zero, so a value's distance from its requirement is drawn to scale: 1.02 against ≥ 1 sits on the
            // line, 8 against ≥ 3 far above it (each chart's own min–max drew both as far apart).
            lo = 0;
        }
        if (hi - lo < 1e-9) {
            // A flat line sits in the middle rather than on an edge.
            lo -= 0.5;
            hi += 0.5;
        }
        StringBuilder svg = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        List<double[]> requirement = new ArrayList<>();
        String lastRequirement = null;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = x(i, points.size());
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">%d</text>",
                    x, HEIGHT - 5, p.year()));
            if (p.value() != null) {
                double y = y(p.value(), lo, hi);
                values.append(values.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                dots.append(String.format(Locale.ROOT, "<circle class=\"pt\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s</title></circle>",
                        x, y, colour(p.status()), esc(p.year() + ": " + number(p.value()) + (p.status() == null ? "" : " " + p.status()))));
                dots.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"10\""
                        + " fill=\"%s\">%s</text>", x, y - 6, colour(p.status()), esc(number(p.value()))));
            }
            if (p.required() != null) {
                requirement.add(new double[] {x, y(p.required(), lo, hi)});
                lastRequirement = requirementLabel(p);
            }
        }
        if (!requirement.isEmpty()) {
            StringBuilder line = new StringBuilder();
            requirement.forEach(r -> line.append(line.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", r[0], r[1])));
            double[] first = requirement.get(0);
            double[] last = requirement.get(requirement.size() - 1);
            // One point is drawn as a short level line so the requirement is seen as a line, not a dot.
            String points2 = requirement.size() == 1 ? String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f", first[0] - 20, first[1],
                    first[0] + 20, first[1]) : line.toString();
            svg.append("<polyline class=\"req\" fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\" points=\"")
                    .append(points2).append("\"/>");
            svg.append(String.format(Locale.ROOT, "<text class=\"req-label\" x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#c62828\">%s</text>",
                    Math.max(last[0], requirement.size() == 1 ? first[0] + 20 : last[0]) + 4, last[1] + 3.5, esc(lastRequirement)));
            svg.append(changedRequirements(points, lo, hi));
        }
        if (values.length() > 0) {
            svg.append("<polyline class=\"val\" fill=\"none\" stroke=\"#1f3b57\" stroke-width=\"2\" points=\"").append(values).append("\"/>");
        }
        svg.append(dots);
        String label = caption + (lastRequirement == null ? "" : " (" + lastRequirement + ")");
        return "<figure class=\"chart\"><figcaption class=\"id\">" + esc(caption) + "</figcaption>"
                + String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                        + " font-family=\"sans-serif\">", WIDTH, HEIGHT, WIDTH, HEIGHT, esc(label))
                + svg + "</svg></figure>\n";
    }

    /** Where the requirement changed from one year to the next, the earlier figure is written at its last year too. */
    private static String changedRequirements(List<Point> points, double lo, double hi) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < points.size(); i++) {
            Point p = points.get(i);
            Point next = points.get(i + 1);
            if (p.required() != null && next.required() != null && !Objects.equals(requirementLabel(p), requirementLabel(next))) {
                s.append(String.format(Locale.ROOT, "<text class=\"req-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" font-size=\"10\""
                        + " fill=\"#c62828\">%s</text>", x(i, points.size()) - 4, y(p.required(), lo, hi) + 12, esc(requirementLabel(p))));
            }
        }
        return s.toString();
    }

    static String requirementLabel(Point p) {
        return (symbol(p.comparator()) + " " + number(p.required())).strip();
    }

    static String symbol(String comparator) {
        if (comparator == null) {
            return "";
        }
        return switch (comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "==" -> "=";
            case "!=" -> "≠";
            default -> comparator;
        };
    }

    /** A figure as a person writes it: at most four significant digits, no trailing zeros. */
    static String number(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String colour(String status) {
        if (status == null) {
            return "#1f3b57";
        }
        return switch (status) {
            case "FAIL" -> "#c62828";
            case "PASS" -> "#2e7d32";
            case "WARN" -> "#b26a00";
            case "SHORT_OF_AIM" -> "#6d4c8d";
            default -> "#555";
        };
    }

    private static double x(int i, int n) {
        return n == 1 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + i * (WIDTH - LEFT - RIGHT) / (double) (n - 1);
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - lo) / (hi - lo));
    }
}
