package educheck.web;

import io.javalin.http.Context;

/** The upload form, and the page an upload waits on until its report is ready (upload*.jte). */
final class UploadPages {

    private final CheckQueue queue;
    private final ServeOptions options;

    UploadPages(CheckQueue queue, ServeOptions options) {
        this.queue = queue;
        this.options = options;
    }

    void form(Context ctx) {
        Layout.Frame frame = Layout.frame(ctx, Layout.words(ctx).get("upload.title"));
        long limitMb = options.maxUploadBytes() / (1024 * 1024);
        Layout.send(ctx, out -> JteuploadGenerated.render(out, null, frame, limitMb));
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
                Layout.Frame frame = Layout.frame(ctx, w.get("refused.title"));
                String errors = String.join("\n", job.errorLines(w.zh()));
                Layout.send(ctx, out -> JteuploadrefusedGenerated.render(out, null, frame, job.fileName(), errors));
            }
            default -> {
                boolean queued = job.state() == CheckQueue.State.QUEUED;
                String title = w.get(queued ? "queued.title" : "running.title");
                String text = queued ? w.format("queued.ahead", job.position()) : w.get("running.text");
                // A meta refresh (upload-waiting.jte), not script: the page moves on with JavaScript off too.
                Layout.Frame frame = Layout.frame(ctx, title);
                Layout.send(ctx, out -> JteuploadwaitingGenerated.render(out, null, frame, job.state().name(), job.fileName(), text));
            }
        }
    }
}
