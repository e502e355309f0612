package educheck.checker.render;

import static educheck.checker.render.Html.badge;
import static educheck.checker.render.Html.esc;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One district in the html report: its verdict and standards, a summary by status and indicator group, the
 * failures first (grouped by school, those that do not decide the verdict marked), the resource grid and the
 * difference coefficients, the rectification list, what is not yet due or not assessed, and every finding.
 */
final class HtmlDistrict {

    private final PrintWriter out;
    private final Labels words;
    private final DistrictReport d;
    private final Predicate<Finding> deciding;

    private HtmlDistrict(PrintWriter out, Labels words, DistrictReport d) {
        this.out = out;
        this.words = words;
        this.d = d;
        this.deciding = d.deciding();
    }

    static void write(PrintWriter out, Labels words, DistrictReport d, boolean open) {
        new HtmlDistrict(out, words, d).write(open);
    }

    static String anchor(DistrictReport d) {
        return "d-" + d.code() + "-" + d.year();
    }

    private void write(boolean open) {
        out.printf("<section class=\"district card\" id=\"%s\">%n<details class=\"district\"%s>%n", anchor(d), open ? " open" : "");
        out.printf("<summary>%s <h2>%s %s</h2> <span class=\"muted\">%d · %s: %s · %s</span></summary>%n",
                badge(d.verdict().name(), words.of(d.verdict())), esc(d.code()), esc(d.name()), d.year(),
                esc(words.get("ruleSets")), esc(String.join(" › ", d.jurisdictions())), esc(d.file()));
        standards();
        overview();
        findings(Status.FAIL, "failures");
        HtmlCharts.grid(out, words, d);
        HtmlCharts.coefficients(out, words, d);
        rectification();
        findings(Status.WARN, "warnings");
        findings(Status.SHORT_OF_AIM, "shortOfAim");
        findings(Status.NOT_ASSESSED, "notAssessed");
        findings(Status.WAIVED, "WAIVED");
        everything();
        out.println("</details>\n</section>");
        out.flush();
    }

    private void standards() {
        out.printf("<h3>%s</h3>%n<table><tbody>%n", esc(words.get("standards")));
        for (StandardVerdict s : d.standards()) {
            out.printf("<tr><td class=\"id\">%s</td><td>%s</td><td>%s%s</td><td>%s</td><td class=\"muted\">%s</td></tr>%n",
                    esc(s.getStandard()), badge(s.getVerdict().name(), words.of(s.getVerdict())), esc(s.getTitle()),
                    s.isDraft() ? " " + badge("DRAFT", words.get(s.decides() ? "draftDeciding" : "draftAdvisory")) : "",
                    Html.bar(s.getCounts(), words), esc(counts(s.getCounts())));
        }
        out.println("</tbody></table>");
    }

    /** Counts by status, then a table of counts by indicator group with a bar each. */
    private void overview() {
        Map<Status, Integer> all = d.countByStatus();
        out.printf("<h3>%s</h3>%n<div class=\"counts\">", esc(words.get("overview")));
        for (Status s : Status.values()) {
            out.print(badge(s.name(), words.of(s) + " " + all.getOrDefault(s, 0)));
        }
        out.println("</div>");
        Map<String, Map<Status, Integer>> byGroup = new TreeMap<>(IndicatorGroup.ORDER);
        for (Finding f : d.findings()) {
            byGroup.computeIfAbsent(IndicatorGroup.of(f.getId()), g -> new EnumMap<>(Status.class)).merge(f.getStatus(), 1, Integer::sum);
        }
        out.printf("<table><thead><tr><th>%s</th>", esc(words.get("byGroup")));
        for (Status s : Status.values()) {
            out.printf("<th class=\"num\">%s</th>", esc(words.of(s)));
        }
        out.println("<th></th></tr></thead><tbody>");
        byGroup.forEach((group, counts) -> {
            out.printf("<tr><td>%s <span class=\"id\">%s</span></td>", esc(IndicatorGroup.name(group, words)), esc(group));
            for (Status s : Status.values()) {
                int n = counts.getOrDefault(s, 0);
                out.printf("<td class=\"num\">%s</td>", n == 0 ? "·" : n > 0 && s != Status.PASS ? badge(s.name(), String.valueOf(n)) : n);
            }
            out.printf("<td>%s</td></tr>%n", Html.bar(counts, words));
        });
        out.println("</tbody></table>");
    }

    /** The findings of one status in a table, grouped by school with district-wide ones last. */
    private void findings(Status status, String heading) {
        Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
        d.names().keySet().forEach(id -> byUnit.put(id, new ArrayList<>()));
        List<Finding> districtWide = new ArrayList<>();
        for (Finding f : d.findings()) {
            if (f.is(status)) {
                String unit = d.unitOf(f);
                (unit == null ? districtWide : byUnit.get(unit)).add(f);
            }
        }
        if (districtWide.isEmpty() && byUnit.values().stream().allMatch(List::isEmpty)) {
            if (status == Status.FAIL) {
                out.printf("<h3>%s</h3><p class=\"muted\">%s</p>%n", esc(words.get(heading)), esc(words.get("noFailures")));
            }
            return;
        }
        out.printf("<h3>%s</h3>%n", esc(words.get(heading)));
        if (status == Status.FAIL && d.findings().stream().anyMatch(f -> f.is(status) && !deciding.test(f))) {
            out.printf("<p class=\"muted\">%s</p>%n", esc(words.get("notDecidingLegend")));
        }
        out.printf("<table>%s<tbody>%n", head());
        byUnit.forEach((unit, list) -> {
            if (!list.isEmpty()) {
                out.printf("<tr class=\"unit\"><th colspan=\"5\">%s %s</th></tr>%n", esc(unit), esc(d.names().get(unit)));
                list.forEach(this::row);
            }
        });
        if (!districtWide.isEmpty()) {
            out.printf("<tr class=\"unit\"><th colspan=\"5\">%s</th></tr>%n", esc(words.get("districtWide")));
            districtWide.forEach(this::row);
        }
        out.println("</tbody></table>");
    }

    private String head() {
        return "<thead><tr><th>" + esc(words.get("col.id")) + "</th><th>" + esc(words.get("col.subject")) + "</th><th>"
                + esc(words.get("col.indicator")) + "</th><th>" + esc(words.get("col.value")) + "</th><th>"
                + esc(words.get("col.source")) + "</th></tr></thead>";
    }

    private void row(Finding f) {
        boolean notDeciding = f.is(Status.FAIL) && !deciding.test(f);
        String reason = Labels.messageTail(f);
        String extra = f.getActual() != null && !Labels.onlyRepeatsTheFigures(reason)
                ? "<div class=\"src\">" + esc(words.reason(reason)) + "</div>" : "";
        out.printf("<tr class=\"row-%s%s\"><td class=\"id\">%s</td><td class=\"id\">%s</td><td>%s%s</td><td>%s %s%s</td>"
                        + "<td class=\"src\">%s<br>%s</td></tr>%n",
                f.getStatus().name(), notDeciding ? " not-deciding" : "", esc(f.getId()), esc(f.getSubject()),
                esc(words.nameOf(f)), notDeciding ? " <span class=\"tag\">◇ " + esc(words.get("notDeciding")) + "</span>"
                        : f.isDraft() ? " <span class=\"tag\">" + esc(words.get("draftText")) + "</span>" : "",
                badge(f.getStatus().name(), words.of(f.getStatus())), esc(words.measure(f)), extra,
                esc(f.getSource()), esc(f.getRule()));
    }

    private void rectification() {
        if (d.rectification().isEmpty()) {
            return;
        }
        out.printf("<h3>%s</h3>%n<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th class=\"num\">%s</th></tr></thead><tbody>%n",
                esc(words.get("rectificationHeading")), esc(words.get("col.id")), esc(words.get("col.subject")),
                esc(words.get("col.task")), esc(words.get("gap")));
        for (TaskList.Group g : TaskList.of(d, words)) {
            out.printf("<tr class=\"unit\"><th colspan=\"4\">%s</th></tr>%n",
                    esc(g.unit() == null ? g.name() : g.unit() + " " + g.name()));
            for (TaskList.Task t : g.tasks()) {
                out.printf("<tr><td class=\"id\">%s</td><td class=\"id\">%s</td><td%s>%s</td><td class=\"num\">%s</td></tr>%n",
                        esc(t.item().id()), esc(t.item().subject()), t.item().plan() != null ? " class=\"task-plan\"" : "",
                        esc(t.text()), Math.round(t.item().gap() * 100) + " %");
            }
        }
        out.println("</tbody></table>");
    }

    /** Every finding, PASS included, folded away: an inspector can see what was checked. */
    private void everything() {
        out.printf("<details class=\"more\"><summary>%s</summary>%n<table>%s<tbody>%n",
                esc(String.format(words.get("allFindings"), d.findings().size())), head());
        d.findings().forEach(this::row);
        out.println("</tbody></table></details>");
    }

    private String counts(Map<Status, Integer> counts) {
        StringBuilder b = new StringBuilder();
        for (Status s : Status.values()) {
            b.append(b.length() == 0 ? "" : " · ").append(words.of(s)).append(' ').append(counts.getOrDefault(s, 0));
        }
        return b.toString();
    }
}
