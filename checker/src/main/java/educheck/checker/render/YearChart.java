package educheck.checker.render;

import gg.jte.Content;
import gg.jte.html.HtmlTemplateOutput;
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

    /** The chart as {@code year-chart.jte} draws it; coordinates are written as the picture needs them. */
    record Drawing(String caption, String label, List<Year> years, Requirement requirement, String values, List<Dot> dots) {
    }

    record Year(String x, int year) {
    }

    /**
     * The dashed requirement line, labelled at its end; {@code earlier} labels each figure it changed from, at the
     * last year it held.
     */
    record Requirement(String points, String x, String y, String label, List<Label> earlier) {
    }

    record Label(String x, String y, String label) {
    }

    /** A year's value: the point (its tooltip says year, value and status) and the figure written above it. */
    record Dot(String x, String y, String colour, String title, String textY, String value) {
    }

    /** A {@code <figure class="chart">} with {@code caption} above the chart of {@code points} (oldest first). */
    public static String figure(String caption, List<Point> points) {
        StringBuilder out = new StringBuilder(2048);
        JteyearchartGenerated.render(HtmlOutput.to(out), null, drawing(caption, points));
        return out.toString();
    }

    /** The same figure, for a template to place: {@code ${chart}}. */
    public static Content content(String caption, List<Point> points) {
        Drawing drawing = drawing(caption, points);
        return output -> JteyearchartGenerated.render((HtmlTemplateOutput) output, null, drawing);
    }

    private static Drawing drawing(String caption, List<Point> points) {
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
        List<Year> years = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        List<double[]> requirement = new ArrayList<>();
        String lastRequirement = null;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = x(i, points.size());
            years.add(new Year(oneDecimal(x), p.year()));
            if (p.value() != null) {
                double y = y(p.value(), lo, hi);
                values.append(values.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                dots.add(new Dot(oneDecimal(x), oneDecimal(y), colour(p.status()),
                        p.year() + ": " + number(p.value()) + (p.status() == null ? "" : " " + p.status()), oneDecimal(y - 6),
                        number(p.value())));
            }
            if (p.required() != null) {
                requirement.add(new double[] {x, y(p.required(), lo, hi)});
                lastRequirement = requirementLabel(p);
            }
        }
        Requirement line = null;
        if (!requirement.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            requirement.forEach(r -> joined.append(joined.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", r[0], r[1])));
            double[] first = requirement.get(0);
            double[] last = requirement.get(requirement.size() - 1);
            // One point is drawn as a short level line so the requirement is seen as a line, not a dot.
            String drawn = requirement.size() == 1 ? String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f", first[0] - 20, first[1],
                    first[0] + 20, first[1]) : joined.toString();
            line = new Requirement(drawn, oneDecimal(Math.max(last[0], requirement.size() == 1 ? first[0] + 20 : last[0]) + 4),
                    oneDecimal(last[1] + 3.5), lastRequirement, changedRequirements(points, lo, hi));
        }
        String label = caption + (lastRequirement == null ? "" : " (" + lastRequirement + ")");
        return new Drawing(caption, label, years, line, values.length() == 0 ? null : values.toString(), dots);
    }

    /** Where the requirement changed from one year to the next, the earlier figure is written at its last year too. */
    private static List<Label> changedRequirements(List<Point> points, double lo, double hi) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            Point p = points.get(i);
            Point next = points.get(i + 1);
            if (p.required() != null && next.required() != null && !Objects.equals(requirementLabel(p), requirementLabel(next))) {
                labels.add(new Label(oneDecimal(x(i, points.size()) - 4), oneDecimal(y(p.required(), lo, hi) + 12), requirementLabel(p)));
            }
        }
        return labels;
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
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
