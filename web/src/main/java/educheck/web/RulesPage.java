package educheck.web;

import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleListing;
import educheck.rules.RuleMetadata;
import educheck.store.ArchiveException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every rule of the rule set in force, as {@code educheck rules list} shows it. A user with the policy role also gets,
 * on each rule that states one threshold, a form to change its threshold, comparator and due year (saving makes a
 * draft, {@link DraftPages}), and the rule files to edit as text. The page is rules.jte (a rule's form rule-edit.jte).
 */
final class RulesPage {

    private final RulesInForce inForce;

    RulesPage(RulesInForce inForce) {
        this.inForce = inForce;
    }

    /** The page as rules.jte shows it; {@code policy}: the forms to change a rule and the files to edit. */
    record View(String meta, String version, boolean policy, List<String> columns, List<Row> rows, List<Layout.Link> files) {
    }

    /** A rule's row; {@code edit} its form or {@code file} the link to its file (policy only; both null: neither). */
    record Row(String id, String jurisdiction, String binds, String force, String scope, String scopeShown, String threshold, String due,
               String location, String source, Edit edit, Layout.Link file) {
    }

    /** The form that changes one rule's threshold, comparator and due year (rule-edit.jte). */
    record Edit(String rule, String file, List<Option> comparators, String required, String due) {
    }

    record Option(String text, boolean selected) {
    }

    void page(Context ctx) throws ArchiveException {
        Words w = Layout.words(ctx);
        RulesInForce.State state = inForce.current();
        // Open mode (no accounts) has one person, and a draft needs two: the forms are for signed-in policy users.
        Principal who = Layout.who(ctx);
        boolean policy = who != Principal.LOCAL && who.role().allows(Role.POLICY);
        Map<String, RuleInfo> byPlace = new HashMap<>();
        for (RuleInfo r : state.rules().index().rules()) {
            byPlace.put(r.location(), r);
        }
        List<String> columns = new ArrayList<>();
        for (String col : List.of("col.id", "col.jurisdiction", "col.binds", "col.force", "col.scope", "col.threshold", "col.due",
                "col.location", "col.source")) {
            columns.add(w.get(col));
        }
        if (policy) {
            columns.add(w.get("rules.change"));
        }
        List<Row> rows = new ArrayList<>();
        for (RuleListing.Row r : state.rows()) {
            String id = r.id().equals("-") ? "\"" + r.name() + "\"" : r.id();
            String force = (r.force().isEmpty() ? "" : w.get("force." + r.force()))
                    + (r.draft() && !r.force().isEmpty() ? " · " + w.get("rules.draftText") : "");
            RuleInfo rule = policy ? byPlace.get(r.location()) : null;
            Edit edit = rule == null ? null : edit(rule);
            Layout.Link file = rule == null || edit != null ? null
                    : new Layout.Link("/rules/file?path=" + Layout.urlEncode(rule.file()) + "#L" + rule.line(), w.get("rules.editFile"));
            rows.add(new Row(id, r.jurisdiction(), r.binds().isEmpty() ? "" : w.get("binds." + r.binds()), force,
                    Objects.toString(r.scope(), ""), scope(r.scope(), w), r.threshold(), r.due(), r.location(), r.source(), edit, file));
        }
        List<Layout.Link> files = new ArrayList<>();
        if (policy) {
            for (String path : state.rules().files().all().keySet()) {
                files.add(new Layout.Link("/rules/file?path=" + Layout.urlEncode(path), path));
            }
        }
        View view = new View(w.format("rules.meta", state.rules().sha256(), state.rules().ruleCount()),
                state.version() == null ? null : w.format("rules.version", state.version()), policy, columns, rows, files);
        Layout.Frame frame = Layout.frame(ctx, w.get("rules.title"));
        Layout.send(ctx, out -> JterulesGenerated.render(out, null, frame, view));
    }

    /**
     * Whom a rule binds, in the page's language: the rule's own words are English ("city roll-up, 2022", "district
     * salary"), so a Chinese page names the unit they begin with (市级汇总, 区县) and keeps the whole in the cell's title.
     */
    static String scope(String scope, Words w) {
        if (!w.zh() || scope == null) {
            return scope;
        }
        for (String[] head : SCOPES) {
            if (scope.startsWith(head[0])) {
                return head[1];
            }
        }
        return scope;
    }

    /** The units scopes begin with, the longest first where one begins another. */
    private static final String[][] SCOPES = {
        {"province roll-up", "省级汇总"}, {"city roll-up", "市级汇总"}, {"municipal roll-up", "直辖市汇总"},
        {"PRIMARY sections", "小学学段"}, {"JUNIOR sections", "初中学段"}, {"PRIMARY level", "全县小学"}, {"JUNIOR level", "全县初中"},
        {"district PRIMARY", "区县小学"}, {"district JUNIOR", "区县初中"}, {"district", "区县"}, {"sections", "学段"},
        {"primary and junior schools", "中小学"}, {"schools with a primary section", "有小学学段的学校"}, {"school", "学校"},
        {"public kindergartens", "公办幼儿园"}, {"kindergarten", "幼儿园"}, {"rural", "农村学校"}, {"small village schools", "村小"},
        {"town and village schools", "乡镇和村学校"}, {"through-train schools", "九年一贯制学校"},
        {"special-education schools", "特殊教育学校"}, {"baseline", "基线"}, {"primary", "小学"}};

    /** Threshold, comparator and due year of one rule; null for a rule whose standard is computed: it is changed in its file. */
    private static Edit edit(RuleInfo rule) {
        RuleMetadata md = rule.metadata();
        String required = md.text(RuleMetadata.REQUIRED);
        if (required == null || required.equals("true") || required.equals("false")) {
            return null;
        }
        List<Option> comparators = new ArrayList<>();
        for (String c : List.of(">=", "<=", ">", "<", "==")) {
            comparators.add(new Option(c, c.equals(md.comparator())));
        }
        return new Edit(rule.name(), rule.file(), comparators, required, Objects.toString(md.text(RuleMetadata.DUE), ""));
    }
}
