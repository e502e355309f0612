package educheck.checker;

import educheck.checker.render.ReportStream;
import educheck.checker.report.DistrictOutcome;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RollupReport;
import educheck.checker.report.RunOutcome;
import educheck.model.Status;
import educheck.model.Verdict;
import educheck.model.io.DistrictInput;
import educheck.model.io.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every district of every file and streams each district's report out as soon as it is checked, then
 * judges the roll-ups over all of them. A bad file or district is recorded as input errors and skipped; the good
 * ones are still checked and reported. Only a small outcome per district is kept for the roll-ups.
 *
 * <p>Uses every core: up to {@code threads} files are read at once ({@link FileReadAhead}), each district is
 * checked on a pool of {@code threads} workers, and the reports are written by the calling thread in file order
 * and district order, so the same input always gives the same report. Each file reads only a few districts
 * ahead of the writer, so memory stays bounded however large the files.
 */
public final class CheckRun {

    /**
     * Input errors kept per file: a file of ten thousand broken districts must not fill the heap with messages;
     * the first thousand show what is wrong, and a count says how many more there were.
     */
    static final int MAX_ERRORS_PER_FILE = 1_000;

    private final DistrictChecker checker;
    private final int threads;
    private final RunProgress progress = new RunProgress();

    public CheckRun(DistrictChecker checker) {
        this(checker, Runtime.getRuntime().availableProcessors());
    }

    public CheckRun(DistrictChecker checker, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more");
        }
        this.checker = checker;
        this.threads = threads;
    }

    /** How far the run has got, for a progress display on another thread. */
    public RunProgress progress() {
        return progress;
    }

    public RunOutcome run(List<Path> files, ReportStream out) throws IOException {
        progress.start(files);
        // The districts' sessions run on the workers themselves, watched from outside (SessionThreads).
        SessionThreads workers = new SessionThreads(threads, "educheck-check");
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), daemons("educheck-read"));
        try {
            List<FileReadAhead> lanes = new ArrayList<>();
            for (Path file : files) {
                FileReadAhead lane = new FileReadAhead(file, checker, workers, 2 * threads + 2, progress);
                lanes.add(lane);
                readers.execute(lane);
            }
            Emitter emitter = new Emitter(out);
            for (FileReadAhead lane : lanes) {
                emitter.drain(lane);
            }
            RuleSet rules = checker.rules();
            List<RollupReport> rollups = new RollupRunner(rules, rules.counties(), checker.budget()).run(emitter.outcomes.values());
            RunOutcome outcome = new RunOutcome(emitter.verdicts, List.copyOf(emitter.inputErrors), rollups, emitter.ruleFaults,
                    List.copyOf(emitter.notices), emitter.readerFaults);
            out.finish(outcome);
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            readers.shutdownNow();
            workers.shutdownNow();
            progress.finish();
        }
    }

    /** Writes reports in input order and keeps what the roll-ups and the exit code need. */
    private final class Emitter {
        final Map<Verdict, Integer> verdicts = RunOutcome.emptyCounts();
        final List<InputError> inputErrors = new ArrayList<>();
        final Map<String, DistrictOutcome> outcomes = new LinkedHashMap<>();
        final List<InputError> notices = new ArrayList<>();
        int ruleFaults;
        int readerFaults;
        private final Map<String, Path> seenIn = new LinkedHashMap<>();
        private final ReportStream out;

        Emitter(ReportStream out) {
            this.out = out;
        }

        void drain(FileReadAhead lane) throws IOException, InterruptedException {
            FileErrors errors = new FileErrors(lane.file(), inputErrors);
            for (FileReadAhead.Item item = lane.next(); !item.isEnd(); item = lane.next()) {
                district(lane.file(), item, errors);
            }
            FileReadAhead.Item end = lane.last();
            if (end.failure() != null) {
                // A fault of educheck's own on one file: that file is not checked, and no other file is lost with it.
                readerFaults++;
                String what = end.failure().getClass().getSimpleName();
                errors.add(new InputError(lane.file(), 0, 0, null,
                        "educheck failed while reading this file (an internal error, " + what + "); it was not checked, the "
                                + "other files were. Please report it (EDUCHECK_DEBUG=1 shows details), with the file if you can",
                        "educheck 读取该文件时出错（内部错误，" + what + "），该文件未检查，其他文件已检查。请报告此问题"
                                + "（EDUCHECK_DEBUG=1 显示详情），可能的话附上该文件"));
                if (System.getenv("EDUCHECK_DEBUG") != null) {
                    end.failure().printStackTrace();
                }
            } else {
                errors.addAll(end.summary().fileErrors());
                notices.addAll(end.summary().notices());
            }
            errors.close();
        }

        private void district(Path file, FileReadAhead.Item item, FileErrors errors) throws IOException, InterruptedException {
            DistrictInput input = item.input();
            if (!input.isValid()) {
                errors.addAll(errorsOf(input));
                progress.districtDone();
                return;
            }
            // Decided here, in input order, so the first file naming a district is the one checked.
            String key = input.code() + "@" + input.year();
            if (seenIn.containsKey(key)) {
                errors.add(new InputError(file, input.district().line(), 0, "district/@code",
                        "district " + input.code() + " for " + input.year() + " was already read from " + seenIn.get(key)
                                + "; it is checked once",
                        "区县 " + input.code() + " 的 " + input.year() + " 年度数据已在 " + seenIn.get(key) + " 中读取过；只检查一次"));
                item.report().cancel(true);
                progress.districtDone();
                return;
            }
            seenIn.put(key, file);
            DistrictReport report;
            try {
                report = item.report().get();
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            }
            verdicts.merge(report.verdict(), 1, Integer::sum);
            if (report.findings().stream().anyMatch(f -> f.is(Status.ERROR))) {
                ruleFaults++;
            }
            outcomes.put(key, DistrictOutcome.of(input.district(), report));
            out.district(report);
            progress.districtDone();
        }
    }

    /** A worker's exception as the sequential run would have thrown it. */
    private static RuntimeException rethrow(Throwable t) throws IOException {
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private static List<InputError> errorsOf(DistrictInput input) {
        if (!input.errors().isEmpty()) {
            return input.errors();
        }
        return List.of(new InputError(input.file(), 0, 0, "district", "district " + input.code() + " could not be read",
                "区县 " + input.code() + " 无法读取"));
    }

    /** One file's share of the run's input errors, capped at {@link #MAX_ERRORS_PER_FILE}. */
    private static final class FileErrors {
        private final Path file;
        private final List<InputError> all;
        private int count;

        FileErrors(Path file, List<InputError> all) {
            this.file = file;
            this.all = all;
        }

        void add(InputError e) {
            if (++count <= MAX_ERRORS_PER_FILE) {
                all.add(e);
            }
        }

        void addAll(List<InputError> errors) {
            errors.forEach(this::add);
        }

        void close() {
            int more = count - MAX_ERRORS_PER_FILE;
            if (more > 0) {
                all.add(new InputError(file, 0, 0, null, "… and " + more + " more input errors in this file, not shown",
                        "……本文件另有 " + more + " 个数据错误未列出"));
            }
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
