package educheck.web;

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
            Form form = form(latest, chosen, judgeAs, null);
            Layout.Frame frame = Layout.frame(ctx, w.get("compare.title"));
            Layout.send(ctx, o -> JtecompareGenerated.render(o, null, frame, form));
            return;
        }
        String errors = null;
        ComparisonTable table;
        if (judgeAs == null) {
            table = stored(chosen, latest);
        } else {
            Comparison.Result result = judged(chosen, latest, judgeAs);
            table = result.table();
            // A district read twice (two runs held it) is an input error of the re-check that the user need not see;
            // the errors matter when a chosen district could not be compared.
            if (table.columns().size() < chosen.size()) {
                errors = String.join("\n", result.outcome().inputErrorLines(w.zh()));
            }
        }
        Form form = form(latest, chosen, judgeAs, errors);
        String above = Layout.html(o -> JtecompareformGenerated.render(o, null, w, form));
        StringWriter out = new StringWriter();
        ComparisonFormats.byName("html").write(out, table, RenderOptions.plain(w.zh() ? RenderOptions.Lang.ZH : RenderOptions.Lang.EN));
        String html = out.toString().replaceFirst("</head>", java.util.regex.Matcher.quoteReplacement(Layout.SITE_HEAD + "</head>"))
                .replaceFirst("<body>", java.util.regex.Matcher.quoteReplacement("<body>\n" + Layout.nav(ctx) + above));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    /** The form above a comparison (compare-form.jte): the districts and rule sets to choose, and the re-check's input errors (null: none). */
    record Form(List<Choice> districts, List<Choice> jurisdictions, String errors) {
    }

    /** A checkbox or option: its value, its text, whether chosen. */
    record Choice(String value, String text, boolean chosen) {
    }

    private Form form(Map<String, Uploads.Latest> latest, List<String> chosen, String judgeAs, String errors) {
        List<Choice> districts = new ArrayList<>();
        for (Uploads.Latest d : latest.values()) {
            districts.add(new Choice(d.code(), d.code() + " " + d.name() + " (" + d.year() + ")", chosen.contains(d.code())));
        }
        List<Choice> sets = new ArrayList<>();
        for (String j : jurisdictions) {
            sets.add(new Choice(j, j, j.equals(judgeAs)));
        }
        return new Form(districts, sets, errors);
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
