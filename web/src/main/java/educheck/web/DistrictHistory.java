package educheck.web;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A district run by run: its verdict and, for each district-wide indicator (not those of one school), the value
 * and status each run found. Also what changed between the last two runs.
 */
record DistrictHistory(String code, String name, List<Point> runs, Map<String, List<Finding>> series) {

    /** One run of the district. */
    record Point(String runId, Instant at, int year, String verdict, DistrictReport report) {
    }

    /** One change between two runs of an indicator on one subject. */
    record Change(String id, String subject, String kind, Finding before, Finding after) {
    }

    static DistrictHistory of(String code, List<CheckedRun> runs) {
        List<Point> points = new ArrayList<>();
        for (CheckedRun r : runs) {
            r.districts().stream().filter(d -> d.code().equals(code)).findFirst()
                    .ifPresent(d -> points.add(new Point(r.id(), r.at(), d.year(), d.verdict().name(), d)));
        }
        Map<String, List<Finding>> series = new LinkedHashMap<>();
        if (!points.isEmpty()) {
            DistrictReport last = points.get(points.size() - 1).report();
            for (Finding f : last.findings()) {
                if (districtWide(f, last) && f.getActual() instanceof Number) {
                    List<Finding> values = new ArrayList<>();
                    for (Point p : points) {
                        values.add(find(p.report(), f.getId(), f.getSubject()));
                    }
                    series.putIfAbsent(f.getId() + " " + f.getSubject(), values);
                }
            }
        }
        String name = points.isEmpty() ? "" : points.get(points.size() - 1).report().name();
        return new DistrictHistory(code, name, points, series);
    }

    /** What became FAIL, what became PASS, which values changed, from the run before the last to the last. */
    List<Change> lastChanges() {
        if (runs.size() < 2) {
            return List.of();
        }
        DistrictReport before = runs.get(runs.size() - 2).report();
        DistrictReport after = runs.get(runs.size() - 1).report();
        List<Change> changes = new ArrayList<>();
        for (Finding now : after.findings()) {
            Finding then = find(before, now.getId(), now.getSubject());
            if (then == null) {
                continue;
            }
            if (now.is(Status.FAIL) && !then.is(Status.FAIL)) {
                changes.add(new Change(now.getId(), now.getSubject(), "newFail", then, now));
            } else if (now.is(Status.PASS) && !then.is(Status.PASS)) {
                changes.add(new Change(now.getId(), now.getSubject(), "newPass", then, now));
            } else if (!Objects.equals(number(then.getActual()), number(now.getActual()))) {
                changes.add(new Change(now.getId(), now.getSubject(), "changed", then, now));
            }
        }
        return changes;
    }

    private static Object number(Object o) {
        return o instanceof Number n ? (Object) n.doubleValue() : o;
    }

    private static boolean districtWide(Finding f, DistrictReport d) {
        String subject = f.getSubject() == null ? "" : f.getSubject();
        String head = subject.contains("/") ? subject.substring(0, subject.indexOf('/')) : subject;
        return !d.names().containsKey(head);
    }

    private static Finding find(DistrictReport d, String id, String subject) {
        for (Finding f : d.findings()) {
            if (f.getId().equals(id) && Objects.equals(f.getSubject(), subject)) {
                return f;
            }
        }
        return null;
    }
}
