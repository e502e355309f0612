package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import io.javalin.http.Context;

/** The upload form, and the page an upload waits on until its report is ready. */
final class UploadPages {

    private final CheckQueue queue;
    private final ServeOptions options;

    UploadPages(CheckQueue queue, ServeOptions options) {
        this.queue = queue;
        this.options = options;
    }

    void form(Context ctx) {
        Words w = Layout.words(ctx);
        Layout.page(ctx, w.get("upload.title"), "<section class=\"card\"><h1>" + esc(w.get("upload.title")) + "</h1>\n<p>"
                + esc(w.get("upload.help")) + "</p>\n"
                + "<form class=\"stack\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">" + Layout.csrfField(ctx)
                + "<label for=\"file\">" + esc(w.get("upload.file")) + "</label>"
                + "<input id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.xml\" required>"
                + "<p class=\"muted\">" + esc(w.get("upload.limit")) + ": " + options.maxUploadBytes() / (1024 * 1024) + " MB</p>"
                + "<button type=\"submit\">" + esc(w.get("upload.submit")) + "</button></form></section>");
    }

    void upload(Context ctx) {
        UploadReceiver.Upload upload = UploadReceiver.receive(ctx, options.maxUploadBytes());
        CheckQueue.Job job;
        try {
            Principal who = Layout.who(ctx);
            job = queue.submit(upload.file(), upload.shownName(), who.uploader(), ReadAccess.assignment(ctx));
        } catch (CheckQueue.Busy e) {
            throw new Refusal(503, "error.busy");
        }
        ctx.redirect("/jobs/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Queued, being checked, refused (with the command line's error lines), or on to the report. */
    void job(Context ctx) {
        String id = ctx.pathParam("id");
        CheckQueue.Job job = id.matches("[A-Za-z0-9-]{1,64}") ? queue.job(id).orElse(null) : null;
        if (job == null) {
            throw new Refusal(404, "error.notFound");
        }
        ReadAccess.job(ctx, job);
        Words w = Layout.words(ctx);
        switch (job.state()) {
            case DONE -> ctx.redirect("/runs/" + job.runId(), io.javalin.http.HttpStatus.SEE_OTHER);
            case NOT_ASSIGNED -> throw new Refusal(403, "error.notAssigned", job.errorLines(w.zh()));
            case REFUSED -> {
                ctx.status(400);
                Layout.page(ctx, w.get("refused.title"), "<section class=\"card\"><h1>" + esc(w.get("refused.title")) + "</h1>"
                        + "<p class=\"id\">" + esc(job.fileName()) + "</p><pre class=\"errors\" id=\"errors\">"
                        + esc(String.join("\n", job.errorLines(w.zh()))) + "</pre>" + Layout.link("/", w.get("nav.upload")) + "</section>");
            }
            default -> {
                boolean queued = job.state() == CheckQueue.State.QUEUED;
                String title = w.get(queued ? "queued.title" : "running.title");
                String text = queued ? w.format("queued.ahead", job.position()) : w.get("running.text");
                // A meta refresh, not script: the page moves on with JavaScript off too.
                Layout.page(ctx, title, "<section class=\"card\"><h1 id=\"state\" data-state=\"" + job.state() + "\">" + esc(title)
                        + "</h1><p class=\"id\">" + esc(job.fileName()) + "</p><p>" + esc(text) + "</p></section>",
                        "<meta http-equiv=\"refresh\" content=\"1\">\n");
            }
        }
    }
}
