package educheck.web;

import educheck.store.ArchiveException;
import educheck.store.Uploads;
import io.javalin.http.Context;
import java.util.List;

/**
 * Which runs a user may read. An inspector reads the runs they uploaded and the history of the districts in those
 * runs; an analyst, policy officer or admin reads every run (and so does the one person at an open server, who is
 * admin). Anything else is refused with 403.
 */
final class ReadAccess {

    private ReadAccess() {
    }

    static boolean readsAll(Principal who) {
        return who.role().allows(Role.ANALYST);
    }

    static boolean mayRead(Principal who, Uploads.Upload run) {
        return readsAll(who) || who.user().equals(run.user());
    }

    /** The latest runs the user may read, newest first. */
    static List<Uploads.Upload> runs(Context ctx, RunArchive archive, int limit) throws ArchiveException {
        Principal who = Layout.who(ctx);
        return readsAll(who) ? archive.runs(limit) : archive.uploadedBy(who.user(), limit);
    }

    /** Refuses a run the user did not upload, unless their role reads all. */
    static Uploads.Upload run(Context ctx, Uploads.Upload run) {
        if (!mayRead(Layout.who(ctx), run)) {
            throw new Refusal(403, "error.notYours");
        }
        return run;
    }

    /** Refuses a district none of the user's uploads checked, unless their role reads all. */
    static void district(Context ctx, RunArchive archive, String code) throws ArchiveException {
        Principal who = Layout.who(ctx);
        if (!readsAll(who) && !archive.uploadedDistrict(who.user(), code)) {
            throw new Refusal(403, "error.notYours");
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
