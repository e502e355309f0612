package educheck.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every route of the web application, in one place, with the least role each needs (none: open to all), and the
 * one handler that turns every refusal and failure into a page or JSON answer, never a stack trace.
 */
final class Routes {

    private Routes() {
    }

    static void mount(JavalinConfig config, WebApp.Parts p) {
        config.router.mount(r -> {
            r.before(p.guard()::headers);
            r.beforeMatched(p.guard()::admit);

            r.get("/", p.upload()::form, Role.INSPECTOR);
            r.get("/upload", p.upload()::form, Role.INSPECTOR);
            r.post("/upload", p.upload()::upload, Role.INSPECTOR);
            r.get("/jobs/{id}", p.upload()::job, Role.INSPECTOR);
            r.get("/runs", p.reports()::runs, Role.INSPECTOR);
            r.get("/runs/{id}", p.reports()::report, Role.INSPECTOR);
            r.get("/runs/{id}/download/{format}", p.reports()::download, Role.INSPECTOR);
            r.get("/runs/{id}/districts/{code}", p.reports()::district, Role.INSPECTOR);
            r.get("/districts/{code}", p.districts()::page, Role.INSPECTOR);
            r.get("/compare", p.compare()::page, Role.ANALYST);
            r.get("/rules", p.rules()::page, Role.INSPECTOR);
            r.get("/rules/file", p.drafts()::editInForce, Role.POLICY);
            r.get("/rules/drafts", p.drafts()::list, Role.POLICY);
            r.post("/rules/drafts", p.drafts()::fromRuleEdit, Role.POLICY);
            r.post("/rules/drafts/file", p.drafts()::fromFileEdit, Role.POLICY);
            r.get("/rules/drafts/{id}", p.drafts()::page, Role.POLICY);
            r.get("/rules/drafts/{id}/file", p.drafts()::editDraftFile, Role.POLICY);
            r.post("/rules/drafts/{id}/file", p.drafts()::saveDraftFile, Role.POLICY);
            r.post("/rules/drafts/{id}/submit", p.drafts()::submit, Role.POLICY);
            r.post("/rules/drafts/{id}/approve", p.drafts()::approve, Role.POLICY);
            r.post("/rules/drafts/{id}/reject", p.drafts()::reject, Role.POLICY);
            r.post("/rules/drafts/{id}/comment", p.drafts()::comment, Role.POLICY);
            r.get("/rules/audit", p.drafts()::audit, Role.POLICY);
            r.get("/rules/audit.csv", p.drafts()::auditCsv, Role.POLICY);
            r.get("/accounts", p.accounts()::list, Role.ADMIN);
            r.post("/accounts", p.accounts()::save, Role.ADMIN);
            r.post("/accounts/remove", p.accounts()::remove, Role.ADMIN);
            r.post("/accounts/tokens", p.accounts()::issueToken, Role.ADMIN);
            r.post("/accounts/tokens/revoke", p.accounts()::revokeToken, Role.ADMIN);

            r.get("/signin", p.accounts()::signInForm);
            r.post("/signin", p.accounts()::signIn);
            r.post("/signout", p.accounts()::signOut);
            r.get("/lang", ctx -> language(ctx, p.guard()));

            r.post("/api/check", p.api()::check, Role.INSPECTOR);
            r.get("/api/runs", p.api()::runs, Role.INSPECTOR);
            r.get("/api/districts/{code}/history", p.api()::history, Role.INSPECTOR);
            r.get("/healthz", p.api()::health);

            r.get("/assets/report.css", ctx -> asset(ctx, "text/css", educheck.checker.render.SiteAssets.css()));
            r.get("/assets/site.css", ctx -> asset(ctx, "text/css", resource("site.css")));
            r.get("/assets/report.js", ctx -> asset(ctx, "text/javascript", educheck.checker.render.SiteAssets.script()));
            r.get("/assets/editor.js", ctx -> asset(ctx, "text/javascript", resource("editor.js")));
            r.get("/assets/favicon.svg", ctx -> asset(ctx, "image/svg+xml", resource("favicon.svg")));
            // Browsers ask for it on every site whatever the page says: the same picture.
            r.get("/favicon.ico", ctx -> asset(ctx, "image/svg+xml", resource("favicon.svg")));

            r.exception(Refusal.class, (e, ctx) -> refused(e, ctx, p.guard()));
            r.exception(Guard.SignInFirst.class, (e, ctx) ->
                    ctx.redirect("/signin?next=" + Layout.urlEncode(Guard.afterSignIn(ctx)), HttpStatus.SEE_OTHER));
            r.exception(Exception.class, (e, ctx) -> failed(e, ctx, p.guard()));
            // No route for the path, or none for its method: the site's own page, or JSON under /api/.
            r.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    refused(new Refusal(404, "error.notFound"), ctx, p.guard());
                }
            });
            r.error(405, ctx -> refused(new Refusal(404, "error.notFound"), ctx, p.guard()));
        });
    }

    /** Set on a request once {@link #refused} has written its answer, so the 404 handler leaves it. */
    private static final String ANSWERED = "educheck.answered";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("educheck.web");
    /** The kinds of internal failure whose trace has been logged: each kind's trace once, then one line. */
    private static final java.util.Set<String> TRACED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Chinese or English, remembered for a year in a cookie; then back to the page the switch was on. */
    private static void language(Context ctx, Guard guard) {
        guard.languageCookie(ctx, "en".equals(ctx.queryParam("to")) ? "en" : "zh");
        ctx.redirect(AccountPages.localPath(ctx.queryParam("back")), HttpStatus.SEE_OTHER);
    }

    private static void refused(Refusal e, Context ctx, Guard guard) {
        ctx.attribute(ANSWERED, true);
        if (ctx.attribute("principal") == null) {
            ctx.attribute("principal", guard.signedIn(ctx));
        }
        ctx.status(e.status());
        Words w = Layout.words(ctx);
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/healthz");
        if (api && !e.lines().isEmpty()) {
            // The command line's own lines, as it prints them to standard error.
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(String.join("\n", e.lines()) + "\n");
        } else if (api) {
            Api.json(ctx, Api.ordered("status", e.status(), "error", new Words(false).get(e.key())));
        } else {
            String lines = e.lines().isEmpty() ? null : String.join("\n", e.lines());
            Layout.Frame frame = Layout.frame(ctx, w.get("error.title"));
            Layout.send(ctx, out -> JteerrorGenerated.render(out, null, frame, e.status(), w.get(e.key()), lines));
        }
    }

    /**
     * What a handler threw. A request the client got wrong (a body cut off, a form that is no form) is 400, noted on
     * its log line; the archive out of reach is 503 with the archive's own message (it holds no password: store masks
     * it); anything else is the server's own failure, logged with its trace the first time and in one line after.
     */
    private static void failed(Exception e, Context ctx, Guard guard) {
        if (UploadReceiver.isSizeLimit(e)) {
            refused(new Refusal(413, "error.tooLarge"), ctx, guard);
            return;
        }
        if (clientFault(e)) {
            RequestLog.note(ctx, "unreadable request: " + WebApp.rootMessage(e));
            refused(new Refusal(400, "error.badRequest"), ctx, guard);
            return;
        }
        if (e instanceof educheck.store.ArchiveException) {
            LOG.warn("{} {}: {}", ctx.method(), RequestLog.printable(ctx.path()), e.getMessage());
            refused(new Refusal(503, "error.unavailable"), ctx, guard);
            return;
        }
        StackTraceElement[] at = e.getStackTrace();
        String kind = e.getClass().getName() + (at.length == 0 ? "" : " at " + at[0]);
        if (TRACED.add(kind)) {
            LOG.error("internal error on {} {}", ctx.method(), RequestLog.printable(ctx.path()), e);
        } else {
            LOG.error("internal error on {} {}: {} (its trace was logged before)", ctx.method(), RequestLog.printable(ctx.path()), kind);
        }
        refused(new Refusal(500, "error.internal"), ctx, guard);
    }

    /** Jetty's words for a request it could not read: a malformed body, an early end of stream. */
    private static boolean clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException || t instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    private static void asset(Context ctx, String type, String body) {
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(body);
    }

    private static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> paths() {
        return List.of("/", "/upload", "/jobs/{id}", "/runs", "/runs/{id}", "/runs/{id}/download/{format}", "/runs/{id}/districts/{code}", "/districts/{code}",
                "/compare", "/rules", "/rules/file", "/rules/drafts", "/rules/drafts/file", "/rules/drafts/{id}",
                "/rules/drafts/{id}/file", "/rules/drafts/{id}/submit", "/rules/drafts/{id}/approve", "/rules/drafts/{id}/reject",
                "/rules/drafts/{id}/comment", "/rules/audit", "/rules/audit.csv", "/accounts", "/accounts/remove", "/accounts/tokens",
                "/accounts/tokens/revoke", "/signin", "/signout", "/lang", "/api/check", "/api/runs",
                "/api/districts/{code}/history", "/healthz", "/assets/favicon.svg", "/favicon.ico");
    }
}
