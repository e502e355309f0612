package educheck.web;

import educheck.checker.run.CheckRun;
import educheck.checker.run.DistrictChecker;
import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import educheck.store.RunRecorder;
import educheck.model.io.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads wait here and are checked by a fixed number of workers, so one huge or slow file holds one worker and
 * never the server: the others keep checking, and an upload that arrives when all are busy waits its turn (its
 * page says so). When the queue too is full the upload is refused at once (503) rather than piling up.
 */
public final class CheckQueue implements AutoCloseable {

    /** NOT_ASSIGNED: the file names a district outside the uploader's assignment; nothing of it was archived. */
    public enum State { QUEUED, RUNNING, DONE, REFUSED, NOT_ASSIGNED }

    /** One upload on its way through the queue. */
    public final class Job {
        private final String id;
        private final long seq;
        private final String user;
        private final Assignment assignment;
        private final String fileName;
        private final Instant submitted = Instant.now();
        private volatile State state = State.QUEUED;
        private volatile long runId;
        private volatile RunOutcome refusedOutcome;
        private volatile String failure;
        private volatile List<String> notAssigned = List.of();
        private final CompletableFuture<Job> done = new CompletableFuture<>();

        Job(String id, long seq, String user, Assignment assignment, String fileName) {
            this.id = id;
            this.seq = seq;
            this.user = user;
            this.assignment = assignment;
            this.fileName = fileName;
        }

        public String id() {
            return id;
        }

        public String user() {
            return user;
        }

        public String fileName() {
            return fileName;
        }

        public State state() {
            return state;
        }

        /** The archived run's id, once DONE. */
        public long runId() {
            return runId;
        }

        /** Uploads ahead of this one that have not started. */
        public int position() {
            return (int) jobs.values().stream().filter(j -> j.state == State.QUEUED && j.seq < seq).count();
        }

        public CompletableFuture<Job> done() {
            return done;
        }

        /** Why the upload was not checked, as the command line says it (REFUSED), or the districts not assigned. */
        public List<String> errorLines(boolean chinese) {
            if (state == State.NOT_ASSIGNED) {
                return notAssigned;
            }
            if (failure != null) {
                return List.of("educheck: " + failure);
            }
            return refusedOutcome == null ? List.of() : refusedOutcome.inputErrorLines(chinese);
        }
    }

    /** The queue is full. */
    public static final class Busy extends Exception {
        Busy() {
            super("every worker is busy and the queue is full", null, false, false);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("educheck.web");

    private final RulesInForce rules;
    private final RunArchive archive;
    private final ThreadPoolExecutor pool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();

    /** @param rules the rules in force; each upload is judged by those in force when its check starts */
    CheckQueue(RulesInForce rules, RunArchive archive, int workers, int queue) {
        this.rules = rules;
        this.archive = archive;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "educheck-web-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues the upload held in {@code file} (a fresh folder of its own, deleted once checked). {@code fileName} is
     * the name the reports and errors show.
     */
    public Job submit(Path file, String fileName, String user, Assignment assignment) throws Busy {
        forgetOld();
        Job job = new Job(newId(), seq.incrementAndGet(), user, assignment, fileName);
        jobs.put(job.id, job);
        try {
            pool.execute(() -> check(job, file));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            deleteQuietly(file);
            throw new Busy();
        }
        return job;
    }

    /** Work for a page that checks districts without archiving them (the compare page's judge-as). */
    public interface Task<R> {
        R run(DistrictChecker checker) throws Exception;
    }

    /**
     * Runs {@code task} on the same workers as the uploads, with the server's checker (its rules and time budget),
     * so a re-check waits its turn like an upload and never crowds the uploads out; refused at once when full.
     */
    public <R> CompletableFuture<R> run(Task<R> task) throws Busy {
        CompletableFuture<R> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    result.complete(task.run(rules.current().checker()));
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        return result;
    }

    public Optional<Job> job(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    private void check(Job job, Path file) {
        job.state = State.RUNNING;
        try {
            // One rule set for the whole check, the version in force as it starts, even if another is published meanwhile.
            check(job, file, rules.current());
        } catch (IOException | RuntimeException e) {
            // The message names the upload, never the folder it waited in.
            String message = String.valueOf(e.getMessage()).replace(file.toString(), job.fileName);
            job.failure = e instanceof IOException ? message : "the upload could not be checked: " + e.getClass().getSimpleName();
            if (!(e instanceof IOException)) {
                LOG.error("the check of upload {} failed", job.fileName, e);
            }
            job.state = State.REFUSED;
        } finally {
            deleteQuietly(file);
            job.done.complete(job);
        }
    }

    private void check(Job job, Path file, RulesInForce.State inForce) throws IOException {
        try (RunRecorder recorder = archive.record(inForce.info(), file, job.fileName)) {
            // As `educheck check --archive`: the archive supplies last year's figures a submission lacks.
            DistrictChecker withLastYear = inForce.checker().withLastYear(archive.archive().lastYearFigures());
            // One thread per check: the queue's workers are the parallelism, so checks never crowd each other out.
            Renaming gate = new Renaming(recorder, Path.of(job.fileName), job.assignment);
            RunOutcome outcome = renamed(new CheckRun(withLastYear, 1).run(List.of(file), gate), Path.of(job.fileName));
            if (!gate.notAssigned.isEmpty()) {
                // Closing without commit leaves no trace of the file: a district is assigned, never claimed by uploading it.
                job.notAssigned = List.copyOf(gate.notAssigned);
                job.state = State.NOT_ASSIGNED;
            } else if (!outcome.inputErrors().isEmpty()) {
                // A bad file is answered with its errors and not archived: closing without commit leaves no trace.
                job.refusedOutcome = outcome;
                job.state = State.REFUSED;
            } else {
                recorder.uploadedBy(job.user, job.fileName);
                recorder.commit();
                job.runId = recorder.runId();
                job.state = State.DONE;
            }
        }
    }

    /**
     * Passes each district's report on, naming the upload rather than where it waited; a district outside the
     * uploader's assignment is held back and listed instead.
     */
    private static final class Renaming implements ReportStream {
        private final ReportStream out;
        private final Path shownAs;
        private final Assignment assignment;
        final List<String> notAssigned = new ArrayList<>();

        Renaming(ReportStream out, Path shownAs, Assignment assignment) {
            this.out = out;
            this.shownAs = shownAs;
            this.assignment = assignment;
        }

        @Override
        public void district(DistrictReport d) throws IOException {
            if (!assignment.covers(d.code())) {
                notAssigned.add(d.code() + " " + (d.name() == null ? "" : d.name()));
                return;
            }
            out.district(new DistrictReport(shownAs, d.code(), d.name(), d.year(), d.jurisdictions(), d.verdict(), d.standards(),
                    d.findings(), d.rectification(), d.names(), d.measures()));
        }

        @Override
        public void finish(RunOutcome outcome) throws IOException {
            out.finish(renamed(outcome, shownAs));
        }
    }

    private static RunOutcome renamed(RunOutcome o, Path shownAs) {
        List<InputError> errors = o.inputErrors().stream()
                .map(e -> new InputError(shownAs, e.line(), e.column(), e.field(), e.message(), e.messageZh())).toList();
        return new RunOutcome(o.verdicts(), errors, o.rollups(), o.ruleFaults());
    }

    /** Finished jobs are forgotten after an hour; their runs stay in the archive. */
    private void forgetOld() {
        Instant cutoff = Instant.now().minusSeconds(3600);
        jobs.values().removeIf(j -> j.done.isDone() && j.submitted.isBefore(cutoff));
    }

    private static String newId() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('_', '-');
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // A temporary file left behind is removed with the temporary folder; nothing to tell the user.
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
