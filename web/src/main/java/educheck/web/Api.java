package educheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import educheck.checker.report.DistrictReport;
import educheck.model.Finding;
import io.javalin.http.Context;
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

    Api(CheckQueue queue, RunArchive archive, ServeOptions options) {
        this.queue = queue;
        this.archive = archive;
        this.options = options;
    }

    /** The JSON report of a checked upload, or 400 with the command line's error lines. */
    void check(Context ctx) throws InterruptedException {
        boolean zh = !"en".equals(ctx.queryParam("lang"));
        Uploads.Upload upload = Uploads.receive(ctx, options.maxUploadBytes());
        CheckQueue.Job job;
        try {
            job = queue.submit(upload.file(), upload.shownName(), Layout.who(ctx).user());
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
        if (job.state() != CheckQueue.State.DONE) {
            throw new Refusal(400, "error.badFile", job.errorLines(zh));
        }
        ctx.header("Location", "/runs/" + job.run().id());
        ctx.header("X-Educheck-Run", job.run().id());
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(Reports.render(job.run(), "json", zh));
    }

    void runs(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CheckedRun r : archive.runs(limit(ctx))) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("id", r.id());
            run.put("at", r.at().toString());
            run.put("user", r.user());
            run.put("file", r.fileName());
            run.put("sha256", r.sha256());
            run.put("verdict", r.verdict().name());
            List<Map<String, Object>> districts = new ArrayList<>();
            for (DistrictReport d : r.districts()) {
                districts.add(ordered("code", d.code(), "name", d.name(), "year", d.year(), "verdict", d.verdict().name()));
            }
            run.put("districts", districts);
            out.add(run);
        }
        json(ctx, Map.of("runs", out));
    }

    void history(Context ctx) {
        String code = DistrictPages.code(ctx);
        DistrictHistory h = DistrictHistory.of(code, archive.withDistrict(code));
        if (h.runs().isEmpty()) {
            throw new Refusal(404, "error.notFound");
        }
        List<Map<String, Object>> runs = new ArrayList<>();
        for (DistrictHistory.Point p : h.runs()) {
            runs.add(ordered("run", p.runId(), "at", p.at().toString(), "year", p.year(), "verdict", p.verdict()));
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (List<Finding> series : h.series().values()) {
            Finding last = series.get(series.size() - 1);
            List<Map<String, Object>> values = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                Finding f = series.get(i);
                values.add(ordered("run", h.runs().get(i).runId(), "status", f == null ? null : f.getStatus().name(),
                        "actual", f == null ? null : f.getActual(), "required", f == null ? null : f.getRequired()));
            }
            indicators.add(ordered("id", last.getId(), "subject", last.getSubject(), "values", values));
        }
        Map<String, Object> out = ordered("code", code, "name", h.name(), "runs", runs, "indicators", indicators);
        json(ctx, out);
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
