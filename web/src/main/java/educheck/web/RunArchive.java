package educheck.web;

import educheck.checker.render.RenderOptions;
import educheck.checker.report.ReportStream;
import educheck.checker.report.RunInfo;
import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.RunRecorder;
import educheck.store.Uploads;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the web reads from and writes to the archive (store's {@link Archive}), in the web's terms. */
public final class RunArchive {

    private final Archive archive;
    private final Uploads uploads;

    static final int CACHED = 1000;

    private final Map<Long, Uploads.Upload> runs = lru(CACHED);
    private final Map<String, List<Uploads.Finding>> findings = lru(200);

    private static <K, V> Map<K, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

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

    List<Uploads.Upload> uploadedBy(String user, int limit) throws ArchiveException {
        return uploads.uploadedBy(user, limit);
    }

    Optional<Uploads.Upload> run(String id) throws ArchiveException {
        return validId(id) ? uploads.one(Long.parseLong(id)) : Optional.empty();
    }

    /**
     * The runs of a district, the latest year first and the latest upload within a year, {@code offset} skipped. A run
     * never changes once recorded, so each is read from the archive once and kept (the latest {@value #CACHED} runs):
     * a district page under load costs one small query.
     */
    List<Uploads.Upload> ofDistrict(String code, int offset, int limit) throws ArchiveException {
        List<Uploads.Upload> out = new java.util.ArrayList<>();
        for (long id : uploads.runIdsOfDistrict(code, offset, limit)) {
            Uploads.Upload u = runs.get(id);
            if (u == null) {
                Optional<Uploads.Upload> read = uploads.one(id);
                if (read.isEmpty()) {
                    continue;
                }
                u = read.get();
                runs.put(id, u);
            }
            out.add(u);
        }
        return out;
    }

    /** As {@link #render(long, String, boolean, Writer)}, with only the districts whose codes are given. */
    void render(long id, String format, boolean zh, java.util.Set<String> codes, Writer out) throws IOException {
        archive.render(id, format, codes, out, RenderOptions.plain(zh ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        out.flush();
    }

    int countOfDistrict(String code) throws ArchiveException {
        return uploads.countRunsOfDistrict(code);
    }

    /** Each district's latest run (year first), by code; {@code codes} null for every district. */
    Map<String, Uploads.Latest> latest(java.util.Collection<String> codes) throws ArchiveException {
        return uploads.latestOfDistricts(codes);
    }

    void render(long id, String format, boolean zh, Writer out) throws IOException {
        archive.render(id, format, out, RenderOptions.plain(zh ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        out.flush();
    }

    void replay(long id, ReportStream out) throws IOException {
        archive.replay(id, out);
    }

    /** Run {@code id}'s districts with these codes only, then its closing part. */
    void replay(long id, java.util.Set<String> codes, ReportStream out) throws IOException {
        archive.replay(id, codes, out);
    }

    /** A district's findings in a run; kept once read, as runs never change. */
    List<Uploads.Finding> findings(long runId, String code) throws ArchiveException {
        String key = runId + "/" + code;
        List<Uploads.Finding> f = findings.get(key);
        if (f == null) {
            f = List.copyOf(uploads.findings(runId, code));
            findings.put(key, f);
        }
        return f;
    }

    /** Year by year, oldest first: the year, its latest run, and the district's findings in that run. */
    record Year(int year, long runId, List<Uploads.Finding> findings) {
    }

    List<Year> years(String code) throws ArchiveException {
        List<Year> years = new java.util.ArrayList<>();
        for (long[] y : uploads.latestRunPerYear(code)) {
            years.add(new Year((int) y[0], y[1], findings(y[1], code)));
        }
        return years;
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
