package educheck.store;

import educheck.checker.run.DistrictChecker;
import educheck.checker.run.RuleBudget;
import educheck.checker.load.RuleSet;
import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.io.SubmissionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a proposed rule set would change before it is published: the latest archived run of every district is checked
 * again, from the input bytes the archive kept, under the proposed rules, and compared with what that run reported.
 * Findings are matched on indicator and subject, as {@link RunDiff} matches two runs.
 *
 * @param districts  the districts whose verdict or findings would change, by code
 * @param checked    how many districts were checked again
 * @param unchecked  districts that could not be checked again, each with why (a run archived before inputs were kept)
 */
public record WhatIf(List<District> districts, int checked, List<String> unchecked) {

    /** One finding that would change; a status is null when the finding would appear or disappear. */
    public record Change(String indicator, String subject, String statusBefore, String statusAfter, Object actualBefore,
                         Object actualAfter) {
    }

    /** A district whose verdict or findings would change, against its latest run {@code runId}. */
    public record District(String code, String name, int year, long runId, String verdictBefore, String verdictAfter,
                           List<Change> changes) {

        public boolean verdictChanges() {
            return !verdictBefore.equals(verdictAfter);
        }
    }

    private record Row(String indicator, String subject, String status, Object actual) {
    }

    private record Stored(int pos, String name, int year, String verdict) {
    }

    /** Checks the latest run of every district again under {@code rules}, each district held to {@code budget}. */
    public static WhatIf of(Archive archive, RuleSet rules, RuleBudget budget) throws IOException {
        DistrictChecker checker = new DistrictChecker(rules).withBudget(budget).withLastYear(archive.lastYearFigures());
        Map<Long, Set<String>> latest = latestRuns(archive);
        List<District> changed = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        int checked = 0;
        SubmissionReader reader = new SubmissionReader();
        for (Map.Entry<Long, Set<String>> run : latest.entrySet()) {
            long id = run.getKey();
            Path dir = Files.createTempDirectory("educheck-whatif-" + id + "-");
            try {
                List<Path> inputs = archive.inputFiles(id, dir);
                if (inputs.isEmpty()) {
                    run.getValue().forEach(code -> unchecked.add(code + ": run " + id + " was archived before the archive kept"
                            + " input files; check the district again to include it"));
                    continue;
                }
                Map<String, DistrictReport> again = new LinkedHashMap<>();
                for (Path input : inputs) {
                    reader.read(input, in -> {
                        if (in.isValid() && run.getValue().contains(in.code()) && !again.containsKey(in.code())) {
                            again.put(in.code(), checker.check(input, in.district()));
                        }
                    });
                }
                try (Connection c = archive.connection()) {
                    for (String code : run.getValue()) {
                        DistrictReport now = again.get(code);
                        if (now == null) {
                            unchecked.add(code + ": run " + id + "'s input no longer reads as a valid submission for it");
                            continue;
                        }
                        checked++;
                        District d = compare(c, id, code, now);
                        if (d != null) {
                            changed.add(d);
                        }
                    }
                }
            } catch (SQLException e) {
                throw archive.failure("run " + id + " cannot be compared with the draft", e);
            } finally {
                deleteTree(dir);
            }
        }
        changed.sort(Comparator.comparing(District::code));
        return new WhatIf(changed, checked, unchecked);
    }

    /** For each run, the districts whose latest run it is. */
    private static Map<Long, Set<String>> latestRuns(Archive archive) throws ArchiveException {
        Map<Long, Set<String>> runs = new TreeMap<>();
        try (Connection c = archive.connection();
             PreparedStatement s = c.prepareStatement("SELECT code, MAX(run_id) FROM districts GROUP BY code");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                runs.computeIfAbsent(r.getLong(2), k -> new java.util.TreeSet<>()).add(r.getString(1));
            }
        } catch (SQLException e) {
            throw archive.failure("the districts' latest runs cannot be read", e);
        }
        return runs;
    }

    private static District compare(Connection c, long run, String code, DistrictReport now) throws SQLException {
        Stored stored = null;
        try (PreparedStatement s = c.prepareStatement("SELECT district_pos, name, district_year, verdict FROM districts"
                + " WHERE run_id = ? AND code = ? ORDER BY district_pos")) {
            s.setLong(1, run);
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    stored = new Stored(r.getInt(1), r.getString(2), r.getInt(3), r.getString(4));
                }
            }
        }
        if (stored == null) {
            return null;
        }
        List<Row> before = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT fr.indicator, f.subject, f.status, f.actual_num, f.actual_flag FROM finding_rows f"
                + " JOIN finding_kinds k ON k.run_id = f.run_id AND k.kind_pos = f.kind_pos"
                + " JOIN finding_rules fr ON fr.run_id = k.run_id AND fr.rule_pos = k.rule_pos"
                + " WHERE f.run_id = ? AND f.district_pos = ? ORDER BY f.position")) {
            s.setLong(1, run);
            s.setInt(2, stored.pos());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Double num = Sql.getDouble(r, "actual_num");
                    before.add(new Row(r.getString(1), r.getString(2), FindingRows.status(r.getInt(3)).name(), num != null ? num : Sql.getBoolean(r, "actual_flag")));
                }
            }
        }
        List<Row> after = now.findings().stream().map(WhatIf::row).toList();
        List<Change> changes = changes(before, after);
        String verdictAfter = now.verdict().name();
        if (changes.isEmpty() && verdictAfter.equals(stored.verdict())) {
            return null;
        }
        return new District(code, stored.name(), stored.year(), run, stored.verdict(), verdictAfter, changes);
    }

    private static Row row(Finding f) {
        Object a = f.getActual();
        Object actual = a instanceof Number n ? (Object) n.doubleValue() : a instanceof Boolean ? a : null;
        return new Row(f.getId(), f.getSubject(), f.getStatus().name(), actual);
    }

    /** Pairs findings of the same indicator and subject in order; what is left over appears or disappears. */
    private static List<Change> changes(List<Row> before, List<Row> after) {
        Map<List<String>, List<Row>> was = new HashMap<>();
        for (Row r : before) {
            was.computeIfAbsent(List.of(r.indicator(), r.subject()), k -> new ArrayList<>()).add(r);
        }
        List<Change> changes = new ArrayList<>();
        for (Row b : after) {
            List<Row> same = was.get(List.of(b.indicator(), b.subject()));
            Row a = same == null || same.isEmpty() ? null : same.remove(0);
            if (a == null) {
                changes.add(new Change(b.indicator(), b.subject(), null, b.status(), null, b.actual()));
            } else if (!a.status().equals(b.status()) || !sameValue(a.actual(), b.actual())) {
                changes.add(new Change(b.indicator(), b.subject(), a.status(), b.status(), a.actual(), b.actual()));
            }
        }
        was.values().forEach(rest -> rest.forEach(a -> changes.add(new Change(a.indicator(), a.subject(), a.status(), null,
                a.actual(), null))));
        changes.sort(Comparator.comparing(Change::indicator).thenComparing(Change::subject));
        return changes;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
        }
        return Objects.equals(a, b);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system's cleaner takes it
        }
    }
}
