package educheck.checker.report;

import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything checked for one district: the rule sets that ran, the verdict of each standard and overall, every
 * finding (PASS included) and what would make each failure pass.
 *
 * @param names    id → name of each school and kindergarten, so reports can group findings by school
 * @param measures the district's open measures as submitted (key → value), which an archive keeps so next year's
 *                 year-over-year rules can read them as last year's figures
 */
public record DistrictReport(Path file, String code, String name, int year, List<String> jurisdictions,
                             Verdict verdict, List<StandardVerdict> standards, List<Finding> findings,
                             List<RectificationItem> rectification, Map<String, String> names,
                             Map<String, String> measures) {

    public DistrictReport(Path file, String code, String name, int year, List<String> jurisdictions, Verdict verdict,
                          List<StandardVerdict> standards, List<Finding> findings, List<RectificationItem> rectification,
                          Map<String, String> names) {
        this(file, code, name, year, jurisdictions, verdict, standards, findings, rectification, names, Map.of());
    }

    public Map<Status, Integer> countByStatus() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.getStatus(), 1, Integer::sum));
        return counts;
    }

    public Optional<StandardVerdict> standard(String name) {
        return standards.stream().filter(s -> s.getStandard().equals(name)).findFirst();
    }

    /**
     * Whether a finding counts towards some standard's verdict. Under MoE-2017 a failed RES.1–7 indicator does
     * not: it counts only through RES.8, so a section short on one indicator at 85 % or more still passes. When
     * no standard says what it decided on, every finding is taken to decide.
     */
    public boolean decides(Finding f) {
        return deciding().test(f);
    }

    /** {@link #decides} for many findings: the standards' deciding findings are indexed once. */
    public Predicate<Finding> deciding() {
        Set<Key> keys = new HashSet<>();
        for (StandardVerdict s : standards) {
            s.getDeciding().forEach(d -> keys.add(key(d)));
        }
        return keys.isEmpty() ? f -> true : f -> keys.contains(key(f));
    }

    /** A record, not a joined string: it is made for every finding of a national run, and hashes without copying. */
    private record Key(String id, String subject, String rulePackage, String ruleName) {
    }

    private static Key key(Finding f) {
        return new Key(f.getId(), f.getSubject(), f.getRulePackage(), f.getRuleName());
    }

    /** The school or kindergarten a subject is about ({@code S007/JUNIOR} → S007), or null for district-wide. */
    public String unitOf(Finding f) {
        String subject = f.getSubject();
        int slash = subject.indexOf('/');
        String head = slash < 0 ? subject : subject.substring(0, slash);
        return names.containsKey(head) ? head : null;
    }
}
