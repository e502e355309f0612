package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.store.ApiTokens;
import io.javalin.http.Context;
import java.util.List;

/** The accounts page's part for API tokens: the new token once, every token with its revoke button, the form to issue. */
final class TokenHtml {

    private TokenHtml() {
    }

    static String section(Context ctx, Words w, List<ApiTokens.Token> tokens, String issued) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"tokens\"><h2>").append(esc(w.get("tokens.title"))).append("</h2><p>")
                .append(esc(w.get("tokens.help"))).append("</p>");
        if (issued != null) {
            b.append("<p class=\"notice\">").append(esc(w.get("tokens.once"))).append("<br><code id=\"new-token\">").append(esc(issued))
                    .append("</code></p>");
        }
        b.append("<table><thead><tr><th>#</th><th>").append(esc(w.get("col.name"))).append("</th><th>").append(esc(w.get("tokens.label")))
                .append("</th><th>").append(esc(w.get("tokens.issued"))).append("</th><th></th></tr></thead><tbody>");
        for (ApiTokens.Token t : tokens) {
            b.append("<tr><td>").append(t.id()).append("</td><td>").append(esc(t.user())).append("</td><td>").append(esc(t.label()))
                    .append("</td><td>").append(esc(ReportPages.TIME.format(t.issuedAt()) + " · " + t.issuedBy())).append("</td><td>");
            if (t.revokedAt() == null) {
                b.append("<form class=\"inline\" method=\"post\" action=\"/accounts/tokens/revoke\">").append(Layout.csrfField(ctx))
                        .append("<input type=\"hidden\" name=\"id\" value=\"").append(t.id()).append("\"><button type=\"submit\">")
                        .append(esc(w.get("tokens.revoke"))).append("</button></form>");
            } else {
                b.append(esc(w.get("tokens.revoked"))).append(' ').append(esc(ReportPages.TIME.format(t.revokedAt())));
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table><form class=\"stack\" method=\"post\" action=\"/accounts/tokens\">").append(Layout.csrfField(ctx))
                .append("<label for=\"token-name\">").append(esc(w.get("signin.name"))).append("</label><input id=\"token-name\" name=\"name\"")
                .append(" type=\"text\"").append(FieldLimits.maxlength("name")).append(" required><label for=\"token-label\">")
                .append(esc(w.get("tokens.label"))).append("</label><input id=\"token-label\" name=\"label\" type=\"text\"")
                .append(FieldLimits.maxlength("label")).append("><button type=\"submit\" id=\"issue-token\">").append(esc(w.get("tokens.issue")))
                .append("</button></form></section>").toString();
    }
}
