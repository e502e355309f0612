package educheck.web;

import educheck.checker.render.HtmlOutput;
import gg.jte.html.HtmlTemplateOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The frame every page shares (layout.jte): the report's style sheet, the site's bar of links (nav.jte), the language
 * switch. Every page is a template in web/src/main/jte that escapes every {@code ${…}}; this class gives them ready values.
 */
final class Layout {

    private Layout() {
    }

    static Words words(Context ctx) {
        return new Words(!"en".equals(ctx.cookie(Guard.LANG_COOKIE)));
    }

    static Principal who(Context ctx) {
        return ctx.attribute("principal");
    }

    /** A link of the site's bar or of a page: a path of this site and its text. */
    record Link(String href, String text) {
    }

    /**
     * The bar of links as nav.jte shows it: the links the user's role may open, the language switch, then who is
     * signed in (with the sign-out form), the open mode's notice, or the sign-in link.
     */
    record Nav(String site, List<Link> links, String langTo, String back, String langText, String openMode, String signedInAs,
               String user, String role, String csrf, String signOut, String signIn) {
    }

    /** What layout.jte needs besides a page's body: the language's words, the title, the bar, the form token. */
    record Frame(Words w, String title, Nav nav, String csrf) {
    }

    static Frame frame(Context ctx, String title) {
        return new Frame(words(ctx), title, navOf(ctx), csrf(ctx));
    }

    /** What the site adds to every page's head, its own and the reports': its style sheet and its icon (site-head.jte). */
    static final String SITE_HEAD = html(out -> JtesiteheadGenerated.render(out, null));

    /** A page rendered by {@code template} (a page template, which calls layout.jte) as the response. */
    static void send(Context ctx, Consumer<HtmlTemplateOutput> template) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html(template::accept));
    }

    /** The bar of links; it shows only what the user's role may open. */
    static String nav(Context ctx) {
        Nav nav = navOf(ctx);
        return html(out -> JtenavGenerated.render(out, null, nav));
    }

    static Nav navOf(Context ctx) {
        Words w = words(ctx);
        Principal p = who(ctx);
        List<Link> links = new ArrayList<>();
        if (p != null) {
            links.add(new Link("/", w.get("nav.upload")));
            links.add(new Link("/runs", w.get("nav.runs")));
            if (p.role().allows(Role.ANALYST)) {
                links.add(new Link("/compare", w.get("nav.compare")));
            }
            links.add(new Link("/rules", w.get("nav.rules")));
            if (p.role().allows(Role.ADMIN)) {
                links.add(new Link("/accounts", w.get("nav.accounts")));
            }
        }
        String back = ctx.path().startsWith("/api/") ? "/" : ctx.path();
        boolean local = p == Principal.LOCAL;
        boolean signedIn = p != null && !local;
        return new Nav(w.get("site"), links, w.zh() ? "en" : "zh", urlEncode(back), w.get("lang.other"), local ? w.get("open.mode") : null,
                w.get("signin.as"), signedIn ? p.user() : null, signedIn ? p.role().key() : null, csrf(ctx), w.get("nav.signout"),
                w.get("nav.signin"));
    }

    /** The session's CSRF token, which every form carries in a hidden field (csrf.jte); null without a session. */
    static String csrf(Context ctx) {
        Sessions.Session s = ctx.attribute("session");
        return s == null ? null : s.csrf();
    }

    /** A status's or verdict's word in the page's language, for the report's badge.jte. */
    static String word(Context ctx, String status) {
        return educheck.checker.render.SiteAssets.word(status, words(ctx).zh());
    }

    static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What a template writes, as text. */
    static String html(Consumer<HtmlTemplateOutput> template) {
        StringBuilder out = new StringBuilder(1024);
        template.accept(HtmlOutput.to(out));
        return out.toString();
    }
}
