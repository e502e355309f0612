package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.load.RuleInfo;
import educheck.checker.load.RuleListing;
import educheck.rules.RuleMetadata;
import educheck.store.ArchiveException;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule of the rule set in force, as {@code educheck rules list} shows it. A user with the policy role also gets,
 * on each rule that states one threshold, a form to change its threshold, comparator and due year (saving makes a
 * draft, {@link DraftPages}), and the rule files to edit as text.
 */
final class RulesPage {

    private final RulesInForce inForce;

    RulesPage(RulesInForce inForce) {
        this.inForce = inForce;
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
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1>").append(esc(w.get("rules.title"))).append("</h1><div class=\"meta\">")
                .append(esc(w.format("rules.meta", state.rules().sha256(), state.rules().ruleCount())))
                .append(state.version() == null ? "" : " · <span id=\"rule-version\">" + esc(w.format("rules.version", state.version())) + "</span>")
                .append("</div>\n");
        if (policy) {
            b.append("<p class=\"notice\">").append(esc(w.get("rules.editHelp"))).append(" ")
                    .append(Layout.link("/rules/drafts", w.get("drafts.title"))).append(" · ")
                    .append(Layout.link("/rules/audit", w.get("audit.title"))).append("</p>\n");
        }
        b.append("<table id=\"rules\"><thead><tr>");
        for (String col : List.of("col.id", "col.jurisdiction", "col.binds", "col.force", "col.scope", "col.threshold", "col.due",
                "col.location", "col.source")) {
            b.append("<th>").append(esc(w.get(col))).append("</th>");
        }
        if (policy) {
            b.append("<th>").append(esc(w.get("rules.change"))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (RuleListing.Row r : state.rows()) {
            String id = r.id().equals("-") ? "\"" + r.name() + "\"" : r.id();
            b.append("<tr><td class=\"id\">").append(esc(id)).append("</td><td>").append(esc(r.jurisdiction())).append("</td><td>")
                    .append(esc(r.binds().isEmpty() ? "" : w.get("binds." + r.binds()))).append("</td><td>")
                    .append(esc(r.force().isEmpty() ? "" : w.get("force." + r.force()))
                            + (r.draft() && !r.force().isEmpty() ? " · " + esc(w.get("rules.draftText")) : "")).append("</td><td title=\"")
                    .append(esc(r.scope())).append("\">").append(esc(scope(r.scope(), w))).append("</td><td>").append(esc(r.threshold()))
                    .append("</td><td>").append(esc(r.due()))
                    .append("</td><td class=\"src\">").append(esc(r.location())).append("</td><td class=\"src\">").append(esc(r.source()))
                    .append("</td>");
            if (policy) {
                b.append("<td>").append(editForm(ctx, w, byPlace.get(r.location()))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></section>");
        if (policy) {
            b.append(files(w, state));
        }
        Layout.page(ctx, w.get("rules.title"), b.toString());
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

    /** Threshold, comparator and due year of one rule; a rule whose standard is computed is changed in its file. */
    private static String editForm(Context ctx, Words w, RuleInfo rule) {
        if (rule == null) {
            return "";
        }
        RuleMetadata md = rule.metadata();
        String required = md.text(RuleMetadata.REQUIRED);
        if (required == null || required.equals("true") || required.equals("false")) {
            return Layout.link("/rules/file?path=" + Layout.urlEncode(rule.file()) + "#L" + rule.line(), w.get("rules.editFile"));
        }
        StringBuilder f = new StringBuilder("<form class=\"rule-edit inline\" method=\"post\" action=\"/rules/drafts\" data-rule=\"")
                .append(esc(rule.name())).append("\">").append(Layout.csrfField(ctx))
                .append("<input type=\"hidden\" name=\"file\" value=\"").append(esc(rule.file())).append("\">")
                .append("<input type=\"hidden\" name=\"rule\" value=\"").append(esc(rule.name())).append("\">")
                .append("<select name=\"comparator\" aria-label=\"").append(esc(w.get("col.comparator"))).append("\">");
        for (String c : List.of(">=", "<=", ">", "<", "==")) {
            f.append("<option").append(c.equals(md.comparator()) ? " selected" : "").append(">").append(esc(c)).append("</option>");
        }
        f.append("</select><input class=\"num\" type=\"text\" name=\"required\" size=\"6\"").append(FieldLimits.maxlength("required")).append(" value=\"").append(esc(required))
                .append("\" aria-label=\"").append(esc(w.get("col.threshold"))).append("\">")
                .append("<input class=\"num\" type=\"text\" name=\"due\" size=\"4\"").append(FieldLimits.maxlength("due")).append(" placeholder=\"").append(esc(w.get("col.due")))
                .append("\" value=\"").append(esc(md.text(RuleMetadata.DUE) == null ? "" : md.text(RuleMetadata.DUE)))
                .append("\" aria-label=\"").append(esc(w.get("col.due"))).append("\">")
                .append("<button type=\"submit\">").append(esc(w.get("rules.saveDraft"))).append("</button></form>");
        return f.toString();
    }

    /** Every file of the rules in force, to edit as text (DRL, fixtures, tables). */
    private static String files(Words w, RulesInForce.State state) {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>").append(esc(w.get("rules.files"))).append("</h2><ul id=\"rule-files\" class=\"checks\">");
        for (String path : state.rules().files().all().keySet()) {
            b.append("<li>").append(Layout.link("/rules/file?path=" + Layout.urlEncode(path), path)).append("</li>");
        }
        return b.append("</ul></section>").toString();
    }
}
