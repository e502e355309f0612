package educheck.web;

import educheck.checker.run.DistrictChecker;
import educheck.checker.load.RuleCompiler;
import educheck.checker.load.RuleFiles;
import educheck.checker.drafts.DraftCheck;
import educheck.checker.drafts.RuleDiff;
import educheck.checker.drafts.RuleEdit;
import educheck.checker.mutations.MutationReport;
import educheck.checker.mutations.MutationTest;
import educheck.store.ArchiveException;
import educheck.store.DraftReview;
import educheck.store.RuleAudit;
import educheck.store.RuleDrafts;
import educheck.store.Uploads;
import educheck.store.WhatIf;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rule drafts in the browser, for the policy role: a change made in the catalogue or a file edited as text becomes a
 * draft; its page shows the check (errors at their line, fixtures expected against got), the diff, the what-if, the
 * comments and what the user may do next. Who may do what is decided by store's {@link DraftReview}, not here.
 */
final class DraftPages {

    private final RulesInForce inForce;
    private final RunArchive archive;
    private final DraftReview review;
    private final ServeOptions options;
    /** A draft's check and what-if, by its files' sha256 (and the latest run): a page is read more often than edited. */
    private final Map<String, DraftCheck> checks = lru(4);
    private final Map<String, WhatIf> whatIfs = lru(8);
    /** The changed rules' mutants no fixture notices, by the draft's files and the version it was made from. */
    private final Map<String, MutationReport> pins = lru(4);

    DraftPages(RulesInForce inForce, RunArchive archive, ServeOptions options) {
        this.inForce = inForce;
        this.archive = archive;
        this.options = options;
        this.review = new DraftReview(archive.archive(), RuleCompiler.standard(), options.budget());
    }

    private static <V> Map<String, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        });
    }

    /** POST /rules/drafts: a rule's threshold, comparator or due year changed in the catalogue makes a new draft. */
    void fromRuleEdit(Context ctx) throws ArchiveException {
        RulesInForce.State state = inForce.current();
        String file = required(ctx, "file");
        String rule = required(ctx, "rule");
        String text = state.rules().files().text(file);
        if (text == null || !file.endsWith(".drl")) {
            throw new Refusal(400, "drafts.badPath");
        }
        String edited;
        try {
            edited = new RuleEdit(ctx.formParam("required"), ctx.formParam("comparator"), ctx.formParam("due")).applyTo(text, rule);
        } catch (RuleEdit.Refused e) {
            throw new Refusal(400, "drafts.badValue", List.of(e.getMessage()));
        }
        SortedMap<String, byte[]> files = new TreeMap<>(state.rules().files().all());
        files.put(file, edited.getBytes(StandardCharsets.UTF_8));
        propose(ctx, state, files);
    }

    /** POST /rules/drafts/file: a file of the rules in force edited as text makes a new draft. */
    void fromFileEdit(Context ctx) throws ArchiveException {
        RulesInForce.State state = inForce.current();
        SortedMap<String, byte[]> files = new TreeMap<>(state.rules().files().all());
        files.put(required(ctx, "path"), content(ctx));
        propose(ctx, state, files);
    }

    private void propose(Context ctx, RulesInForce.State state, SortedMap<String, byte[]> files) throws ArchiveException {
        try {
            long id = review.propose(who(ctx), state.version(), files).id();
            ctx.redirect("/rules/drafts/" + id, HttpStatus.SEE_OTHER);
        } catch (DraftReview.Refused e) {
            throw refusal(e);
        }
    }

    /** A draft as drafts.jte lists it. */
    record Row(long id, String status, String statusText, String author, String time, String base, String reason, String approver) {
    }

    /** GET /rules/drafts: every draft, newest first. */
    void list(Context ctx) throws ArchiveException {
        Words w = Layout.words(ctx);
        List<Row> rows = new ArrayList<>();
        for (RuleDrafts.Draft d : review.drafts().all()) {
            rows.add(new Row(d.id(), d.status().key(), w.get("draft.status." + d.status().key()), d.author(), DraftHtml.time(d.createdAt()),
                    d.baseVersion() == null ? "—" : String.valueOf(d.baseVersion()), d.reason() == null ? "" : d.reason(),
                    d.approver() == null ? "" : d.approver()));
        }
        List<String> columns = new ArrayList<>();
        for (String col : List.of("col.draft", "col.status", "col.proposer", "col.proposedAt", "col.base", "col.reason", "col.approver")) {
            columns.add(w.get(col));
        }
        Layout.Frame frame = Layout.frame(ctx, w.get("drafts.title"));
        Layout.send(ctx, out -> JtedraftsGenerated.render(out, null, frame, columns, rows));
    }

    /** A draft's head (draft-head.jte): status, title, who and when, its reason and document, and the version it became. */
    record Head(String status, String title, String statusText, String meta, String reason, String document, String published) {
    }

    /** GET /rules/drafts/{id}: the check, the diff, the what-if, the comments and the next step, each its own template. */
    void page(Context ctx) throws ArchiveException, IOException {
        Words w = Layout.words(ctx);
        RuleDrafts.Draft d = draft(ctx);
        RuleFiles files = review.drafts().ruleFiles(d.id());
        DraftCheck check = check(files);
        RuleDiff diff;
        try {
            diff = review.diff(d.id());
        } catch (DraftReview.Refused e) {
            throw refusal(e);
        }
        Head head = new Head(d.status().key(), w.format("draft.title", d.id()), w.get("draft.status." + d.status().key()),
                w.format("draft.meta", d.author(), d.baseVersion() == null ? "—" : d.baseVersion(), DraftHtml.time(d.createdAt())),
                d.reason(), d.reason() == null ? null : d.document(),
                d.publishedVersion() == null ? null : w.format("draft.publishedAs", d.publishedVersion(), d.approver()));
        DraftHtml.CheckView checked = DraftHtml.check(w, d, check, files);
        DraftHtml.DiffView changes = DraftHtml.diff(diff);
        DraftPins.View pins = DraftPins.view(w, check.publishable() ? pins(d, files, check) : null);
        DraftHtml.WhatIfView whatIf = DraftHtml.whatIf(w, check.compiles() ? whatIf(files, check) : null);
        List<DraftHtml.CommentRow> comments = DraftHtml.comments(review.drafts().comments(d.id()));
        DraftHtml.Actions actions = DraftHtml.actions(d, who(ctx));
        List<Layout.Link> fileLinks = DraftHtml.files(d, files);
        Layout.Frame frame = Layout.frame(ctx, w.format("draft.title", d.id()));
        Layout.send(ctx, out -> JtedraftGenerated.render(out, null, frame, head, checked, changes, pins, whatIf, d.id(), comments, actions,
                fileLinks));
    }

    /** GET /rules/file?path=: a file of the rules in force, in the editor; saving makes a new draft. */
    void editInForce(Context ctx) throws ArchiveException {
        Words w = Layout.words(ctx);
        RulesInForce.State state = inForce.current();
        String path = ctx.queryParam("path");
        String text = path == null ? null : state.rules().files().text(path);
        if (text == null) {
            throw new Refusal(404, "error.notFound");
        }
        Layout.Frame frame = Layout.frame(ctx, w.format("editor.title", path));
        String note = w.format("editor.inForce", state.version() == null ? "—" : state.version());
        DraftHtml.Editor editor = DraftHtml.editor(w, "/rules/drafts/file", path, text, List.of(), w.get("editor.newDraft"));
        // The editor's few lines of script (line numbers follow the text as it scrolls) are in editor-page.jte's head.
        Layout.send(ctx, out -> JteeditorpageGenerated.render(out, null, frame, note, null, editor, null));
    }

    /** GET /rules/drafts/{id}/file?path=: a file of a draft, in the editor, with its errors at their lines. */
    void editDraftFile(Context ctx) throws ArchiveException {
        Words w = Layout.words(ctx);
        RuleDrafts.Draft d = draft(ctx);
        String path = ctx.queryParam("path");
        RuleFiles files = review.drafts().ruleFiles(d.id());
        String text = path == null ? null : files.text(path);
        if (text == null) {
            throw new Refusal(404, "error.notFound");
        }
        DraftCheck check = checks.get(files.sha256());
        List<DraftCheck.Problem> problems = check == null ? List.of() : check.problemsIn(path);
        Layout.Frame frame = Layout.frame(ctx, w.format("editor.title", path));
        Layout.Link back = new Layout.Link("/rules/drafts/" + d.id(), w.format("draft.title", d.id()));
        DraftHtml.Editor editor = d.editable()
                ? DraftHtml.editor(w, "/rules/drafts/" + d.id() + "/file", path, text, problems, w.get("editor.save")) : null;
        List<DraftHtml.ListingLine> listing = d.editable() ? null : DraftHtml.listing(text, problems);
        Layout.send(ctx, out -> JteeditorpageGenerated.render(out, null, frame, null, back, editor, listing));
    }

    /** POST /rules/drafts/{id}/file: saves an edited file of the draft, then shows the draft's new check. */
    void saveDraftFile(Context ctx) throws ArchiveException {
        RuleDrafts.Draft d = draft(ctx);
        act(() -> review.saveFile(d.id(), who(ctx), required(ctx, "path"), content(ctx)));
        ctx.redirect("/rules/drafts/" + d.id(), HttpStatus.SEE_OTHER);
    }

    void submit(Context ctx) throws ArchiveException {
        RuleDrafts.Draft d = draft(ctx);
        act(() -> review.submit(d.id(), who(ctx), ctx.formParam("reason"), ctx.formParam("document")));
        ctx.redirect("/rules/drafts/" + d.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * POST /rules/drafts/{id}/approve: publishes the next version, in force for every server on the archive from its
     * next check; this one loads it off the request thread at once.
     */
    void approve(Context ctx) throws ArchiveException {
        RuleDrafts.Draft d = draft(ctx);
        act(() -> review.approve(d.id(), who(ctx), ctx.formParam("comment")));
        inForce.loadSoon();
        ctx.redirect("/rules/drafts/" + d.id(), HttpStatus.SEE_OTHER);
    }

    void reject(Context ctx) throws ArchiveException {
        RuleDrafts.Draft d = draft(ctx);
        act(() -> review.reject(d.id(), who(ctx), ctx.formParam("comment")));
        ctx.redirect("/rules/drafts/" + d.id(), HttpStatus.SEE_OTHER);
    }

    void comment(Context ctx) throws ArchiveException {
        RuleDrafts.Draft d = draft(ctx);
        act(() -> review.comment(d.id(), who(ctx), ctx.formParam("text")));
        ctx.redirect("/rules/drafts/" + d.id() + "#comments", HttpStatus.SEE_OTHER);
    }

    /** A published version as audit.jte lists it. */
    record AuditRow(int version, String proposer, String proposedAt, String approver, String publishedAt, String reason, String document,
                    Long draft, String comments) {
    }

    /** GET /rules/audit: every published version, who proposed and approved it, when and why. */
    void audit(Context ctx) throws ArchiveException {
        Words w = Layout.words(ctx);
        List<AuditRow> rows = new ArrayList<>();
        for (RuleAudit.Entry e : RuleAudit.of(archive.archive()).entries()) {
            rows.add(new AuditRow(e.version(), e.proposer(), DraftHtml.time(e.proposedAt()),
                    e.approver() == null ? w.get("audit.notReviewed") : e.approver(), DraftHtml.time(e.publishedAt()), e.reason(),
                    e.document() == null ? "" : e.document(), e.draft(), String.join(" | ", e.comments())));
        }
        List<String> columns = new ArrayList<>();
        for (String col : List.of("col.version", "col.proposer", "col.proposedAt", "col.approver", "col.published", "col.reason",
                "col.document", "col.draft", "col.comments")) {
            columns.add(w.get(col));
        }
        Layout.Frame frame = Layout.frame(ctx, w.get("audit.title"));
        Layout.send(ctx, out -> JteauditGenerated.render(out, null, frame, columns, rows));
    }

    /** GET /rules/audit.csv: the same trail as `educheck rules audit --format csv`. */
    void auditCsv(Context ctx) throws IOException {
        StringWriter out = new StringWriter();
        RuleAudit.of(archive.archive()).csv(out);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"rules-audit.csv\"");
        ctx.result(out.toString());
    }

    private DraftCheck check(RuleFiles files) {
        return checks.computeIfAbsent(files.sha256(), k -> DraftCheck.of(files, RuleCompiler.standard(), options.budget()));
    }

    private MutationReport pins(RuleDrafts.Draft d, RuleFiles files, DraftCheck check) throws ArchiveException {
        String key = files.sha256() + "/" + d.baseVersion();
        MutationReport known = pins.get(key);
        if (known == null) {
            // One thread: the server's cores are the check queue's.
            known = new MutationTest(new DistrictChecker(check.rules()).withBudget(options.budget()), 1)
                    .runChanged(review.baseFiles(d), check.fixtures());
            pins.put(key, known);
        }
        return known;
    }

    private WhatIf whatIf(RuleFiles files, DraftCheck check) throws IOException {
        List<Uploads.Upload> latest = archive.runs(1);
        String key = files.sha256() + "/" + (latest.isEmpty() ? 0 : latest.get(0).runId());
        WhatIf known = whatIfs.get(key);
        if (known == null) {
            known = WhatIf.of(archive.archive(), check.rules(), options.budget());
            whatIfs.put(key, known);
        }
        return known;
    }

    private RuleDrafts.Draft draft(Context ctx) throws ArchiveException {
        String id = ctx.pathParam("id");
        if (!RunArchive.validId(id)) {
            throw new Refusal(404, "error.notFound");
        }
        return review.drafts().find(Long.parseLong(id)).orElseThrow(() -> new Refusal(404, "error.notFound"));
    }

    private static String who(Context ctx) {
        return Layout.who(ctx).user();
    }

    private static String required(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new Refusal(400, "drafts.missing", List.of(field));
        }
        return v;
    }

    /** A textarea's text as the file's bytes: browsers send CRLF line ends, the rule files have LF. */
    private static byte[] content(Context ctx) {
        String v = ctx.formParam("content");
        if (v == null) {
            throw new Refusal(400, "drafts.missing", List.of("content"));
        }
        return v.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    private interface Action {
        void run() throws DraftReview.Refused, ArchiveException;
    }

    private static void act(Action action) throws ArchiveException {
        try {
            action.run();
        } catch (DraftReview.Refused e) {
            throw refusal(e);
        }
    }

    /** The review's refusal as a page: the site's words for why, and the review's own sentence beneath. */
    private static Refusal refusal(DraftReview.Refused e) {
        return switch (e.why()) {
            case NO_SUCH_DRAFT -> new Refusal(404, "error.notFound");
            case NOT_POLICY -> new Refusal(403, "drafts.notPolicy", List.of(e.getMessage()));
            case OWN_DRAFT -> new Refusal(403, "drafts.ownDraft", List.of(e.getMessage()));
            case NOT_PUBLISHABLE -> new Refusal(400, "drafts.notPublishable", List.of(e.getMessage()));
            case NO_REASON, NO_COMMENT -> new Refusal(400, "drafts.missing", List.of(e.getMessage()));
            case BAD_PATH -> new Refusal(400, "drafts.badPath", List.of(e.getMessage()));
            case STALE -> new Refusal(409, "drafts.stale", List.of(e.getMessage()));
            case NOT_EDITABLE, NOT_SUBMITTED, ALREADY_A_VERSION -> new Refusal(409, "drafts.state", List.of(e.getMessage()));
        };
    }
}
