package educheck.checker.render;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.ResourceIndicator;
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

    /** A level's table ({@code report-grid.jte}): the indicators as columns, a row per school section in scope. */
    record GridLevel(String level, List<Head> heads, List<GridRow> rows) {
    }

    /** A column: the indicator's code, its catalogue name (the tooltip), its short name and what it requires. */
    record Head(String code, String name, String shortName, String standard) {
    }

    /** @param cells RES.1–7 then RES.8, each null where the section has no such finding */
    record GridRow(String unit, String name, List<Cell> cells) {
    }

    record Cell(String status, String title, String shown) {
    }

    /** Per level, one row per section in scope and one column per indicator; each cell its value and status. */
    static List<GridLevel> grid(Labels words, DistrictReport d) {
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
        List<GridLevel> levels = new ArrayList<>();
        byLevel.forEach((level, sections) -> {
            if (sections.isEmpty()) {
                return;
            }
            List<Head> heads = new ArrayList<>();
            for (ResourceIndicator i : ResourceIndicator.values()) {
                heads.add(new Head(i.code(), name(sections, i.code()), shortName(i, words), standard(sections, i.code(), words)));
            }
            List<GridRow> rows = new ArrayList<>();
            // Schools in the order of the submission, as the inspector knows them.
            for (String unit : d.names().keySet()) {
                Map<String, Finding> row = sections.get(unit + "/" + level);
                if (row == null) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (ResourceIndicator i : ResourceIndicator.values()) {
                    cells.add(cell(words, row.get(i.code()), false));
                }
                cells.add(cell(words, row.get("RES.8"), true));
                rows.add(new GridRow(unit, d.names().get(unit), cells));
            }
            levels.add(new GridLevel(level, heads, rows));
        });
        return levels;
    }

    private static Cell cell(Labels words, Finding f, boolean sixOfSeven) {
        if (f == null) {
            return null;
        }
        String shown = f.getActual() == null ? "—" : sixOfSeven ? words.value(f) + "/7" : words.value(f);
        return new Cell(f.getStatus().name(), words.of(f.getStatus()) + ": " + words.measure(f), shown);
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

    /**
     * A level's coefficients as bars against the limit ({@code report-coefficients.jte}); coordinates are written as
     * the chart needs them.
     */
    record BarChart(String level, String label, int width, int height, int left, List<BarRow> bars, String limitX, String limit) {
    }

    /** One indicator's bar: its label, the bar (its length, colour and tooltip) and the figure written after it. */
    record BarRow(int labelY, String label, String status, int barY, String width, String title, String textX, String text) {
    }

    /** One bar chart per level: each indicator's coefficient against the limit. */
    static List<BarChart> coefficients(Labels words, DistrictReport d) {
        Map<String, List<Finding>> byLevel = new LinkedHashMap<>();
        LEVELS.forEach(l -> byLevel.put(l, new ArrayList<>()));
        for (Finding f : d.findings()) {
            if (f.getId().equals("CN.CE.RES.9") && f.getSubject().contains("/")) {
                byLevel.computeIfAbsent(f.getSubject().substring(0, f.getSubject().indexOf('/')), l -> new ArrayList<>()).add(f);
            }
        }
        byLevel.values().removeIf(List::isEmpty);
        List<BarChart> charts = new ArrayList<>();
        byLevel.forEach((level, list) -> charts.add(bars(level, list, words)));
        return charts;
    }

    private static BarChart bars(String level, List<Finding> list, Labels words) {
        double limit = list.stream().filter(f -> f.getRequired() instanceof Number)
                .mapToDouble(f -> ((Number) f.getRequired()).doubleValue()).max().orElse(0.5);
        double top = Math.max(limit * 1.5, list.stream().filter(f -> f.getActual() instanceof Number)
                .mapToDouble(f -> ((Number) f.getActual()).doubleValue()).max().orElse(0) * 1.1);
        int labelWidth = 170;
        int barWidth = 250;
        int rowHeight = 22;
        int height = 24 + rowHeight * list.size();
        List<BarRow> bars = new ArrayList<>();
        int y = 20;
        for (Finding f : list) {
            String code = f.getSubject().substring(f.getSubject().indexOf('/') + 1);
            String label = code + " " + shortName(ResourceIndicator.byCode(code), words);
            if (f.getActual() instanceof Number n) {
                double w = Math.max(1, barWidth * n.doubleValue() / top);
                bars.add(new BarRow(y + 14, label, f.getStatus().name(), y + 3, oneDecimal(w),
                        words.of(f.getStatus()) + ": " + words.measure(f), oneDecimal(labelWidth + w + 4), words.value(f)));
            } else {
                bars.add(new BarRow(y + 14, label, f.getStatus().name(), y + 3, String.valueOf(barWidth), words.measure(f),
                        String.valueOf(labelWidth + 6), words.of(f.getStatus())));
            }
            y += rowHeight;
        }
        double x = labelWidth + barWidth * limit / top;
        return new BarChart(words.get(level), words.get(level) + " " + words.get("coefficients"), labelWidth + barWidth + 60, height,
                labelWidth, bars, oneDecimal(x), educheck.model.Figures.format(limit));
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
