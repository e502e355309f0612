package educheck.checker.compare;

import educheck.checker.load.FindingOrder;
import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunOutcome;
import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Districts side by side, indicator by indicator: one {@link Column} per district, one {@link Row} per indicator.
 * A district-level item is its value; a per-school or per-section item is summed up over the district (the
 * student-weighted mean for the resource indicators, and how many schools or sections pass); a level-wide
 * statistic (a difference coefficient) is its value. Built as districts are checked, keeping only the cells.
 */
public final class ComparisonTable {

    /** One district: its verdict and each standard's. */
    public record Column(String code, String name, int year, Verdict verdict, List<String> jurisdictions,
                         Map<String, Verdict> standards) {
    }

    /**
     * One indicator.
     *
     * @param key     the finding ID and what it is about with the district's own identifiers taken out
     *                ({@code CN.CE.RES.1 PRIMARY}, {@code CN.CE.GOV.8 /salary})
     * @param sample  one of its findings, for its name, unit and standard
     * @param summed  whether its cells sum up many schools or sections
     */
    public record Row(String key, String id, String part, Finding sample, boolean summed) {
    }

    /**
     * One district's value of one indicator.
     *
     * @param value  the value (a number or yes/no); for a summed row the student-weighted mean when the findings
     *               are ratios, otherwise null
     * @param passed how many of {@code total} schools or sections pass (summed rows)
     * @param status the worst status of its findings: FAIL, then NOT_ASSESSED, WARN, WAIVED, PASS
     */
    public record Cell(Object value, int passed, int total, Status status) {
    }

    private final List<Column> columns;
    private final List<Row> rows;
    private final Map<String, Map<Integer, Cell>> cells;
    private final List<RollupReport> rollups;
    private final String judgedAs;

    private ComparisonTable(List<Column> columns, List<Row> rows, Map<String, Map<Integer, Cell>> cells,
                            List<RollupReport> rollups, String judgedAs) {
        this.columns = columns;
        this.rows = rows;
        this.cells = cells;
        this.rollups = rollups;
        this.judgedAs = judgedAs;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The cell of a row for the district in column {@code column}; null when the indicator does not apply to it. */
    public Cell cell(Row row, int column) {
        return cells.getOrDefault(row.key(), Map.of()).get(column);
    }

    public List<RollupReport> rollups() {
        return rollups;
    }

    /** The jurisdiction every district was judged under, or null when each was judged under its own. */
    public String judgedAs() {
        return judgedAs;
    }

    public static Builder builder(String judgedAs) {
        return new Builder(judgedAs);
    }

    /** Collects one district at a time as a check run streams them, then the run's roll-ups. */
    public static final class Builder implements ReportStream {
        private final String judgedAs;
        private RunOutcome outcome;
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, Row> rows = new HashMap<>();
        private final Map<String, Map<Integer, Cell>> cells = new HashMap<>();

        private Builder(String judgedAs) {
            this.judgedAs = judgedAs;
        }

        @Override
        public void district(DistrictReport d) {
            add(d);
        }

        @Override
        public void finish(RunOutcome runOutcome) {
            this.outcome = runOutcome;
        }

        /** The table, once the run has finished. */
        public ComparisonTable build() {
            if (outcome == null) {
                throw new IllegalStateException("the check run has not finished");
            }
            return build(outcome);
        }

        public synchronized Builder add(DistrictReport d) {
            int column = columns.size();
            Map<String, Verdict> standards = new LinkedHashMap<>();
            for (StandardVerdict s : d.standards()) {
                standards.put(s.getStandard(), s.getVerdict());
            }
            columns.add(new Column(d.code(), d.name(), d.year(), d.verdict(), d.jurisdictions(), standards));
            Map<String, List<Finding>> byRow = new LinkedHashMap<>();
            for (Finding f : d.findings()) {
                Row row = rowOf(d, f);
                rows.putIfAbsent(row.key(), row);
                byRow.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(f);
            }
            byRow.forEach((key, findings) -> cells.computeIfAbsent(key, k -> new HashMap<>())
                    .put(column, cellOf(rows.get(key), findings)));
            return this;
        }

        public ComparisonTable build(RunOutcome outcome) {
            List<Row> ordered = new ArrayList<>(rows.values());
            ordered.sort(ROW_ORDER);
            return new ComparisonTable(List.copyOf(columns), ordered, cells, outcome.rollups(), judgedAs);
        }
    }

    /** Catalogue order; a level's rows in school order (primary before junior). */
    private static final Comparator<Row> ROW_ORDER = Comparator.comparing(Row::id, FindingOrder::natural)
            .thenComparingInt(r -> r.part().startsWith("PRIMARY") ? 0 : r.part().startsWith("JUNIOR") ? 1 : 2)
            .thenComparing(Row::part);

    static Row rowOf(DistrictReport d, Finding f) {
        String subject = f.getSubject();
        String unit = d.unitOf(f);
        if (unit != null) {
            // S007/JUNIOR → JUNIOR; P01/MUSIC → MUSIC; K031/outdoor → outdoor; P01 → "" (the school itself)
            String part = subject.length() > unit.length() ? subject.substring(unit.length() + 1) : "";
            return new Row(f.getId() + " " + part, f.getId(), part, f, true);
        }
        if (subject.equals(d.code()) || subject.startsWith(d.code() + "/")) {
            String part = subject.substring(d.code().length());
            return new Row(f.getId() + " " + part, f.getId(), part.startsWith("/") ? part.substring(1) : part, f, false);
        }
        return new Row(f.getId() + " " + subject, f.getId(), subject, f, false);
    }

    static Cell cellOf(Row row, List<Finding> findings) {
        Status status = worst(findings);
        if (!row.summed()) {
            return new Cell(findings.get(0).getActual(), status == Status.PASS ? 1 : 0, 1, status);
        }
        int passed = 0;
        double numerator = 0;
        double denominator = 0;
        double scale = 1;
        boolean ratios = true;
        for (Finding f : findings) {
            if (f.is(Status.PASS)) {
                passed++;
            }
            if (f.getMeasured() != null && f.getMeasured().getNumerator() != null) {
                numerator += f.getMeasured().getNumerator();
                denominator += f.getMeasured().getDenominator();
                scale = f.getMeasured().getScale();
            } else {
                ratios = false;
            }
        }
        Double mean = ratios && denominator > 0 ? scale * numerator / denominator : null;
        return new Cell(mean, passed, findings.size(), status);
    }

    private static Status worst(List<Finding> findings) {
        List<Status> order = List.of(Status.FAIL, Status.NOT_ASSESSED, Status.WARN, Status.SHORT_OF_AIM, Status.WAIVED);
        for (Status s : order) {
            if (findings.stream().anyMatch(f -> f.is(s))) {
                return s;
            }
        }
        return findings.stream().map(Finding::getStatus).filter(s -> s != Status.PASS).findFirst().orElse(Status.PASS);
    }
}
