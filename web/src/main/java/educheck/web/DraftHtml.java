package educheck.web;

import educheck.checker.load.RuleFiles;
import educheck.checker.drafts.DraftCheck;
import educheck.checker.drafts.RuleDiff;
import educheck.checker.fixtures.FixtureResult;
import educheck.model.Figures;
import educheck.store.RuleDrafts;
import educheck.store.WhatIf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the drafts' templates show (draft-*.jte, editor.jte): a check's result, a diff, a what-if, the comments, the next step, the editor. */
final class DraftHtml {

    /** A fixture failure as FixtureRunner words it: {@code PATH:LINE: expected WHAT, got WHAT}. */
    private static final Pattern EXPECTED_GOT = Pattern.compile("^(.+?):(\\d+): expected (.*?), got (.*)$", Pattern.DOTALL);

    private DraftHtml() {
    }

    static String time(Instant t) {
        return t.toString().substring(0, 16).replace('T', ' ') + " UTC";
    }

    /**
     * A draft's check as draft-check.jte shows it: the verdict line (its class, its id or none, its text); when it does
     * not compile, each problem (linked to its file and line where the draft has the file) and each file's lines
     * around them; when fixtures fail, each failing fixture's failures, expected against got.
     */
    record CheckView(String verdict, String verdictId, String verdictText, List<ProblemRow> problems, List<Listing> listings,
                     List<FixtureView> fixtures) {
    }

    record ProblemRow(String file, int line, Layout.Link link, String message) {
    }

    record Listing(String file, List<ListingLine> lines) {
    }

    /** A numbered line of a file: its class (a problem's line is "ln bad", its message the title and the mark below). */
    record ListingLine(String cls, String mark, String number, String text) {
    }

    record FixtureView(String fixture, Layout.Link expected, List<Failure> failures) {
    }

    /** A fixture's failure: {@code text} as FixtureRunner worded it, or its line's link, what was expected and what came. */
    record Failure(String text, Layout.Link line, String expected, String got) {
    }

    /** Errors at their file and line (each file listed with its lines marked), or the fixtures, expected against got. */
    static CheckView check(Words w, RuleDrafts.Draft d, DraftCheck check, RuleFiles files) {
        CheckView view;
        if (!check.compiles()) {
            List<ProblemRow> problems = new ArrayList<>();
            for (DraftCheck.Problem p : check.problems()) {
                Layout.Link link = p.file() != null && files.all().containsKey(p.file())
                        ? new Layout.Link(fileLink(d, p.file()) + (p.line() > 0 ? "#L" + p.line() : ""), p.file() + (p.line() > 0 ? ":" + p.line() : ""))
                        : null;
                problems.add(new ProblemRow(p.file() == null ? "" : p.file(), p.line(), link, p.message()));
            }
            Map<String, List<DraftCheck.Problem>> byFile = new HashMap<>();
            check.problems().stream().filter(p -> p.file() != null && p.line() > 0 && files.text(p.file()) != null)
                    .forEach(p -> byFile.computeIfAbsent(p.file(), k -> new java.util.ArrayList<>()).add(p));
            List<Listing> listings = new ArrayList<>();
            byFile.forEach((file, inFile) -> listings.add(new Listing(file, lines(files.text(file), inFile, false))));
            view = new CheckView("FAIL", "compile-errors", w.format("draft.compileErrors", check.problems().size()), problems, listings, List.of());
        } else if (check.fixtures().isEmpty()) {
            view = new CheckView("FAIL", null, w.get("draft.noFixtures"), null, List.of(), List.of());
        } else if (check.failingFixtures().isEmpty()) {
            view = new CheckView("PASS", "fixtures-pass", w.format("draft.fixturesPass", check.fixtures().size()), null, List.of(), List.of());
        } else {
            List<FixtureView> fixtures = new ArrayList<>();
            for (FixtureResult r : check.failingFixtures()) {
                String expected = r.fixture().substring(0, r.fixture().lastIndexOf('.')) + ".expected";
                List<Failure> failures = new ArrayList<>();
                for (String f : r.failures()) {
                    failures.add(failure(w, d, f));
                }
                fixtures.add(new FixtureView(r.fixture(), new Layout.Link(fileLink(d, expected), expected), failures));
            }
            view = new CheckView("FAIL", "fixtures-fail", w.format("draft.fixturesFail", check.failingFixtures().size()), null, List.of(),
                    fixtures);
        }
        return view;
    }

    private static Failure failure(Words w, RuleDrafts.Draft d, String f) {
        Matcher m = EXPECTED_GOT.matcher(f);
        if (!m.matches()) {
            return new Failure(f, null, null, null);
        }
        int line = Integer.parseInt(m.group(2));
        return new Failure(null, new Layout.Link(fileLink(d, m.group(1)) + "#L" + line, w.format("draft.line", line)), m.group(3), m.group(4));
    }

    private static String fileLink(RuleDrafts.Draft d, String path) {
        return "/rules/drafts/" + d.id() + "/file?path=" + Layout.urlEncode(path);
    }

    /** The file's lines, numbered (all, or those around each problem), each problem's line marked with its message. */
    private static List<ListingLine> lines(String text, List<DraftCheck.Problem> problems, boolean all) {
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
        List<ListingLine> shown = new ArrayList<>();
        for (int n = 1; n <= lines.length; n++) {
            if (show[n]) {
                String mark = marks.get(n);
                shown.add(new ListingLine(mark == null ? "ln" : "ln bad", mark, String.format("%5d", n), lines[n - 1]));
            }
        }
        return shown;
    }

    /** The standards that change, in words, and each changed file as a line diff (draft-diff.jte). */
    record DiffView(boolean empty, List<StandardRow> standards, List<FileView> files) {
    }

    record StandardRow(String id, String rule, String change, String file) {
    }

    record FileView(String path, List<LineRow> lines) {
    }

    /** A line of a file's diff: add, del or ctx; its old and new numbers (blank where it has none); its mark and text. */
    record LineRow(String kind, String oldLine, String newLine, String text) {
    }

    static DiffView diff(RuleDiff diff) {
        List<StandardRow> standards = new ArrayList<>();
        for (RuleDiff.StandardChange s : diff.standards()) {
            standards.add(new StandardRow(s.id(), s.rule(), s.describe(), s.file()));
        }
        List<FileView> files = new ArrayList<>();
        for (RuleDiff.FileDiff f : diff.files()) {
            List<LineRow> lines = new ArrayList<>();
            for (RuleDiff.Line l : f.lines()) {
                String kind = l.kind() == '+' ? "add" : l.kind() == '-' ? "del" : "ctx";
                lines.add(new LineRow(kind, l.oldLine() == 0 ? "" : String.valueOf(l.oldLine()), l.newLine() == 0 ? "" : String.valueOf(l.newLine()),
                        l.kind() + " " + l.text()));
            }
            files.add(new FileView(f.path(), lines));
        }
        return new DiffView(diff.isEmpty(), standards, files);
    }

    /**
     * The districts whose verdict or findings would change under the draft (draft-whatif.jte): the summary line (with
     * its id, none when there is no what-if), each district and its changes, the districts that could not be checked.
     */
    record WhatIfView(String summaryId, String summary, List<WhatIfDistrict> districts, List<String> unchecked) {
    }

    record WhatIfDistrict(String code, Layout.Link link, int year, String verdict, List<WhatIfChange> changes) {
    }

    record WhatIfChange(String indicator, String subject, String before, String after) {
    }

    static WhatIfView whatIf(Words w, WhatIf whatIf) {
        WhatIfView view;
        if (whatIf == null) {
            view = new WhatIfView(null, w.get("draft.whatifUnavailable"), List.of(), List.of());
        } else if (whatIf.districts().isEmpty()) {
            view = new WhatIfView("whatif-summary", w.format("draft.whatifNone", whatIf.checked()), List.of(), whatIf.unchecked());
        } else {
            List<WhatIfDistrict> districts = new ArrayList<>();
            for (WhatIf.District d : whatIf.districts()) {
                List<WhatIfChange> changes = new ArrayList<>();
                for (WhatIf.Change c : d.changes()) {
                    changes.add(new WhatIfChange(c.indicator(), c.subject(), state(w, c.statusBefore(), c.actualBefore()),
                            state(w, c.statusAfter(), c.actualAfter())));
                }
                districts.add(new WhatIfDistrict(d.code(), new Layout.Link("/districts/" + d.code(), d.code() + " " + (d.name() == null ? "" : d.name())),
                        d.year(), d.verdictChanges() ? d.verdictBefore() + " → " + d.verdictAfter() : d.verdictAfter() + " (" + w.get("draft.unchanged") + ")",
                        changes));
            }
            view = new WhatIfView("whatif-summary", w.format("draft.whatifSome", whatIf.checked(), whatIf.districts().size()), districts,
                    whatIf.unchecked());
        }
        return view;
    }

    private static String state(Words w, String status, Object actual) {
        return status == null ? w.get("draft.none") : actual == null ? status : status + " " + Figures.format(actual);
    }

    static List<Layout.Link> files(RuleDrafts.Draft d, RuleFiles files) {
        // Folded: a rule set has a hundred files, and the reviewer's buttons come first.
        List<Layout.Link> links = new ArrayList<>();
        for (String path : files.all().keySet()) {
            links.add(new Layout.Link(fileLink(d, path), path));
        }
        return links;
    }

    /** A comment as draft-comments.jte shows it. */
    record CommentRow(String author, String time, String text) {
    }

    static List<CommentRow> comments(List<RuleDrafts.Comment> comments) {
        List<CommentRow> rows = new ArrayList<>();
        for (RuleDrafts.Comment c : comments) {
            rows.add(new CommentRow(c.author(), time(c.writtenAt()), c.text()));
        }
        return rows;
    }

    /**
     * What may be done next (draft-actions.jte): submit an editable draft (its reason and document as typed), say an
     * author's submitted draft waits for another, approve or reject a submitted draft (shown to its author too: the
     * server refuses it, and says why, rather than hiding the rule).
     */
    record Actions(long id, boolean editable, boolean waiting, boolean submitted, String reason, String document, List<String> decisions) {
    }

    /** Submit (a draft), approve or reject (a submitted draft, for anyone but its author). */
    static Actions actions(RuleDrafts.Draft d, String who) {
        boolean submitted = d.status() == RuleDrafts.Status.SUBMITTED;
        Actions a = new Actions(d.id(), d.editable(), submitted && d.author().equalsIgnoreCase(who), submitted,
                d.reason() == null ? "" : d.reason(), d.document() == null ? "" : d.document(), List.of("approve", "reject"));
        return a;
    }

    /**
     * A textarea with a gutter of line numbers (problem lines marked), posting {@code path} and {@code content}
     * (editor.jte). The newline after the opening tag is the one HTML drops, so a file that starts with an empty line
     * keeps it.
     */
    record Editor(String action, String path, String text, int rows, String button, List<EditorProblem> problems, List<GutterLine> gutter) {
    }

    /** A problem above the editor: its line (null: none) with the link's text, and its message. */
    record EditorProblem(Integer line, String lineText, String message) {
    }

    /** A number in the gutter; a problem's line has class "bad" and its messages as title (else both null). */
    record GutterLine(int number, String cls, String mark) {
    }

    static Editor editor(Words w, String action, String path, String text, List<DraftCheck.Problem> problems, String button) {
        Map<Integer, String> marks = new HashMap<>();
        problems.forEach(p -> marks.merge(p.line(), p.message(), (a, c) -> a + "; " + c));
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        List<GutterLine> gutter = new ArrayList<>();
        for (int n = 1; n <= lines; n++) {
            String mark = marks.get(n);
            gutter.add(new GutterLine(n, mark == null ? null : "bad", mark));
        }
        List<EditorProblem> shown = new ArrayList<>();
        for (DraftCheck.Problem p : problems) {
            shown.add(p.line() > 0 ? new EditorProblem(p.line(), w.format("draft.line", p.line()), p.message())
                    : new EditorProblem(null, null, p.message()));
        }
        return new Editor(action, path, text, Math.min(40, lines + 1), button, shown, gutter);
    }

    /** The numbered lines of a file that can no longer be edited, for editor-page.jte. */
    static List<ListingLine> listing(String text, List<DraftCheck.Problem> problems) {
        return lines(text, problems, true);
    }
}
