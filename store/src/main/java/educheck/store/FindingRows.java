package educheck.store;

import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import educheck.model.Measured;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Waiver;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The findings table: a finding written as a row, and read back as the finding it was. */
final class FindingRows {

    static final String COLUMNS = "rule_pos, indicator, subject, status, actual_num, actual_flag, required_num,"
            + " required_flag, comparator, message, decides, measured_field, measured_num, measured_flag, measured_missing,"
            + " numerator, denominator, scale, unit, whole_units, remedy, waiver_line, waiver_reason, waiver_approved_by,"
            + " waiver_expires";

    /** What a rule says of each finding it makes: stored once per run in finding_rules. */
    record RuleFacts(String id, Integer due, String rule, String rulePackage, String ruleName, String source,
                     String name, String nameEn) {

        static RuleFacts of(Finding f) {
            return new RuleFacts(f.getId(), f.getDue(), f.getRule(), f.getRulePackage(), f.getRuleName(), f.getSource(),
                    f.getName(), f.getNameEn());
        }
    }

    private final PreparedStatement insert;
    private final PreparedStatement insertRule;
    private final Map<RuleFacts, Integer> rules = new HashMap<>();
    private final long runId;

    FindingRows(Connection connection, long runId) throws SQLException {
        this.runId = runId;
        this.insert = connection.prepareStatement("INSERT INTO findings (run_id, district_pos, position, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertRule = connection.prepareStatement("INSERT INTO finding_rules (run_id, rule_pos, indicator, due, rule,"
                + " rule_package, rule_name, source, name_zh, name_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The place of a finding's rule facts among the run's, added on first sight. */
    private int rulePos(Finding f) throws SQLException {
        RuleFacts facts = RuleFacts.of(f);
        Integer pos = rules.get(facts);
        if (pos != null) {
            return pos;
        }
        int p = rules.size();
        rules.put(facts, p);
        insertRule.setLong(1, runId);
        insertRule.setInt(2, p);
        insertRule.setString(3, facts.id());
        Sql.setInt(insertRule, 4, facts.due());
        insertRule.setString(5, facts.rule());
        insertRule.setString(6, facts.rulePackage());
        insertRule.setString(7, facts.ruleName());
        insertRule.setString(8, facts.source());
        insertRule.setString(9, facts.name());
        insertRule.setString(10, facts.nameEn());
        insertRule.addBatch();
        return p;
    }

    /** Every run's rule facts by place, for reading its findings back. */
    static Map<Integer, RuleFacts> rules(Connection c, long runId) throws SQLException {
        Map<Integer, RuleFacts> rules = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rule_pos, indicator, due, rule, rule_package, rule_name, source,"
                + " name_zh, name_en FROM finding_rules WHERE run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rules.put(r.getInt(1), new RuleFacts(r.getString(2), Sql.getInt(r, "due"), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9)));
                }
            }
        }
        return rules;
    }

    /** Where a roll-up's finding is kept: below every district's place (see V1__runs_and_findings.sql). */
    static int rollupPos(int rollup) {
        return -1 - rollup;
    }

    /** A district's findings, each with the standards (by place) that decided on it. */
    void addDistrict(int districtPos, DistrictReport d) throws SQLException {
        Map<Object, StringBuilder> decides = new HashMap<>();
        List<StandardVerdict> standards = d.standards();
        for (int s = 0; s < standards.size(); s++) {
            for (Finding f : standards.get(s).getDeciding()) {
                StringBuilder b = decides.computeIfAbsent(key(f), k -> new StringBuilder());
                b.append(b.length() == 0 ? "" : " ").append(s);
            }
        }
        List<Finding> all = d.findings();
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            StringBuilder b = decides.get(key(f));
            add(districtPos, i, f, b == null ? "" : b.toString());
        }
    }

    /** What makes a finding the one a standard decided on; as {@code DistrictReport.deciding} matches them. */
    private static List<String> key(Finding f) {
        return List.of(f.getId(), f.getSubject(), String.valueOf(f.getRulePackage()), String.valueOf(f.getRuleName()));
    }

    void add(int districtPos, int position, Finding f, String decides) throws SQLException {
        PreparedStatement s = insert;
        int i = 1;
        s.setLong(i++, runId);
        s.setInt(i++, districtPos);
        s.setInt(i++, position);
        s.setInt(i++, rulePos(f));
        s.setString(i++, f.getId());
        s.setString(i++, f.getSubject());
        s.setString(i++, f.getStatus().name());
        i = value(s, i, f.getActual());
        i = value(s, i, f.getRequired());
        s.setString(i++, f.getComparator());
        s.setString(i++, f.getMessage());
        s.setString(i++, decides);
        Measured m = f.getMeasured();
        s.setString(i++, m == null ? null : m.getField());
        i = value(s, i, m == null ? null : m.getValue());
        s.setString(i++, m == null ? null : m.getMissing());
        Sql.setDouble(s, i++, m == null ? null : m.getNumerator());
        Sql.setDouble(s, i++, m == null ? null : m.getDenominator());
        Sql.setDouble(s, i++, m == null ? null : m.getScale());
        s.setString(i++, m == null ? null : m.getUnit());
        Sql.setBoolean(s, i++, m == null ? null : m.isWholeUnits());
        s.setString(i++, m == null ? null : m.getRemedy().name());
        Waiver w = f.getWaiver();
        Sql.setInt(s, i++, w == null ? null : w.line());
        s.setString(i++, w == null ? null : w.reason());
        s.setString(i++, w == null ? null : w.approvedBy());
        s.setDate(i, w == null ? null : Date.valueOf(w.expires()));
        s.addBatch();
    }

    void flush() throws SQLException {
        insertRule.executeBatch();
        insert.executeBatch();
    }

    private static int value(PreparedStatement s, int i, Object v) throws SQLException {
        Sql.setDouble(s, i, v instanceof Number n ? n.doubleValue() : null);
        Sql.setBoolean(s, i + 1, v instanceof Boolean b ? b : null);
        return i + 2;
    }

    /**
     * A finding read back from a row of {@link #COLUMNS} and its rule's facts ({@link #rules}); {@code district} is
     * the code waivers name.
     */
    static Finding read(ResultSet r, Map<Integer, RuleFacts> rules, String district) throws SQLException {
        RuleFacts facts = rules.get(r.getInt("rule_pos"));
        Finding.Builder b = Finding.builder(r.getString("indicator"), r.getString("subject"))
                .status(Status.valueOf(r.getString("status")))
                .actual(Sql.value(r, "actual"))
                .required(Sql.value(r, "required"), r.getString("comparator"))
                .due(facts.due())
                .rule(facts.rulePackage(), facts.ruleName())
                .source(facts.source())
                .name(facts.name(), facts.nameEn())
                .message(r.getString("message"));
        String field = r.getString("measured_field");
        if (field != null) {
            b.measured(measured(r, field));
        }
        Integer waiverLine = Sql.getInt(r, "waiver_line");
        if (waiverLine != null) {
            b.waiver(new Waiver(waiverLine, district, r.getString("indicator"), r.getString("subject"),
                    r.getString("waiver_reason"), r.getString("waiver_approved_by"),
                    r.getDate("waiver_expires").toLocalDate()));
        }
        Finding f = b.build();
        f.setRule(facts.rule());
        return f;
    }

    /** The measured value as the rule made it: a ratio keeps its parts, a number or flag its unit and remedy. */
    private static Measured measured(ResultSet r, String field) throws SQLException {
        Double numerator = Sql.getDouble(r, "numerator");
        Double denominator = Sql.getDouble(r, "denominator");
        Double scale = Sql.getDouble(r, "scale");
        String unit = r.getString("unit");
        boolean whole = Boolean.TRUE.equals(Sql.getBoolean(r, "whole_units"));
        Measured.Remedy remedy = Measured.Remedy.valueOf(r.getString("remedy"));
        Object value = Sql.value(r, "measured");
        Measured m;
        if (numerator != null && denominator != null) {
            m = Measured.ratio(field, numerator, denominator, scale == null ? 1 : scale, unit, whole);
        } else if (value instanceof Boolean flag) {
            m = Measured.flag(field, flag);
        } else if (value instanceof Double number) {
            m = Measured.of(field, number, unit);
        } else {
            m = Measured.missing(field, r.getString("measured_missing"));
        }
        return m.withRemedy(remedy, unit, whole);
    }

    /** The findings each standard decided on, from the {@code decides} column of a district's findings. */
    static List<List<Finding>> decidingByStandard(List<Finding> findings, List<String> decides, int standards) {
        List<List<Finding>> by = new ArrayList<>();
        for (int s = 0; s < standards; s++) {
            by.add(new ArrayList<>());
        }
        for (int i = 0; i < findings.size(); i++) {
            String d = decides.get(i);
            if (d.isEmpty()) {
                continue;
            }
            for (String s : d.split(" ")) {
                by.get(Integer.parseInt(s)).add(findings.get(i));
            }
        }
        return by;
    }
}
