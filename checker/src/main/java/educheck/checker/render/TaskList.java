package educheck.checker.render;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RectificationItem;
import educheck.checker.report.RectificationItem.CoefficientPlan;
import educheck.checker.report.RectificationItem.Pull;
import educheck.model.Finding;
import educheck.model.ResourceIndicator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A district's rectification list (整改任务清单) as the human reports show it: grouped by school (district-wide
 * items in a group of their own), the group with the largest gap first and, inside a group, the largest gap first;
 * each item worded with the indicator it is about.
 */
final class TaskList {

    /**
     * @param addressed the finding the item makes pass (the coefficient for a school's share of a coefficient)
     * @param text      what to do, in the report language
     */
    record Task(RectificationItem item, Finding addressed, String indicator, String text) {
    }

    /** @param unit the school or kindergarten id, or null for district-wide items */
    record Group(String unit, String name, List<Task> tasks) {

        double gap() {
            return tasks.stream().mapToDouble(t -> t.item().gap()).max().orElse(0);
        }
    }

    private TaskList() {
    }

    static List<Group> of(DistrictReport d, Labels words) {
        Map<String, Finding> bySubject = new HashMap<>();
        for (Finding f : d.findings()) {
            bySubject.putIfAbsent(f.getId() + " " + f.getSubject(), f);
        }
        Map<String, List<Task>> grouped = new LinkedHashMap<>();
        for (RectificationItem r : d.rectification()) {
            Finding addressed = bySubject.get(r.id() + " " + r.target());
            // A school's share of a coefficient is named after the resource it adds to, e.g. sports area.
            Finding named = r.target().equals(r.subject()) ? addressed : bySubject.getOrDefault(
                    ResourceIndicator.byCode(r.target().substring(r.target().indexOf('/') + 1)).catalogueId() + " " + r.subject(),
                    addressed);
            String indicator = named == null ? r.id() : words.nameOf(named);
            boolean onTop = named != addressed && d.rectification().stream()
                    .anyMatch(o -> o.subject().equals(r.subject()) && o.id().equals(named.getId()));
            Task task = new Task(r, addressed, indicator, text(r, addressed, indicator, onTop, words));
            grouped.computeIfAbsent(unitOf(d, r.subject()), k -> new ArrayList<>()).add(task);
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((unit, tasks) -> {
            tasks.sort(Comparator.comparingDouble((Task t) -> t.item().gap()).reversed());
            groups.add(new Group(unit, unit == null ? words.get("districtWide") : d.names().get(unit), tasks));
        });
        groups.sort(Comparator.comparingDouble(Group::gap).reversed());
        return groups;
    }

    private static String unitOf(DistrictReport d, String subject) {
        int slash = subject.indexOf('/');
        String head = slash < 0 ? subject : subject.substring(0, slash);
        return d.names().containsKey(head) ? head : null;
    }

    private static String text(RectificationItem r, Finding addressed, String indicator, boolean onTop, Labels words) {
        String colon = words.zh() ? "：" : ": ";
        if (r.plan() != null) {
            return coefficient(r.plan(), words);
        }
        switch (r.action()) {
            case "fulfil":
                return words.get("fulfil") + colon + indicator;
            case "resolve":
                return words.get("resolve") + (addressed == null ? "" : colon + words.reason(Labels.messageTail(addressed)));
            case "meet":
                return words.get("meet") + colon + indicator + (addressed == null ? "" : (words.zh() ? "（" : " (")
                        + words.measure(addressed) + (words.zh() ? "）" : ")"));
            default:
                break;
        }
        String line = indicator + colon + ("classes".equals(r.field()) && "add".equals(r.action())
                ? String.format(words.get("splitClasses"), Readable.amount(r.shortfall())) : words.rectification(r));
        if (!r.target().equals(r.subject())) {
            String[] parts = r.target().split("/");
            String why = String.format(words.get("forCoefficient"), words.get(parts[0]), parts[1]);
            if (onTop) {
                why += (words.zh() ? "；" : "; ") + words.get("onTop");
            }
            line += words.zh() ? "（" + why + "）" : " (" + why + ")";
        }
        return line;
    }

    /** "小学 RES.5 校际差异系数 0.664 → 0.498（要求 ≤ 0.5）：将 12 个学段提高到至少 9.1 平方米/生 …". */
    static String coefficient(CoefficientPlan p, Labels words) {
        ResourceIndicator indicator = ResourceIndicator.byCode(p.indicator());
        String head = String.format(words.get("coefficientPlan"), words.get(p.level()), p.indicator(),
                Readable.fixed(p.before(), 3), Readable.down(p.after(), 4), Readable.amount(p.limit()));
        String colon = words.zh() ? "：" : ": ";
        String body = p.schools() == 0 ? words.get("coefficientMetByItems")
                : String.format(words.get("coefficientRaise"), p.schools(),
                        Readable.down(p.floor(), 2) + " " + words.perStudent(indicator).trim(),
                        Readable.amount(p.total()), words.unit(p.unit()));
        StringJoiner pulls = new StringJoiner(words.zh() ? "、" : ", ");
        for (Pull pull : p.pulls()) {
            pulls.add(pull.subject() + " " + Readable.decimals(pull.value(), 2)
                    + String.format(words.get("ofVariance"), Math.round(pull.share() * 100)));
        }
        return head + colon + body + (words.zh() ? "；" : "; ") + words.get("pulledUpBy") + colon + pulls;
    }
}
