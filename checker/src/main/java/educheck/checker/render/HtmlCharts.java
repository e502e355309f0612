package educheck.checker.render;

import static educheck.checker.render.Html.esc;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.ResourceIndicator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two pictures of resource allocation in the html report: a school section × indicator grid of RES.1–7 (and
 * RES.8) coloured by status, and the difference coefficients (RES.9) as bars against their limit, in inline SVG.
 */
final class HtmlCharts {

    private static final List<String> LEVELS = List.of("PRIMARY", "JUNIOR");
    private static final String[] SHORT_ZH = {"高于规定学历教师", "骨干教师", "体育艺术教师", "教学及辅助用房", "体育运动场馆", "教学仪器设备值", "网络多媒体教室"};
    private static final String[] SHORT_EN = {"teachers above degree", "backbone teachers", "PE and art teachers", "teaching area",
        "sports area", "equipment value", "multimedia rooms"};

    private HtmlCharts() {
    }

    private static String shortName(ResourceIndicator i, Labels words) {
        return (words.zh() ? SHORT_ZH : SHORT_EN)[i.ordinal()];
    }

    /** Per level, one row per section in scope and one column per indicator; each cell its value and status. */
    static void grid(PrintWriter out, Labels words, DistrictReport d) {
        Map<String, Map<String, Map<String, Finding>>> byLevel = new LinkedHashMap<>();
        LEVELS.forEach(l -> byLevel.put(l, new LinkedHashMap<>()));
        for (Finding f : d.findings()) {
            String code = f.getId().startsWith("CN.CE.RES.") ? f.getId().substring(6) : null;
            int slash = f.getSubject().indexOf('/');
            if (code == null || code.equals("RES.9") || slash < 0 || d.unitOf(f) == null) {
                continue;
            }
            String level = f.getSubject().substring(slash + 1);
            byLevel.computeIfAbsent(level, l -> new LinkedHashMap<>())
                    .computeIfAbsent(f.getSubject(), s -> new LinkedHashMap<>()).put(code, f);
        }
        if (byLevel.values().stream().allMatch(Map::isEmpty)) {
            return;
        }
        out.printf("<h3>%s</h3>%n<div class=\"legend\">%s</div>%n", esc(words.get("grid")), esc(words.get("gridLegend")));
        byLevel.forEach((level, sections) -> {
            if (sections.isEmpty()) {
                return;
            }
            out.printf("<div class=\"grid-wrap\"><table class=\"grid\"><thead><tr><th>%s</th><th></th>", esc(words.get(level)));
            for (ResourceIndicator i : ResourceIndicator.values()) {
                out.printf("<th class=\"num\" title=\"%s\">%s<br><span class=\"muted\">%s</span></th>", esc(name(sections, i.code())),
                        esc(i.code()), esc(shortName(i, words)));
            }
            out.println("<th class=\"num\">RES.8<br><span class=\"muted\">6/7</span></th></tr>");
            out.print("<tr><th></th><th class=\"muted\">" + esc(words.get("required")) + "</th>");
            for (ResourceIndicator i : ResourceIndicator.values()) {
                out.printf("<th class=\"num muted\">%s</th>", esc(standard(sections, i.code(), words)));
            }
            out.println("<th class=\"num muted\">≥ 6</th></tr></thead><tbody>");
            // Schools in the order of the submission, as the inspector knows them.
            for (String unit : d.names().keySet()) {
                Map<String, Finding> row = sections.get(unit + "/" + level);
                if (row == null) {
                    continue;
                }
                out.printf("<tr><td class=\"id\">%s</td><td>%s</td>", esc(unit), esc(d.names().get(unit)));
                for (ResourceIndicator i : ResourceIndicator.values()) {
                    cell(out, words, row.get(i.code()), false);
                }
                cell(out, words, row.get("RES.8"), true);
                out.println("</tr>");
            }
            out.println("</tbody></table></div>");
        });
    }

    private static void cell(PrintWriter out, Labels words, Finding f, boolean sixOfSeven) {
        if (f == null) {
            out.print("<td class=\"cell none\">·</td>");
            return;
        }
        String shown = f.getActual() == null ? "—" : sixOfSeven ? words.value(f) + "/7" : words.value(f);
        out.printf("<td class=\"cell %s\" title=\"%s: %s\">%s</td>", f.getStatus().name(), esc(words.of(f.getStatus())),
                esc(words.measure(f)), esc(shown));
    }

    private static String name(Map<String, Map<String, Finding>> sections, String code) {
        return sections.values().stream().map(r -> r.get(code)).filter(f -> f != null && f.getName() != null)
                .map(Finding::getName).findFirst().orElse(code);
    }

    private static String standard(Map<String, Map<String, Finding>> sections, String code, Labels words) {
        return sections.values().stream().map(r -> r.get(code)).filter(f -> f != null && f.getRequired() != null)
                .map(f -> educheck.rules.Comparison.symbol(f.getComparator()) + " " + words.requiredValue(f))
                .findFirst().orElse("");
    }

    /** One bar chart per level: each indicator's coefficient against the limit. */
    static void coefficients(PrintWriter out, Labels words, DistrictReport d) {
        Map<String, List<Finding>> byLevel = new LinkedHashMap<>();
        LEVELS.forEach(l -> byLevel.put(l, new ArrayList<>()));
        for (Finding f : d.findings()) {
            if (f.getId().equals("CN.CE.RES.9") && f.getSubject().contains("/")) {
                byLevel.computeIfAbsent(f.getSubject().substring(0, f.getSubject().indexOf('/')), l -> new ArrayList<>()).add(f);
            }
        }
        byLevel.values().removeIf(List::isEmpty);
        if (byLevel.isEmpty()) {
            return;
        }
        out.printf("<h3>%s</h3>%n<div class=\"legend\">%s</div>%n<div class=\"charts\">%n", esc(words.get("coefficients")),
                esc(words.get("coefLegend")));
        byLevel.forEach((level, list) -> out.println(bars(level, list, words)));
        out.println("</div>");
    }

    private static String bars(String level, List<Finding> list, Labels words) {
        double limit = list.stream().filter(f -> f.getRequired() instanceof Number)
                .mapToDouble(f -> ((Number) f.getRequired()).doubleValue()).max().orElse(0.5);
        double top = Math.max(limit * 1.5, list.stream().filter(f -> f.getActual() instanceof Number)
                .mapToDouble(f -> ((Number) f.getActual()).doubleValue()).max().orElse(0) * 1.1);
        int labelWidth = 170;
        int barWidth = 250;
        int rowHeight = 22;
        int height = 24 + rowHeight * list.size();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<div class=\"chart\"><svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\">",
                labelWidth + barWidth + 60, height, esc(words.get(level) + " " + words.get("coefficients"))));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"12\" font-weight=\"600\">%s</text>", esc(words.get(level))));
        int y = 20;
        for (Finding f : list) {
            String code = f.getSubject().substring(f.getSubject().indexOf('/') + 1);
            String label = code + " " + shortName(ResourceIndicator.byCode(code), words);
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 14, esc(label)));
            if (f.getActual() instanceof Number n) {
                double w = Math.max(1, barWidth * n.doubleValue() / top);
                svg.append(String.format(Locale.ROOT, "<rect class=\"b-%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\"><title>%s</title></rect>",
                        f.getStatus().name(), labelWidth, y + 3, w, esc(words.of(f.getStatus()) + ": " + words.measure(f))));
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", labelWidth + w + 4, y + 14,
                        esc(words.value(f))));
            } else {
                svg.append(String.format(Locale.ROOT, "<rect class=\"b-%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\"><title>%s</title></rect>",
                        f.getStatus().name(), labelWidth, y + 3, barWidth, esc(words.measure(f))));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", labelWidth + 6, y + 14,
                        esc(words.of(f.getStatus()))));
            }
            y += rowHeight;
        }
        double x = labelWidth + barWidth * limit / top;
        svg.append(String.format(Locale.ROOT, "<line class=\"limit\" x1=\"%.1f\" y1=\"16\" x2=\"%.1f\" y2=\"%d\"/>", x, x, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"12\" text-anchor=\"middle\">≤ %s</text>", x,
                esc(educheck.model.Figures.format(limit))));
        return svg.append("</svg></div>").toString();
    }
}
