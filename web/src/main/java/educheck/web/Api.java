package educheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.store.Uploads;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The JSON API beside the pages (docs/api.md). */
final class Api {

    /** How long POST /api/check waits for its check, queue included, before answering 503. */
    static final long CHECK_WAIT_MINUTES = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CheckQueue queue;
    private final RunArchive archive;
    private final ServeOptions options;
    private final ReportPages reports;

    Api(CheckQueue queue, RunArchive archive, ServeOptions options, ReportPages reports) {
        this.queue = queue;
        this.archive = archive;
        this.options = options;
        this.reports = reports;
    }

    /** The JSON report of a checked upload, or 400 with the command line's error lines. */
    void check(Context ctx) throws Exception {
        boolean zh = !"en".equals(ctx.queryParam("lang"));
        UploadReceiver.Upload upload = UploadReceiver.receive(ctx, options.maxUploadBytes());
        CheckQueue.Job job;
        try {
            Principal who = Layout.who(ctx);
            job = queue.submit(upload.file(), upload.shownName(), who.uploader(), ReadAccess.assignment(ctx));
        } catch (CheckQueue.Busy e) {
            ctx.header("Retry-After", "5");
            throw new Refusal(503, "error.busy");
        }
        try {
            job.done().get(CHECK_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            ctx.header("Retry-After", "30");
            throw new Refusal(503, "error.busy");
        }
        if (job.state() == CheckQueue.State.NOT_ASSIGNED) {
            throw new Refusal(403, "error.notAssigned", job.errorLines(zh));
        }
        if (job.state() != CheckQueue.State.DONE) {
            throw new Refusal(400, "error.badFile", job.errorLines(zh));
        }
        ctx.header("Location", "/runs/" + job.runId());
        ctx.header("X-Educheck-Run", String.valueOf(job.runId()));
        ctx.contentType("application/json; charset=utf-8");
        reports.stream(ctx, job.runId(), "json", zh);
    }

    void runs(Context ctx) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Uploads.Upload r : ReadAccess.runs(ctx, archive, limit(ctx))) {
            List<Map<String, Object>> districts = new ArrayList<>();
            for (Uploads.District d : r.districts()) {
                districts.add(ordered("code", d.code(), "name", d.name(), "year", d.year(), "verdict", d.verdict()));
            }
            out.add(ordered("id", r.runId(), "at", r.at().toString(), "user", r.user(), "file", r.fileName(), "sha256", r.sha256(),
                    "exitCode", r.exitCode(), "districts", districts));
        }
        json(ctx, Map.of("runs", out));
    }

    /** The district year by year (the latest run of each year): verdicts, and each district-wide indicator's values. */
    void history(Context ctx) throws IOException {
        String code = DistrictPages.code(ctx);
        ReadAccess.district(ctx, code);
        List<RunArchive.Year> years = archive.years(code);
        if (years.isEmpty()) {
            throw new Refusal(404, "error.notFound");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        String name = null;
        for (RunArchive.Year y : years) {
            Uploads.Upload run = archive.run(String.valueOf(y.runId())).orElse(null);
            Uploads.District d = run == null ? null : run.districts().stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
            name = d == null ? name : d.name();
            // Years judged by different rules may differ for that alone: each says which rules judged it.
            out.add(ordered("year", y.year(), "run", y.runId(), "verdict", d == null ? null : d.verdict(),
                    "rules", run == null ? null : ordered("version", run.rules().version(), "sha256", run.rules().sha256())));
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (List<Uploads.Finding> series : DistrictPages.series(code, years).values()) {
            Uploads.Finding last = series.get(series.size() - 1);
            List<Map<String, Object>> values = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                Uploads.Finding f = series.get(i);
                values.add(ordered("year", years.get(i).year(), "status", f == null ? null : f.status(),
                        "actual", f == null ? null : f.actual(), "required", f == null ? null : f.required(),
                        "comparator", f == null ? null : f.comparator()));
            }
            indicators.add(ordered("id", last.indicator(), "subject", last.subject(), "values", values));
        }
        json(ctx, ordered("code", code, "name", name, "years", out, "indicators", indicators));
    }

    void health(Context ctx) {
        boolean ok = archive.reachable();
        ctx.status(ok ? 200 : 503);
        json(ctx, ordered("status", ok ? "ok" : "archive unreachable"));
    }

    private static int limit(Context ctx) {
        String l = ctx.queryParam("limit");
        if (l == null) {
            return 100;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
            throw new Refusal(400, "error.badRequest");
        }
    }

    static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
