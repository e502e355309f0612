package educheck.checker.render;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One district in the html report ({@code report-district.jte}): its verdict and standards, a summary by status and
 * indicator group, the failures first (grouped by school, those that do not decide the verdict marked), the resource
 * grid and the difference coefficients, the rectification list, what is not yet due or not assessed, and every
 * finding. This class sorts the findings into what the template shows; the template writes them.
 */
final class HtmlDistrict {

    /** What the district's template shows, in its order. */
    record View(Map<Status, Integer> all, Map<String, Map<Status, Integer>> groups, Table failures,
                List<HtmlCharts.GridLevel> grid, List<HtmlCharts.BarChart> coefficients, List<TaskList.Group> tasks,
                List<Table> others, List<Row> everything) {
    }

    /**
     * The findings of one status, by school with district-wide ones last ({@code report-findings.jte}).
     *
     * @param notDecidingLegend some failure in it does not decide the verdict by itself
     */
    record Table(String heading, boolean notDecidingLegend, List<Unit> units) {

        boolean empty() {
            return units.isEmpty();
        }
    }

    record Unit(String title, List<Row> rows) {
    }

    /** @param reason the finding's explanation when it says more than its figures, else null */
    record Row(Finding finding, boolean notDeciding, String reason) {
    }

    private final Labels words;
    private final DistrictReport d;
    private final Predicate<Finding> deciding;

    private HtmlDistrict(Labels words, DistrictReport d) {
        this.words = words;
        this.d = d;
        this.deciding = d.deciding();
    }

    static void write(HtmlOutput out, Labels words, DistrictReport d, boolean open) {
        JtereportdistrictGenerated.render(out, null, words, d, new HtmlDistrict(words, d).view(), open);
    }

    static String anchor(DistrictReport d) {
        return "d-" + d.code() + "-" + d.year();
    }

    private View view() {
        Map<String, Map<Status, Integer>> byGroup = new TreeMap<>(IndicatorGroup.ORDER);
        for (Finding f : d.findings()) {
            byGroup.computeIfAbsent(IndicatorGroup.of(f.getId()), g -> new EnumMap<>(Status.class)).merge(f.getStatus(), 1, Integer::sum);
        }
        List<Table> others = List.of(table(Status.WARN, "warnings"), table(Status.SHORT_OF_AIM, "shortOfAim"),
                table(Status.NOT_ASSESSED, "notAssessed"), table(Status.WAIVED, "WAIVED"));
        return new View(d.countByStatus(), byGroup, table(Status.FAIL, "failures"), HtmlCharts.grid(words, d),
                HtmlCharts.coefficients(words, d), d.rectification().isEmpty() ? List.of() : TaskList.of(d, words), others,
                d.findings().stream().map(this::row).toList());
    }

    /** The findings of one status, grouped by school with district-wide ones last. */
    private Table table(Status status, String heading) {
        Map<String, List<Row>> byUnit = new LinkedHashMap<>();
        d.names().keySet().forEach(id -> byUnit.put(id, new ArrayList<>()));
        List<Row> districtWide = new ArrayList<>();
        for (Finding f : d.findings()) {
            if (f.is(status)) {
                String unit = d.unitOf(f);
                (unit == null ? districtWide : byUnit.get(unit)).add(row(f));
            }
        }
        List<Unit> units = new ArrayList<>();
        byUnit.forEach((unit, rows) -> {
            if (!rows.isEmpty()) {
                units.add(new Unit(unit + " " + Objects.toString(d.names().get(unit), ""), rows));
            }
        });
        if (!districtWide.isEmpty()) {
            units.add(new Unit(words.get("districtWide"), districtWide));
        }
        boolean legend = status == Status.FAIL && d.findings().stream().anyMatch(f -> f.is(status) && !deciding.test(f));
        return new Table(heading, legend, units);
    }

    private Row row(Finding f) {
        String reason = Labels.messageTail(f);
        boolean explains = f.getActual() != null && !Labels.onlyRepeatsTheFigures(reason);
        return new Row(f, f.is(Status.FAIL) && !deciding.test(f), explains ? words.reason(reason) : null);
    }

    /** Counts by status in words: 通过 12 · 未通过 3 · … */
    static String counts(Map<Status, Integer> counts, Labels words) {
        StringBuilder b = new StringBuilder();
        for (Status s : Status.values()) {
            b.append(b.length() == 0 ? "" : " · ").append(words.of(s)).append(' ').append(counts.getOrDefault(s, 0));
        }
        return b.toString();
    }
}
