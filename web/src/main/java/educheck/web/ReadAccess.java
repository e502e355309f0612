package educheck.web;

import educheck.store.ArchiveException;
import educheck.store.Uploads;
import io.javalin.http.Context;
import java.util.List;

/**
 * Which runs and districts a user may read. An inspector reads the districts an admin assigned them (history, name,
 * what changed), the runs they uploaded, and any run all of whose districts are theirs; an analyst, policy officer or
 * admin reads every run (and so does the one person at an open server, who is admin). Anything else is 403.
 */
final class ReadAccess {

    private ReadAccess() {
    }

    static boolean readsAll(Principal who) {
        return who.role().allows(Role.ANALYST);
    }

    /** The asking user's districts, as the guard found them for this request. */
    static Assignment assignment(Context ctx) {
        Assignment a = ctx.attribute("assignment");
        return a == null ? new Assignment(List.of()) : a;
    }

    static boolean mayRead(Context ctx, Uploads.Upload run) {
        Principal who = Layout.who(ctx);
        Assignment mine = assignment(ctx);
        return readsAll(who) || who.user().equals(run.user())
                || !run.districts().isEmpty() && run.districts().stream().allMatch(d -> mine.covers(d.code()));
    }

    /** The latest runs the user may read, newest first. */
    static List<Uploads.Upload> runs(Context ctx, RunArchive archive, int limit) throws ArchiveException {
        Principal who = Layout.who(ctx);
        return readsAll(who) ? archive.runs(limit) : archive.uploadedBy(who.user(), limit);
    }

    /** Refuses a run the user may not read. */
    static Uploads.Upload run(Context ctx, Uploads.Upload run) {
        if (!mayRead(ctx, run)) {
            throw new Refusal(403, "error.notYours");
        }
        return run;
    }

    /** Refuses a district outside the user's assignment, unless their role reads all. */
    static void district(Context ctx, String code) {
        if (!readsAll(Layout.who(ctx)) && !assignment(ctx).covers(code)) {
            throw new Refusal(403, "error.districtNotYours");
        }
    }

    /** Refuses an upload's waiting page to anyone but its uploader, unless their role reads all. */
    static void job(Context ctx, CheckQueue.Job job) {
        Principal who = Layout.who(ctx);
        if (!readsAll(who) && !who.user().equals(job.user())) {
            throw new Refusal(403, "error.notYours");
        }
    }
}
