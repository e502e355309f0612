package educheck.store;

import educheck.checker.report.DistrictReport;
import educheck.model.Binds;
import educheck.model.Finding;
import educheck.model.Force;
import educheck.model.Measured;
import educheck.model.StandardVerdict;
import educheck.model.Status;
import educheck.model.Waiver;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finding_rows table (schema V4): a finding written as a narrow row plus its kind (what every finding of its rule
 * shares, stored once per run in finding_kinds and finding_rules), and read back as the finding it was.
 */
final class FindingRows {

    /** A finding row's columns after its key (run_id, district_pos, position), in the order they are written. */
    static final String COLUMNS = "kind_pos, subject, status, actual_num, actual_flag, required_num, required_flag, message,"
            + " decides, measured_num, measured_flag, measured_missing, numerator, denominator, waiver_line, waiver_reason,"
            + " waiver_approved_by, waiver_expires";

    private static final int[] TYPES = {Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
        Types.SMALLINT, Types.DOUBLE, Types.BOOLEAN, Types.DOUBLE, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
        Types.DOUBLE, Types.BOOLEAN, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.INTEGER, Types.VARCHAR,
        Types.VARCHAR, Types.DATE};

    /**
     * finding_rows.status codes, as V4__narrow_findings.sql fills finding_statuses (SHORT_OF_AIM, 7, added later):
     * the code is the place here, so a new status goes at the end.
     */
    static final List<Status> STATUSES = List.of(Status.PASS, Status.FAIL, Status.WARN, Status.NOT_ASSESSED,
            Status.WAIVED, Status.INFO, Status.ERROR, Status.SHORT_OF_AIM);

    /** What a rule says of each finding it makes: stored once per run in finding_rules. */
    record RuleFacts(String id, Integer due, String rule, String rulePackage, String ruleName, String source,
                     String name, String nameEn, Binds binds, Force force, boolean draft) {

        static RuleFacts of(Finding f) {
            return new RuleFacts(f.getId(), f.getDue(), f.getRule(), f.getRulePackage(), f.getRuleName(), f.getSource(),
                    f.getName(), f.getNameEn(), f.getBinds(), f.getForce(), f.isDraft());
        }
    }

    /** What the findings of one kind share: their rule and how it measured; stored once per run in finding_kinds. */
    record Kind(RuleFacts rule, String comparator, String measuredField, Double scale, String unit, Boolean wholeUnits,
                String remedy, String messagePrefix) {
    }

    private record KindKey(int rulePos, String comparator, String measuredField, Double scale, String unit,
                           Boolean wholeUnits, String remedy, String messagePrefix) {
    }

    private final Map<RuleFacts, Integer> rules = new HashMap<>();
    private final Map<KindKey, Integer> kinds = new HashMap<>();
    private final PreparedStatement insertRule;
    private final PreparedStatement insertKind;
    private final BulkRows rows;
    private final long runId;

    FindingRows(Connection connection, long runId) throws SQLException {
        this.runId = runId;
        this.insertRule = connection.prepareStatement("INSERT INTO finding_rules (run_id, rule_pos, indicator, due, rule,"
                + " rule_package, rule_name, source, name_zh, name_en, target_binds, target_force, draft_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertKind = connection.prepareStatement("INSERT INTO finding_kinds (run_id, kind_pos, rule_pos, comparator,"
                + " measured_field, scale, unit, whole_units, remedy, message_prefix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.rows = BulkRows.of(connection, "finding_rows", "run_id, district_pos, position, " + COLUMNS, TYPES);
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
        insertRule.setString(11, facts.binds().word());
        insertRule.setString(12, facts.force().word());
        insertRule.setBoolean(13, facts.draft());
        insertRule.addBatch();
        return p;
    }

    /** The place of a finding's kind among the run's, added on first sight. */
    private int kindPos(Finding f, String messagePrefix) throws SQLException {
        Measured m = f.getMeasured();
        KindKey key = new KindKey(rulePos(f), f.getComparator(), m == null ? null : m.getField(),
                m == null ? null : m.getScale(), m == null ? null : m.getUnit(), m == null ? null : m.isWholeUnits(),
                m == null ? null : m.getRemedy().name(), messagePrefix);
        Integer pos = kinds.get(key);
        if (pos != null) {
            return pos;
        }
        int p = kinds.size();
        kinds.put(key, p);
        PreparedStatement s = insertKind;
        s.setLong(1, runId);
        s.setInt(2, p);
        s.setInt(3, key.rulePos());
        s.setString(4, key.comparator());
        s.setString(5, key.measuredField());
        Sql.setDouble(s, 6, key.scale());
        s.setString(7, key.unit());
        Sql.setBoolean(s, 8, key.wholeUnits());
        s.setString(9, key.remedy());
        s.setString(10, key.messagePrefix());
        s.addBatch();
        return p;
    }

    /** Every kind of a run's findings, with its rule's facts, by place: for reading its findings back. */
    static Map<Integer, Kind> kinds(Connection c, long runId) throws SQLException {
        Map<Integer, Kind> kinds = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT k.kind_pos, fr.indicator, fr.due, fr.rule, fr.rule_package,"
                + " fr.rule_name, fr.source, fr.name_zh, fr.name_en, fr.target_binds, fr.target_force, fr.draft_text,"
                + " k.comparator, k.measured_field, k.scale, k.unit, k.whole_units, k.remedy, k.message_prefix"
                + " FROM finding_kinds k"
                + " JOIN finding_rules fr ON fr.run_id = k.run_id AND fr.rule_pos = k.rule_pos WHERE k.run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // Runs archived before V20 hold no binds, force or draft: they were judged as district, binding, adopted.
                    String binds = r.getString("target_binds");
                    String force = r.getString("target_force");
                    RuleFacts facts = new RuleFacts(r.getString(2), Sql.getInt(r, "due"), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            binds == null ? Binds.DISTRICT : Binds.of(binds), force == null ? Force.BINDING : Force.of(force),
                            Boolean.TRUE.equals(Sql.getBoolean(r, "draft_text")));
                    kinds.put(r.getInt(1), new Kind(facts, r.getString("comparator"), r.getString("measured_field"),
                            Sql.getDouble(r, "scale"), r.getString("unit"), Sql.getBoolean(r, "whole_units"),
                            r.getString("remedy"), r.getString("message_prefix")));
                }
            }
        }
        return kinds;
    }

    /** Where a roll-up's finding is kept: below every district's place (see V4__narrow_findings.sql). */
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
            StringBuilder b = decides.isEmpty() ? null : decides.get(key(f));
            add(districtPos, i, f, b == null ? "" : b.toString());
        }
    }

    /** What makes a finding the one a standard decided on; as {@code DistrictReport.deciding} matches them. */
    private static List<String> key(Finding f) {
        return List.of(f.getId(), f.getSubject(), String.valueOf(f.getRulePackage()), String.valueOf(f.getRuleName()));
    }

    void add(int districtPos, int position, Finding f, String decides) throws SQLException {
        String message = f.getMessage();
        // The rule's label and ': ' begin the messages of its findings (rules' Judge): kept once, in the kind.
        String label = (f.getNameEn() != null ? f.getNameEn() : f.getId()) + ": ";
        String prefix = message != null && message.startsWith(label) ? label : "";
        Measured m = f.getMeasured();
        boolean ratio = m != null && m.getNumerator() != null && m.getDenominator() != null;
        Object measured = m == null || ratio ? null : m.getValue();
        Waiver w = f.getWaiver();
        rows.add(runId, districtPos, position, kindPos(f, prefix), f.getSubject(), (short) STATUSES.indexOf(f.getStatus()),
                number(f.getActual()), flag(f.getActual()), number(f.getRequired()), flag(f.getRequired()),
                message == null ? null : message.substring(prefix.length()), decides, number(measured), flag(measured),
                m == null ? null : m.getMissing(), ratio ? m.getNumerator() : null, ratio ? m.getDenominator() : null,
                w == null ? null : w.line(), w == null ? null : w.reason(), w == null ? null : w.approvedBy(),
                w == null ? null : Date.valueOf(w.expires()));
    }

    /**
     * Writes what is pending, rules and kinds first, which the findings name; with {@code all} false, a few findings
     * (less than a statement's worth) may wait for the next flush.
     */
    void flush(boolean all) throws SQLException {
        insertRule.executeBatch();
        insertKind.executeBatch();
        if (all) {
            rows.flush();
        } else {
            rows.flushFull();
        }
    }

    private static Double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : null;
    }

    private static Boolean flag(Object v) {
        return v instanceof Boolean b ? b : null;
    }

    /** The columns that make a finding ({@link #COLUMNS}), each prefixed, e.g. {@code f.}. */
    static String columns(String prefix) {
        return prefix + COLUMNS.replace(", ", ", " + prefix);
    }

    /**
     * A finding read back from a row of {@link #COLUMNS} and its kind ({@link #kinds}); {@code district} is the code
     * waivers name.
     */
    static Finding read(ResultSet r, Map<Integer, Kind> kinds, String district) throws SQLException {
        return read(r, kinds, district, false);
    }

    /**
     * As {@link #read(ResultSet, Map, String)}; {@code inDistrict} for a district's own finding, which for a rule that
     * binds a city or province is that district's part of it (a contribution), never a roll-up's.
     */
    static Finding read(ResultSet r, Map<Integer, Kind> kinds, String district, boolean inDistrict) throws SQLException {
        Kind kind = kinds.get(r.getInt("kind_pos"));
        RuleFacts facts = kind.rule();
        String message = r.getString("message");
        Finding.Builder b = Finding.builder(facts.id(), r.getString("subject"))
                .status(status(r.getInt("status")))
                .actual(Sql.value(r, "actual"))
                .required(Sql.value(r, "required"), kind.comparator())
                .due(facts.due())
                .rule(facts.rulePackage(), facts.ruleName())
                .source(facts.source())
                .name(facts.name(), facts.nameEn())
                .binds(facts.binds())
                .force(facts.force())
                .draft(facts.draft())
                .contribution(inDistrict && facts.binds() != Binds.DISTRICT)
                .message(message == null ? null : kind.messagePrefix() + message);
        if (kind.measuredField() != null) {
            b.measured(measured(r, kind));
        }
        Integer waiverLine = Sql.getInt(r, "waiver_line");
        if (waiverLine != null) {
            b.waiver(new Waiver(waiverLine, district, facts.id(), r.getString("subject"),
                    r.getString("waiver_reason"), r.getString("waiver_approved_by"),
                    r.getDate("waiver_expires").toLocalDate()));
        }
        Finding f = b.build();
        f.setRule(facts.rule());
        return f;
    }

    static Status status(int code) {
        return STATUSES.get(code);
    }

    /** The measured value as the rule made it: a ratio keeps its parts, a number or flag its unit and remedy. */
    private static Measured measured(ResultSet r, Kind kind) throws SQLException {
        String field = kind.measuredField();
        Double numerator = Sql.getDouble(r, "numerator");
        Double denominator = Sql.getDouble(r, "denominator");
        Double scale = kind.scale();
        String unit = kind.unit();
        boolean whole = Boolean.TRUE.equals(kind.wholeUnits());
        Measured.Remedy remedy = Measured.Remedy.valueOf(kind.remedy());
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
