package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.mutations.MutationReport;

/**
 * The draft page's "pinned by a fixture?" section: the rules the draft changes, each read a little wrong against its
 * fixtures (as {@code rules test --mutations} does), and each wrong reading no fixture notices, at its file and line,
 * so a reviewer sees a change no fixture would catch before approving it.
 */
final class DraftPins {

    private DraftPins() {
    }

    /** @param report the changed rules' mutants, or null when the draft cannot be published (nothing to try) */
    static String html(Words w, MutationReport report) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"pins\"><h2>").append(esc(w.get("draft.pins"))).append("</h2>");
        if (report == null) {
            return b.append("<p>").append(esc(w.get("draft.pinsUnavailable"))).append("</p></section>\n").toString();
        }
        if (report.made() == 0) {
            return b.append("<p>").append(esc(w.get("draft.pinsNone"))).append("</p></section>\n").toString();
        }
        if (report.survivors().isEmpty()) {
            return b.append("<p id=\"pinned\">").append(esc(w.format("draft.pinsAll", report.made()))).append("</p></section>\n").toString();
        }
        b.append("<p class=\"notice\" id=\"unpinned\">").append(esc(w.format("draft.pinsSome", report.made(), report.survivors().size())))
                .append("</p><ul class=\"survivors\">");
        for (MutationReport.Outcome o : report.survivors()) {
            b.append("<li><code>").append(esc(o.mutant().location())).append("</code> ").append(esc(o.mutant().rule().id()))
                    .append(" “").append(esc(o.mutant().rule().name())).append("”: <code>").append(esc(o.mutant().change()))
                    .append("</code></li>");
        }
        return b.append("</ul></section>\n").toString();
    }
}
