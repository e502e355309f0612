package educheck.checker.render;

/**
 * The style sheet and script of the html report, for a web page that shows reports in the same look. The report
 * file inlines both so it opens offline; a server serves them as files instead.
 */
public final class SiteAssets {

    private SiteAssets() {
    }

    public static String css() {
        return Html.css();
    }

    public static String script() {
        return Html.SCRIPT;
    }

    /** The script element exactly as the html report writes it, so a server can put a link to the file in its place. */
    public static String scriptElement() {
        return "<script>\n" + Html.SCRIPT + "</script>";
    }

    /** Escapes text for html. */
    public static String esc(Object value) {
        return Html.esc(value);
    }

    /** A status's or verdict's word as the reports write it in that language (通过, 未通过, … or PASS, FAIL, …). */
    public static String word(String statusOrVerdict, boolean chinese) {
        return new Labels(chinese ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN).get(statusOrVerdict);
    }

    /** A coloured status badge (PASS, FAIL, …) with its label. */
    public static String badge(String status, String label) {
        return Html.badge(status, label);
    }

    /** The same badge (badge.jte), for a template of another module to place: one markup for every badge. */
    public static gg.jte.Content badgeContent(String status, String label) {
        return output -> JtebadgeGenerated.render((gg.jte.html.HtmlTemplateOutput) output, null, status, label);
    }
}
