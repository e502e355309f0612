package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.store.ArchiveException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign-in, sign-out, and the admin's page of accounts. */
final class AccountPages {

    private final Accounts accounts;
    private final Sessions sessions;
    private final Guard guard;
    private final ApiTokenKeys tokens;

    AccountPages(Accounts accounts, Sessions sessions, Guard guard, ApiTokenKeys tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.guard = guard;
        this.tokens = tokens;
    }

    void signInForm(Context ctx) {
        signInPage(ctx, false);
    }

    private void signInPage(Context ctx, boolean failed) {
        Words w = Layout.words(ctx);
        Layout.page(ctx, w.get("signin.title"), "<section class=\"card\"><h1>" + esc(w.get("signin.title")) + "</h1>"
                + (failed ? "<p class=\"notice\" id=\"failed\">" + esc(w.get("signin.failed")) + "</p>" : "")
                + "<form class=\"stack\" method=\"post\" action=\"/signin\">" + Layout.csrfField(ctx)
                + "<input type=\"hidden\" name=\"next\" value=\"" + esc(localPath(ctx.queryParam("next"))) + "\">"
                + "<label for=\"name\">" + esc(w.get("signin.name")) + "</label><input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"username\"" + FieldLimits.maxlength("name") + " required>"
                + "<label for=\"password\">" + esc(w.get("signin.password")) + "</label>"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"" + FieldLimits.maxlength("password") + " required>"
                + "<button type=\"submit\" id=\"signin\">" + esc(w.get("signin.title")) + "</button></form></section>");
    }

    /** Throttled per account and address before any password is hashed ({@link Guard#signIn}); every try is an audit line. */
    void signIn(Context ctx) throws ArchiveException {
        Optional<Principal> who = guard.signIn(ctx, ctx.formParam("name"), ctx.formParam("password"), "form");
        if (who.isEmpty()) {
            ctx.status(401);
            signInPage(ctx, true);
            return;
        }
        Sessions.Session fresh = sessions.signIn(guard.session(ctx), who.get().user(), who.get().role());
        guard.setCookie(ctx, fresh);
        ctx.attribute("principal", who.get());
        ctx.redirect(localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) throws ArchiveException {
        sessions.end(guard.session(ctx));
        ctx.removeCookie(Guard.SESSION_COOKIE, "/");
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    void list(Context ctx) throws ArchiveException {
        list(ctx, null);
    }

    /** The accounts, their roles and districts, and the API tokens; {@code issued} is a token just made, shown this once. */
    private void list(Context ctx, String issued) throws ArchiveException {
        Words w = Layout.words(ctx);
        StringBuilder b = new StringBuilder("<section class=\"card\"><h1>").append(esc(w.get("accounts.title"))).append("</h1>");
        if ("1".equals(ctx.queryParam("saved"))) {
            b.append("<p class=\"notice\">").append(esc(w.get("accounts.saved"))).append("</p>");
        }
        Map<String, List<String>> scopes = accounts.allScopes();
        b.append("<table id=\"accounts\"><thead><tr><th>").append(esc(w.get("col.name"))).append("</th><th>").append(esc(w.get("col.role")))
                .append("</th><th>").append(esc(w.get("col.districts"))).append("</th><th></th></tr></thead><tbody>");
        for (Accounts.Account a : accounts.all()) {
            String assigned = a.role().allows(Role.ANALYST) ? w.get("accounts.readsAll") : String.join(" ", scopes.getOrDefault(a.name(), List.of()));
            b.append("<tr><td>").append(esc(a.name())).append("</td><td>").append(a.role().key()).append("</td><td class=\"id\">")
                    .append(esc(assigned)).append("</td><td>")
                    .append("<form class=\"inline\" method=\"post\" action=\"/accounts/remove\">").append(Layout.csrfField(ctx))
                    .append("<input type=\"hidden\" name=\"name\" value=\"").append(esc(a.name())).append("\"><button type=\"submit\">")
                    .append(esc(w.get("accounts.remove"))).append("</button></form></td></tr>");
        }
        b.append("</tbody></table></section><section class=\"card\"><h2>").append(esc(w.get("accounts.add"))).append("</h2>")
                .append("<form class=\"stack\" method=\"post\" action=\"/accounts\">").append(Layout.csrfField(ctx))
                .append("<label for=\"name\">").append(esc(w.get("signin.name"))).append("</label><input id=\"name\" name=\"name\" type=\"text\"")
                .append(FieldLimits.maxlength("name")).append(" required>")
                .append("<label for=\"role\">").append(esc(w.get("col.role"))).append("</label><select id=\"role\" name=\"role\">");
        for (Role r : Role.values()) {
            b.append("<option value=\"").append(r.key()).append("\">").append(r.key()).append("</option>");
        }
        b.append("</select><label for=\"districts\">").append(esc(w.get("accounts.districts"))).append(" <span class=\"muted\">(")
                .append(esc(w.format("form.most", FieldLimits.of("districts")))).append(")</span></label><input id=\"districts\" name=\"districts\"")
                .append(" type=\"text\" placeholder=\"430626 CN-33-3302\"").append(FieldLimits.maxlength("districts")).append(">")
                .append("<label for=\"password\">").append(esc(w.get("accounts.password")))
                .append("</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" maxlength=\"")
                .append(Passwords.MOST_BYTES).append("\">")
                .append("<button type=\"submit\">").append(esc(w.get("accounts.save"))).append("</button></form></section>");
        b.append(TokenHtml.section(ctx, w, tokens.all(), issued));
        Layout.page(ctx, w.get("accounts.title"), b.toString());
    }

    /** Adds an account or changes one: its role, its districts, its password; its sessions end. */
    void save(Context ctx) throws ArchiveException {
        String name = ctx.formParam("name");
        Role role = Role.parse(ctx.formParam("role")).orElseThrow(() -> new Refusal(400, "error.badRole"));
        char[] password = ctx.formParam("password") == null ? new char[0] : ctx.formParam("password").toCharArray();
        if (!Passwords.validName(name)) {
            throw new Refusal(400, "error.badName");
        }
        Optional<Accounts.Account> existing = accounts.find(name);
        // An account's role or districts change without a new password; a new account needs one.
        boolean keepPassword = password.length == 0 && existing.isPresent();
        if (!keepPassword && Passwords.weakness(password) != null) {
            throw new Refusal(400, "error.weakPassword");
        }
        Assignment.Parsed districts = Assignment.parse(ctx.formParam("districts"));
        if (districts.bad().isPresent()) {
            throw new Refusal(400, "error.badScope", List.of(districts.bad().get()));
        }
        if (role != Role.ADMIN && lastAdmin(name)) {
            throw new Refusal(400, "error.lastAdmin");
        }
        accounts.put(new Accounts.Account(name, role, keepPassword ? existing.get().passwordHash() : Passwords.hash(password)));
        accounts.assign(name, districts.scopes());
        sessions.endAllOf(name);
        ctx.redirect("/accounts?saved=1", HttpStatus.SEE_OTHER);
    }

    void remove(Context ctx) throws ArchiveException {
        String name = ctx.formParam("name");
        if (lastAdmin(name)) {
            throw new Refusal(400, "error.lastAdmin");
        }
        accounts.remove(name);
        sessions.endAllOf(String.valueOf(name));
        ctx.redirect("/accounts?saved=1", HttpStatus.SEE_OTHER);
    }

    /** POST /accounts/tokens: a new API token for an account, shown on the page this once. */
    void issueToken(Context ctx) throws ArchiveException {
        String name = ctx.formParam("name");
        if (!Passwords.validName(name) || accounts.find(name).isEmpty()) {
            throw new Refusal(400, "error.badName");
        }
        String label = String.valueOf(ctx.formParam("label")).strip();
        String token = tokens.issue(name, label.isEmpty() ? "-" : label, Layout.who(ctx).user());
        list(ctx, token);
    }

    /** POST /accounts/tokens/revoke: the token stops working on every server at once. */
    void revokeToken(Context ctx) throws ArchiveException {
        String id = ctx.formParam("id");
        if (!RunArchive.validId(id) || !tokens.revoke(Long.parseLong(id))) {
            throw new Refusal(404, "error.notFound");
        }
        ctx.redirect("/accounts?saved=1", HttpStatus.SEE_OTHER);
    }

    private boolean lastAdmin(String name) throws ArchiveException {
        Optional<Accounts.Account> a = accounts.find(name);
        return a.isPresent() && a.get().role() == Role.ADMIN
                && accounts.all().stream().filter(x -> x.role() == Role.ADMIN).count() == 1;
    }

    /**
     * Only a path on this site: one leading slash and no second slash or backslash after it, nothing a browser
     * strips or reads as a break (tab, line end, other control characters, spaces), so "/\t/evil.example",
     * "//evil.example", "/\\evil.example" and "https://…" all lead to "/".
     */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.codePoints().anyMatch(c -> c <= ' ' || Character.isISOControl(c))) {
            return "/";
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return "/";
        }
        return next;
    }
}
