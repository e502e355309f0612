package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import io.javalin.http.Context;

/** The frame every page shares: the report's style sheet, the site's bar of links, the language switch. */
final class Layout {

    private Layout() {
    }

    static Words words(Context ctx) {
        return new Words(!"en".equals(ctx.cookie(Guard.LANG_COOKIE)));
    }

    static Principal who(Context ctx) {
        return ctx.attribute("principal");
    }

    /** What the site adds to every page's head, its own and the reports': its style sheet and its icon. */
    static final String SITE_HEAD = "<link rel=\"stylesheet\" href=\"/assets/site.css\">\n"
            + "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">\n";

    /** A whole page around {@code body}. */
    static void page(Context ctx, String title, String body) {
        page(ctx, title, body, "");
    }

    static void page(Context ctx, String title, String body, String extraHead) {
        Words w = words(ctx);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result("<!DOCTYPE html>\n<html lang=\"" + (w.zh() ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " · " + esc(w.get("site")) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/report.css\">\n" + SITE_HEAD
                + extraHead + "</head>\n<body>\n" + nav(ctx) + "<main>\n" + body + "\n</main>\n</body>\n</html>\n");
    }

    /** The bar of links; it shows only what the user's role may open. */
    static String nav(Context ctx) {
        Words w = words(ctx);
        Principal p = who(ctx);
        StringBuilder s = new StringBuilder("<nav class=\"site\"><a class=\"brand\" href=\"/\">" + esc(w.get("site")) + "</a>");
        if (p != null) {
            s.append(link("/", w.get("nav.upload"))).append(link("/runs", w.get("nav.runs")));
            if (p.role().allows(Role.ANALYST)) {
                s.append(link("/compare", w.get("nav.compare")));
            }
            s.append(link("/rules", w.get("nav.rules")));
            if (p.role().allows(Role.ADMIN)) {
                s.append(link("/accounts", w.get("nav.accounts")));
            }
        }
        s.append("<span class=\"right\">");
        String back = ctx.path().startsWith("/api/") ? "/" : ctx.path();
        s.append("<a href=\"/lang?to=").append(w.zh() ? "en" : "zh").append("&amp;back=").append(esc(urlEncode(back))).append("\">")
                .append(esc(w.get("lang.other"))).append("</a>");
        if (p == Principal.LOCAL) {
            s.append("<span class=\"muted\">").append(esc(w.get("open.mode"))).append("</span>");
        } else if (p != null) {
            s.append("<span>").append(esc(w.get("signin.as"))).append(": ").append(esc(p.user())).append(" (").append(p.role().key())
                    .append(")</span>");
            s.append("<form method=\"post\" action=\"/signout\">").append(csrfField(ctx))
                    .append("<button class=\"link\" type=\"submit\">").append(esc(w.get("nav.signout"))).append("</button></form>");
        } else {
            s.append(link("/signin", w.get("nav.signin")));
        }
        return s.append("</span></nav>\n").toString();
    }

    /** The hidden CSRF field every form carries. */
    static String csrfField(Context ctx) {
        Sessions.Session s = ctx.attribute("session");
        return s == null ? "" : "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + esc(s.csrf()) + "\">";
    }

    /** A status or verdict as a coloured badge, in the page's language. */
    static String badge(Context ctx, String status) {
        return educheck.checker.render.SiteAssets.badge(status, educheck.checker.render.SiteAssets.word(status, words(ctx).zh()));
    }

    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
