package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.RuleListing;
import educheck.checker.RuleSet;
import io.javalin.http.Context;
import java.util.List;

/** Every rule of the rule set in force, as {@code educheck rules list} shows it. */
final class RulesPage {

    private final RuleSet rules;
    private final List<RuleListing.Row> rows;
    private final Integer version;

    /** @param version the rule set's published version in the archive, or null when it has none */
    RulesPage(RuleSet rules, Integer version) {
        this.rules = rules;
        this.version = version;
        this.rows = RuleListing.of(rules, null);
    }

    void page(Context ctx) {
        Words w = Layout.words(ctx);
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1>").append(esc(w.get("rules.title"))).append("</h1><div class=\"meta\">")
                .append(esc(w.format("rules.meta", rules.sha256(), rules.ruleCount())))
                .append(version == null ? "" : " · <span id=\"rule-version\">" + esc(w.format("rules.version", version)) + "</span>")
                .append("</div>\n<table id=\"rules\"><thead><tr>");
        for (String col : List.of("col.id", "col.jurisdiction", "col.scope", "col.threshold", "col.due", "col.location", "col.source")) {
            b.append("<th>").append(esc(w.get(col))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (RuleListing.Row r : rows) {
            String id = r.id().equals("-") ? "\"" + r.name() + "\"" : r.id();
            b.append("<tr><td class=\"id\">").append(esc(id)).append("</td><td>").append(esc(r.jurisdiction())).append("</td><td>")
                    .append(esc(r.scope())).append("</td><td>").append(esc(r.threshold())).append("</td><td>").append(esc(r.due()))
                    .append("</td><td class=\"src\">").append(esc(r.location())).append("</td><td class=\"src\">").append(esc(r.source()))
                    .append("</td></tr>\n");
        }
        Layout.page(ctx, w.get("rules.title"), b.append("</tbody></table></section>").toString());
    }
}
