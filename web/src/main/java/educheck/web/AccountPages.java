package educheck.web;

import educheck.store.ArchiveException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sign-in (signin.jte), sign-out, and the admin's page of accounts (accounts.jte, tokens.jte). */
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
        Layout.Frame frame = Layout.frame(ctx, Layout.words(ctx).get("signin.title"));
        String next = localPath(ctx.queryParam("next"));
        Layout.send(ctx, out -> JtesigninGenerated.render(out, null, frame, failed, next, FieldLimits.of("name"), FieldLimits.of("password")));
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

    /** An account as accounts.jte lists it: its name, role and districts (or that it reads all). */
    record Row(String name, String role, String assigned) {
    }

    /** The accounts, their roles and districts, and the API tokens; {@code issued} is a token just made, shown this once. */
    private void list(Context ctx, String issued) throws ArchiveException {
        Words w = Layout.words(ctx);
        Map<String, List<String>> scopes = accounts.allScopes();
        List<Row> rows = new ArrayList<>();
        for (Accounts.Account a : accounts.all()) {
            String assigned = a.role().allows(Role.ANALYST) ? w.get("accounts.readsAll") : String.join(" ", scopes.getOrDefault(a.name(), List.of()));
            rows.add(new Row(a.name(), a.role().key(), assigned));
        }
        List<String> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            roles.add(r.key());
        }
        boolean saved = "1".equals(ctx.queryParam("saved"));
        String districtsMost = w.format("form.most", FieldLimits.of("districts"));
        TokenHtml.Tokens tokenRows = TokenHtml.of(tokens.all(), issued);
        Layout.Frame frame = Layout.frame(ctx, w.get("accounts.title"));
        Layout.send(ctx, out -> JteaccountsGenerated.render(out, null, frame, saved, rows, roles, districtsMost, tokenRows));
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
