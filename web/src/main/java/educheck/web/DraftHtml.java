package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.RuleFiles;
import educheck.checker.drafts.DraftCheck;
import educheck.checker.drafts.RuleDiff;
import educheck.checker.fixtures.FixtureResult;
import educheck.model.Figures;
import educheck.store.RuleDrafts;
import educheck.store.WhatIf;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pieces of the drafts' pages: a check's result, a diff, a what-if, the editor, the audit trail. */
final class DraftHtml {

    /** The editor's few lines of script (line numbers follow the text as it scrolls); pages read without it. */
    static final String EDITOR_SCRIPT = "<script src=\"/assets/editor.js\" defer></script>\n";

    /** A fixture failure as FixtureRunner words it: {@code PATH:LINE: expected WHAT, got WHAT}. */
    private static final Pattern EXPECTED_GOT = Pattern.compile("^(.+?):(\\d+): expected (.*?), got (.*)$", Pattern.DOTALL);

    private DraftHtml() {
    }

    static String time(Instant t) {
        return t.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    /** Errors at their file and line (each file listed with its lines marked), or the fixtures, expected against got. */
    static String check(Words w, RuleDrafts.Draft d, DraftCheck check, RuleFiles files) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"check\"><h2>").append(esc(w.get("draft.check"))).append("</h2>");
        if (!check.compiles()) {
            b.append("<p class=\"verdict FAIL\" id=\"compile-errors\">").append(esc(w.format("draft.compileErrors", check.problems().size())))
                    .append("</p><ul class=\"problems\">");
            for (DraftCheck.Problem p : check.problems()) {
                b.append("<li class=\"problem\" data-file=\"").append(esc(p.file() == null ? "" : p.file())).append("\" data-line=\"")
                        .append(p.line()).append("\">");
                if (p.file() != null && files.all().containsKey(p.file())) {
                    b.append(Layout.link(fileLink(d, p.file()) + (p.line() > 0 ? "#L" + p.line() : ""),
                            p.file() + (p.line() > 0 ? ":" + p.line() : ""))).append(" ");
                }
                b.append("<span class=\"message\">").append(esc(p.message())).append("</span></li>");
            }
            b.append("</ul>");
            Map<String, List<DraftCheck.Problem>> byFile = new HashMap<>();
            check.problems().stream().filter(p -> p.file() != null && p.line() > 0 && files.text(p.file()) != null)
                    .forEach(p -> byFile.computeIfAbsent(p.file(), k -> new java.util.ArrayList<>()).add(p));
            byFile.forEach((file, problems) -> b.append("<h3>").append(esc(file)).append("</h3>").append(numbered(files.text(file), problems, false)));
        } else if (check.fixtures().isEmpty()) {
            b.append("<p class=\"verdict FAIL\">").append(esc(w.get("draft.noFixtures"))).append("</p>");
        } else if (check.failingFixtures().isEmpty()) {
            b.append("<p class=\"verdict PASS\" id=\"fixtures-pass\">").append(esc(w.format("draft.fixturesPass", check.fixtures().size())))
                    .append("</p>");
        } else {
            b.append("<p class=\"verdict FAIL\" id=\"fixtures-fail\">").append(esc(w.format("draft.fixturesFail", check.failingFixtures().size())))
                    .append("</p>");
            for (FixtureResult r : check.failingFixtures()) {
                String expected = r.fixture().substring(0, r.fixture().lastIndexOf('.')) + ".expected";
                b.append("<div class=\"fixture\" data-fixture=\"").append(esc(r.fixture())).append("\"><h3>").append(esc(r.fixture()))
                        .append(" · ").append(Layout.link(fileLink(d, expected), expected)).append("</h3><ul>");
                for (String f : r.failures()) {
                    b.append("<li class=\"failure\">").append(failure(w, d, f)).append("</li>");
                }
                b.append("</ul></div>");
            }
        }
        return b.append("</section>\n").toString();
    }

    private static String failure(Words w, RuleDrafts.Draft d, String f) {
        Matcher m = EXPECTED_GOT.matcher(f);
        if (!m.matches()) {
            return esc(f);
        }
        int line = Integer.parseInt(m.group(2));
        return Layout.link(fileLink(d, m.group(1)) + "#L" + line, w.format("draft.line", line)) + ": " + esc(w.get("draft.expected"))
                + " <b class=\"expected\">" + esc(m.group(3)) + "</b>, " + esc(w.get("draft.got")) + " <b class=\"got\">"
                + esc(m.group(4)) + "</b>";
    }

    private static String fileLink(RuleDrafts.Draft d, String path) {
        return "/rules/drafts/" + d.id() + "/file?path=" + Layout.urlEncode(path);
    }

    /** The file's lines, numbered (all, or those around each problem), each problem's line marked with its message. */
    static String numbered(String text, List<DraftCheck.Problem> problems, boolean all) {
        String[] lines = text.split("\n", -1);
        boolean[] show = new boolean[lines.length + 1];
        java.util.Arrays.fill(show, all);
        Map<Integer, String> marks = new HashMap<>();
        for (DraftCheck.Problem p : problems) {
            marks.merge(p.line(), p.message(), (a, c) -> a + "; " + c);
            for (int n = Math.max(1, p.line() - 2); n <= Math.min(lines.length, p.line() + 2); n++) {
                show[n] = true;
            }
        }
        StringBuilder b = new StringBuilder("<pre class=\"listing\">");
        for (int n = 1; n <= lines.length; n++) {
            if (show[n]) {
                String mark = marks.get(n);
                b.append("<span class=\"ln").append(mark == null ? "" : " bad").append("\"").append(mark == null ? "" : " title=\"" + esc(mark) + "\"")
                        .append(">").append(String.format("%5d", n)).append("</span> ").append(esc(lines[n - 1])).append('\n');
                if (mark != null) {
                    b.append("<span class=\"mark\">      ↑ ").append(esc(mark)).append("</span>\n");
                }
            }
        }
        return b.append("</pre>").toString();
    }

    /** The standards that change, in words, and each changed file as a line diff. */
    static String diff(Words w, RuleDiff diff) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"diff\"><h2>").append(esc(w.get("draft.diff"))).append("</h2>");
        if (diff.isEmpty()) {
            return b.append("<p>").append(esc(w.get("draft.noChanges"))).append("</p></section>\n").toString();
        }
        if (!diff.standards().isEmpty()) {
            b.append("<h3>").append(esc(w.get("draft.standards"))).append("</h3><table id=\"standards\"><tbody>");
            for (RuleDiff.StandardChange s : diff.standards()) {
                b.append("<tr><td class=\"id\">").append(esc(s.id())).append("</td><td>").append(esc(s.rule())).append("</td><td class=\"change\">")
                        .append(esc(s.describe())).append("</td><td class=\"src\">").append(esc(s.file())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        for (RuleDiff.FileDiff f : diff.files()) {
            b.append("<h3 class=\"diff-file\">").append(esc(f.path())).append("</h3><table class=\"diff\"><tbody>");
            for (RuleDiff.Line l : f.lines()) {
                String kind = l.kind() == '+' ? "add" : l.kind() == '-' ? "del" : "ctx";
                b.append("<tr class=\"").append(kind).append("\"><td class=\"ln\">").append(l.oldLine() == 0 ? "" : l.oldLine())
                        .append("</td><td class=\"ln\">").append(l.newLine() == 0 ? "" : l.newLine()).append("</td><td><code>")
                        .append(l.kind()).append(' ').append(esc(l.text())).append("</code></td></tr>");
            }
            b.append("</tbody></table>");
        }
        return b.append("</section>\n").toString();
    }

    /** The districts whose verdict or findings would change under the draft. */
    static String whatIf(Words w, WhatIf whatIf) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"whatif\"><h2>").append(esc(w.get("draft.whatif"))).append("</h2>");
        if (whatIf == null) {
            return b.append("<p>").append(esc(w.get("draft.whatifUnavailable"))).append("</p></section>\n").toString();
        }
        if (whatIf.districts().isEmpty()) {
            b.append("<p id=\"whatif-summary\">").append(esc(w.format("draft.whatifNone", whatIf.checked()))).append("</p>");
        } else {
            b.append("<p id=\"whatif-summary\">").append(esc(w.format("draft.whatifSome", whatIf.checked(), whatIf.districts().size())))
                    .append("</p><table id=\"whatif-districts\"><tbody>");
            for (WhatIf.District d : whatIf.districts()) {
                b.append("<tr class=\"district\" data-code=\"").append(esc(d.code())).append("\"><th colspan=\"2\">")
                        .append(Layout.link("/districts/" + d.code(), d.code() + " " + (d.name() == null ? "" : d.name())))
                        .append(" (").append(d.year()).append(")</th><th>").append(esc(w.get("draft.verdict"))).append(": ")
                        .append(esc(d.verdictChanges() ? d.verdictBefore() + " → " + d.verdictAfter() : d.verdictAfter() + " (" + w.get("draft.unchanged") + ")"))
                        .append("</th></tr>");
                for (WhatIf.Change c : d.changes()) {
                    b.append("<tr class=\"change\"><td class=\"id\">").append(esc(c.indicator())).append("</td><td>").append(esc(c.subject()))
                            .append("</td><td>").append(esc(state(w, c.statusBefore(), c.actualBefore()))).append(" → ")
                            .append(esc(state(w, c.statusAfter(), c.actualAfter()))).append("</td></tr>");
                }
            }
            b.append("</tbody></table>");
        }
        whatIf.unchecked().forEach(u -> b.append("<p class=\"muted\">").append(esc(u)).append("</p>"));
        return b.append("</section>\n").toString();
    }

    private static String state(Words w, String status, Object actual) {
        return status == null ? w.get("draft.none") : actual == null ? status : status + " " + Figures.format(actual);
    }

    static String files(Words w, RuleDrafts.Draft d, RuleFiles files) {
        // Folded: a rule set has a hundred files, and the reviewer's buttons come first.
        StringBuilder b = new StringBuilder("<section class=\"card\"><details><summary><h2 class=\"inline\">").append(esc(w.get("draft.files")))
                .append(" (").append(files.all().size()).append(")</h2></summary><ul class=\"checks\" id=\"draft-files\">");
        for (String path : files.all().keySet()) {
            b.append("<li>").append(Layout.link(fileLink(d, path), path)).append("</li>");
        }
        return b.append("</ul></details></section>\n").toString();
    }

    static String comments(Context ctx, Words w, RuleDrafts.Draft d, List<RuleDrafts.Comment> comments) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"comments\"><h2>").append(esc(w.get("draft.comments"))).append("</h2><ul>");
        for (RuleDrafts.Comment c : comments) {
            b.append("<li class=\"comment\"><b>").append(esc(c.author())).append("</b> <span class=\"muted\">").append(esc(time(c.writtenAt())))
                    .append("</span>: ").append(esc(c.text())).append("</li>");
        }
        return b.append("</ul><form class=\"stack\" method=\"post\" action=\"/rules/drafts/").append(d.id()).append("/comment\">")
                .append(Layout.csrfField(ctx)).append("<label for=\"comment-text\">").append(esc(w.get("draft.commentText"))).append(most(w, "text"))
                .append("</label><textarea id=\"comment-text\" name=\"text\" rows=\"2\" cols=\"60\"").append(FieldLimits.maxlength("text"))
                .append(" required></textarea>")
                .append("<button type=\"submit\">").append(esc(w.get("draft.comment"))).append("</button></form></section>\n").toString();
    }

    /** Submit (a draft), approve or reject (a submitted draft, for anyone but its author). */
    static String actions(Context ctx, Words w, RuleDrafts.Draft d, String who) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"actions\">");
        if (d.editable()) {
            b.append("<form class=\"stack\" id=\"submit-form\" method=\"post\" action=\"/rules/drafts/").append(d.id()).append("/submit\">")
                    .append(Layout.csrfField(ctx)).append("<label for=\"reason\">").append(esc(w.get("draft.reason"))).append(most(w, "reason"))
                    .append("</label><input type=\"text\" id=\"reason-input\" name=\"reason\" size=\"60\"").append(FieldLimits.maxlength("reason"))
                    .append(" value=\"").append(esc(d.reason() == null ? "" : d.reason()))
                    .append("\"><label for=\"document\">").append(esc(w.get("draft.document"))).append(most(w, "document"))
                    .append("</label><input type=\"text\" id=\"document\" name=\"document\" size=\"60\"").append(FieldLimits.maxlength("document"))
                    .append(" value=\"").append(esc(d.document() == null ? "" : d.document()))
                    .append("\"><button type=\"submit\" id=\"submit\">").append(esc(w.get("draft.submit"))).append("</button></form>");
        } else if (d.status() == RuleDrafts.Status.SUBMITTED && d.author().equalsIgnoreCase(who)) {
            b.append("<p class=\"notice\" id=\"waiting\">").append(esc(w.get("draft.waiting"))).append("</p>");
        }
        if (d.status() == RuleDrafts.Status.SUBMITTED) {
            // Shown to the author too: the server refuses it, and says why, rather than hiding the rule.
            for (String action : List.of("approve", "reject")) {
                b.append("<form class=\"stack\" id=\"").append(action).append("-form\" method=\"post\" action=\"/rules/drafts/").append(d.id())
                        .append("/").append(action).append("\">").append(Layout.csrfField(ctx)).append("<label for=\"").append(action)
                        .append("-comment\">").append(esc(w.get("draft.commentText"))).append(most(w, "comment")).append("</label><input type=\"text\" id=\"")
                        .append(action).append("-comment\" name=\"comment\" size=\"60\"").append(FieldLimits.maxlength("comment")).append("><button type=\"submit\" id=\"").append(action).append("\">")
                        .append(esc(w.get("draft." + action))).append("</button></form>");
            }
        }
        return b.append("</section>\n").toString();
    }

    /**
     * A textarea with a gutter of line numbers (problem lines marked), posting {@code path} and {@code content}. The
     * newline after the opening tag is the one HTML drops, so a file that starts with an empty line keeps it.
     */
    static String editor(Context ctx, Words w, String action, String path, String text, List<DraftCheck.Problem> problems, String button) {
        Map<Integer, String> marks = new HashMap<>();
        problems.forEach(p -> marks.merge(p.line(), p.message(), (a, c) -> a + "; " + c));
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        StringBuilder gutter = new StringBuilder();
        for (int n = 1; n <= lines; n++) {
            String mark = marks.get(n);
            gutter.append("<span id=\"L").append(n).append("\"").append(mark == null ? "" : " class=\"bad\" title=\"" + esc(mark) + "\"")
                    .append(">").append(n).append("</span>\n");
        }
        StringBuilder b = new StringBuilder();
        if (!problems.isEmpty()) {
            b.append("<h2>").append(esc(w.get("editor.problems"))).append("</h2><ul class=\"problems\">");
            problems.forEach(p -> b.append("<li class=\"problem\">").append(p.line() > 0 ? "<a href=\"#L" + p.line() + "\">" + esc(w.format("draft.line", p.line())) + "</a>: " : "")
                    .append(esc(p.message())).append("</li>"));
            b.append("</ul>");
        }
        return b.append("<form class=\"editor-form\" method=\"post\" action=\"").append(esc(action)).append("\">").append(Layout.csrfField(ctx))
                .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(path)).append("\">")
                .append("<div class=\"editor\"><pre class=\"gutter\" aria-hidden=\"true\">").append(gutter)
                .append("</pre><textarea id=\"content\" name=\"content\" wrap=\"off\" spellcheck=\"false\"").append(FieldLimits.maxlength("content"))
                .append(" rows=\"").append(Math.min(40, lines + 1))
                .append("\" aria-label=\"").append(esc(path)).append("\">\n").append(esc(text)).append("</textarea></div>")
                .append("<button type=\"submit\" id=\"save\">").append(esc(button)).append("</button></form>").toString();
    }

    /** The limit of a free-text field, said beside its label. */
    private static String most(Words w, String field) {
        return " <span class=\"muted\">(" + esc(w.format("form.most", FieldLimits.of(field))) + ")</span>";
    }
}
