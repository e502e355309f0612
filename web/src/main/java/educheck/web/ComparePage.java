package educheck.web;

import static educheck.checker.render.SiteAssets.esc;

import educheck.checker.compare.Comparison;
import educheck.checker.compare.ComparisonTable;
import educheck.checker.render.ComparisonFormats;
import educheck.checker.render.RenderOptions;
import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunOutcome;
import educheck.model.io.InputError;
import educheck.store.Uploads;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Districts side by side, each as last checked, in the html of {@code educheck compare}, with the roll-ups over
 * them. Districts are chosen with check boxes in a GET form, so a comparison is a link that can be shared. Judged
 * as another jurisdiction, the districts' archived inputs are checked again under its rules on the server's check
 * workers ({@link Comparison}, as {@code educheck compare --judge-as} does with the same files); nothing is archived.
 */
final class ComparePage {

    static final int MOST = 50;

    private final RunArchive archive;
    private final CheckQueue queue;
    private final List<String> jurisdictions;

    ComparePage(RunArchive archive, CheckQueue queue, List<String> jurisdictions) {
        this.archive = archive;
        this.queue = queue;
        this.jurisdictions = List.copyOf(jurisdictions);
    }

    void page(Context ctx) throws Exception {
        Words w = Layout.words(ctx);
        // Every district's latest run (year first) for the form: the districts' own rows, never a run's findings.
        Map<String, Uploads.Latest> latest = archive.latest(null);
        List<String> chosen = ctx.queryParams("district").stream().distinct().toList();
        String judgeAs = blankToNull(ctx.queryParam("judgeAs"));
        String form = form(w, latest, chosen, judgeAs);
        if (chosen.size() > MOST) {
            throw new Refusal(400, "error.tooMany", List.of(w.format("compare.most", MOST)));
        }
        for (String code : chosen) {
            if (!latest.containsKey(code)) {
                throw new Refusal(400, "error.noDistrict", List.of(code));
            }
        }
        if (judgeAs != null && !jurisdictions.contains(judgeAs)) {
            throw new Refusal(400, "error.judgeAs", List.of(judgeAs + ": " + w.get("compare.oneOf") + " " + String.join(", ", jurisdictions)));
        }
        if (chosen.isEmpty()) {
            Layout.page(ctx, w.get("compare.title"), form);
            return;
        }
        String notes = "";
        ComparisonTable table;
        if (judgeAs == null) {
            table = stored(chosen, latest);
        } else {
            Comparison.Result result = judged(chosen, latest, judgeAs);
            table = result.table();
            // A district read twice (two runs held it) is an input error of the re-check that the user need not see;
            // the errors matter when a chosen district could not be compared.
            if (table.columns().size() < chosen.size()) {
                notes = "<section class=\"card\"><p>" + esc(w.get("compare.inputErrors")) + "</p><pre class=\"errors\" id=\"errors\">"
                        + esc(String.join("\n", result.outcome().inputErrorLines(w.zh()))) + "</pre></section>\n";
            }
        }
        StringWriter out = new StringWriter();
        ComparisonFormats.byName("html").write(out, table, RenderOptions.plain(w.zh() ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        String html = out.toString().replaceFirst("</head>", java.util.regex.Matcher.quoteReplacement(Layout.SITE_HEAD + "</head>"))
                .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement("<body>\n" + Layout.nav(ctx) + form + notes));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    private String form(Words w, Map<String, Uploads.Latest> latest, List<String> chosen, String judgeAs) {
        StringBuilder form = new StringBuilder("<section class=\"card\"><h1>").append(esc(w.get("compare.title"))).append("</h1><p>")
                .append(esc(w.get("compare.help"))).append("</p><form class=\"stack\" method=\"get\" action=\"/compare\"><div class=\"checks\">");
        for (Uploads.Latest d : latest.values()) {
            form.append("<label><input type=\"checkbox\" name=\"district\" value=\"").append(esc(d.code())).append('"')
                    .append(chosen.contains(d.code()) ? " checked" : "").append("> ").append(esc(d.code() + " " + d.name() + " (" + d.year() + ")"))
                    .append("</label>");
        }
        form.append("</div><label for=\"judgeAs\">").append(esc(w.get("compare.judgeAs"))).append("</label><select id=\"judgeAs\" name=\"judgeAs\">")
                .append("<option value=\"\">").append(esc(w.get("compare.own"))).append("</option>");
        for (String j : jurisdictions) {
            form.append("<option value=\"").append(esc(j)).append('"').append(j.equals(judgeAs) ? " selected" : "").append('>')
                    .append(esc(j)).append("</option>");
        }
        return form.append("</select><button type=\"submit\" id=\"compare\">").append(esc(w.get("compare.submit")))
                .append("</button></form></section>\n").toString();
    }

    /**
     * Each district as its latest run judged it, with that run's roll-ups that judged it. Each run is read once, and
     * only for its chosen districts' rows: 50 districts of one 60-district run read 50 districts, not 50 runs.
     */
    private ComparisonTable stored(List<String> chosen, Map<String, Uploads.Latest> latest) throws IOException {
        ComparisonTable.Builder builder = ComparisonTable.builder(null);
        List<RollupReport> rollups = new ArrayList<>();
        Map<Long, java.util.Set<String>> byRun = new LinkedHashMap<>();
        chosen.forEach(code -> byRun.computeIfAbsent(latest.get(code).runId(), k -> new java.util.HashSet<>()).add(code));
        Map<String, DistrictReport> read = new java.util.HashMap<>();
        for (Map.Entry<Long, java.util.Set<String>> run : byRun.entrySet()) {
            archive.replay(run.getKey(), run.getValue(), new ChosenDistricts(run.getValue(), read, rollups));
        }
        // In the order chosen, as the command line puts its columns.
        chosen.stream().map(read::get).filter(java.util.Objects::nonNull).forEach(builder::add);
        return builder.build(new RunOutcome(RunOutcome.emptyCounts(), List.of(), rollups, 0));
    }

    /**
     * The chosen districts' latest runs' inputs, written to a temporary folder (one sub-folder per run, newest run
     * first) and checked again under {@code judgeAs} on a check worker.
     */
    private Comparison.Result judged(List<String> chosen, Map<String, Uploads.Latest> latest, String judgeAs) throws Exception {
        List<Long> runs = chosen.stream().map(c -> latest.get(c).runId()).distinct().sorted(Comparator.reverseOrder()).toList();
        java.util.concurrent.CompletableFuture<Comparison.Result> done;
        try {
            done = queue.run(checker -> {
                Path dir = Files.createTempDirectory("educheck-compare-");
                try {
                    List<Path> files = new ArrayList<>();
                    Map<Long, Path> folders = new LinkedHashMap<>();
                    for (long run : runs) {
                        Path folder = Files.createDirectory(dir.resolve(String.valueOf(run)));
                        List<Path> inputs = archive.archive().inputFiles(run, folder);
                        if (inputs.isEmpty()) {
                            List<String> codes = chosen.stream().filter(c -> latest.get(c).runId() == run).toList();
                            throw new Refusal(400, "error.noInput", List.of(String.join(", ", codes) + ": run " + run));
                        }
                        files.addAll(inputs);
                        folders.put(run, folder);
                    }
                    List<Comparison.Pick> picks = chosen.stream()
                            .map(c -> new Comparison.Pick(c, folders.get(latest.get(c).runId()))).toList();
                    // One thread: the queue's workers are the parallelism, as for uploads.
                    return withoutFolder(new Comparison(checker, judgeAs).of(files, 1, picks), dir);
                } finally {
                    deleteTree(dir);
                }
            });
        } catch (CheckQueue.Busy e) {
            throw new Refusal(503, "error.busy");
        }
        try {
            return done.get(Api.CHECK_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            throw new Refusal(503, "error.busy");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Input errors name a file by its run and name ("5/1-pingjiang.xml"), never the server's temporary folder. */
    private static Comparison.Result withoutFolder(Comparison.Result r, Path dir) {
        String prefix = dir.toString() + java.io.File.separator;
        List<InputError> errors = new ArrayList<>();
        for (InputError e : r.outcome().inputErrors()) {
            Path file = e.file() != null && e.file().startsWith(dir) ? dir.relativize(e.file()) : e.file();
            errors.add(new InputError(file, e.line(), e.column(), e.field(), unfold(e.message(), prefix), unfold(e.messageZh(), prefix)));
        }
        RunOutcome o = r.outcome();
        return new Comparison.Result(r.table(), new RunOutcome(o.verdicts(), errors, o.rollups(), o.ruleFaults()));
    }

    private static String unfold(String message, String prefix) {
        return message == null ? null : message.replace(prefix, "");
    }

    /** Keeps the chosen districts of a stored run (the first read of each), and the run's roll-ups that judged one. */
    private static final class ChosenDistricts implements ReportStream {
        private final java.util.Set<String> codes;
        private final Map<String, DistrictReport> read;
        private final List<RollupReport> rollups;

        ChosenDistricts(java.util.Set<String> codes, Map<String, DistrictReport> read, List<RollupReport> rollups) {
            this.codes = codes;
            this.read = read;
            this.rollups = rollups;
        }

        @Override
        public void district(DistrictReport d) {
            if (codes.contains(d.code())) {
                read.putIfAbsent(d.code(), d);
            }
        }

        @Override
        public void finish(RunOutcome outcome) {
            for (RollupReport r : outcome.rollups()) {
                boolean judgesOne = r.group().counties().stream().anyMatch(c -> codes.contains(c.code()) && c.inRun());
                if (judgesOne && rollups.stream().noneMatch(x -> x.finding().getId().equals(r.finding().getId())
                        && x.finding().getSubject().equals(r.finding().getSubject()))) {
                    rollups.add(r);
                }
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system's cleaner takes it
        }
    }
}
