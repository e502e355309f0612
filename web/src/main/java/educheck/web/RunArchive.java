package educheck.web;

import educheck.checker.render.RenderOptions;
import educheck.checker.render.ReportStream;
import educheck.checker.report.RunInfo;
import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.DistrictHistory;
import educheck.store.RunDiff;
import educheck.store.RunRecorder;
import educheck.store.Uploads;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the web reads from and writes to the archive (store's {@link Archive}), in the web's terms. */
public final class RunArchive {

    private final Archive archive;
    private final Uploads uploads;

    public RunArchive(Archive archive) {
        this.archive = archive;
        this.uploads = new Uploads(archive);
    }

    /** Starts recording the check of an upload; it is kept under {@code shownName}, not where the server held it. */
    RunRecorder record(RunInfo info, Path file, String shownName) throws ArchiveException {
        return archive.record(info, List.of(file), List.of(shownName));
    }

    Archive archive() {
        return archive;
    }

    List<Uploads.Upload> runs(int limit) throws ArchiveException {
        return uploads.latest(limit);
    }

    Optional<Uploads.Upload> run(String id) throws ArchiveException {
        return validId(id) ? uploads.one(Long.parseLong(id)) : Optional.empty();
    }

    List<Uploads.Upload> ofDistrict(String code, int limit) throws ArchiveException {
        return uploads.ofDistrict(code, limit);
    }

    void render(long id, String format, boolean zh, Writer out) throws IOException {
        archive.render(id, format, out, RenderOptions.plain(zh ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        out.flush();
    }

    void replay(long id, ReportStream out) throws IOException {
        archive.replay(id, out);
    }

    List<Uploads.Finding> findings(long runId, String code) throws ArchiveException {
        return uploads.findings(runId, code);
    }

    DistrictHistory history(String code) throws ArchiveException {
        return archive.history(code, null);
    }

    RunDiff diff(long before, long after) throws ArchiveException {
        return archive.diff(before, after);
    }

    /** Whether the archive answers a query now (GET /healthz). */
    boolean reachable() {
        try {
            uploads.latest(1);
            return true;
        } catch (ArchiveException e) {
            return false;
        }
    }

    /** Run ids are numbers: an id taken from a URL can name nothing else. */
    static boolean validId(String id) {
        return id != null && id.matches("[0-9]{1,18}");
    }
}
