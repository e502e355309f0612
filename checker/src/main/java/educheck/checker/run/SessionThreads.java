package educheck.checker.run;


import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Threads that rule sessions run on, each watched from outside, so a session that never ends costs one answer and
 * one thread, never the run. Work given to the pool is a job (a district's check, say); the sessions a job runs run
 * right there on its thread, under their {@link RuleBudget}. A watchdog thread looks at every running session every
 * 20 ms: when one is past its time, its job's answer is given from outside ({@code overrun}),
 * the thread is left to the session (a {@code while (true) { }} cannot be interrupted) and the pool grows by one in
 * its place, so it keeps its working size; if the session ever ends, the pool shrinks back.
 *
 * <p>Why a job runs its sessions on its own thread rather than handing each to another: measured on 400 districts,
 * the hand-off (a queue, two wake-ups, the district's facts read on another core) cost 0.2 ms of CPU a district
 * against 0.56 ms for the session itself; the watchdog costs nothing a session (docs/benchmarks.md, Rule safety).
 */
public final class SessionThreads {

    /** How often the watchdog looks: a budget is kept to within this. */
    private static final long TICK_MILLIS = 20;

    /** The jobs running now, on the threads of every pool; the watchdog looks at the session each is in. */
    private static final Set<Job<?>> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Job<?>> CURRENT = new ThreadLocal<>();

    static {
        Thread watchdog = new Thread(SessionThreads::watch, "educheck-session-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private final ThreadPoolExecutor pool;

    /** {@code size} threads named {@code name-1}, {@code name-2}, …; daemons, ending after a while idle. */
    public SessionThreads(int size, String name) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code task} on one of the threads. When a session it runs overruns its budget, the answer is {@code
     * overrun} applied to what ran out, given on the watchdog's thread, and the task's own answer, if it ever comes,
     * is dropped.
     */
    <T> CompletableFuture<T> submit(Supplier<T> task, Function<BudgetExceeded, T> overrun) {
        Job<T> job = new Job<>(this, task, overrun);
        pool.execute(job);
        return job.answer;
    }

    /** As {@link #submit(Supplier, Function)}; a session over its budget ends the task with that exception. */
    public <T> CompletableFuture<T> submit(Supplier<T> task) {
        return submit(task, e -> {
            throw e;
        });
    }

    /** Stops the idle threads and interrupts the busy ones; a thread left to a session is left to it. */
    public void shutdownNow() {
        pool.shutdownNow();
    }

    /** The job this thread runs, or null on a thread that is not one of these. */
    static Job<?> current() {
        return CURRENT.get();
    }

    private synchronized void grow() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    private synchronized void shrink() {
        pool.setCorePoolSize(pool.getCorePoolSize() - 1);
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                // A daemon for the life of the process: nothing asks it to stop.
            }
            long now = System.nanoTime();
            for (Job<?> job : RUNNING) {
                RuleWatch session = job.session;
                if (session != null && session.pastDeadline(now)) {
                    job.overran(session.timedOut());
                }
            }
        }
    }

    /** One task on its way, and the session it is running now, if any. */
    static final class Job<T> implements Runnable {
        private static final int RUNNING_NOW = 0;
        private static final int ANSWERED = 1;
        private static final int ABANDONED = 2;

        private final SessionThreads owner;
        private final Supplier<T> task;
        private final Function<BudgetExceeded, T> overrun;
        private final CompletableFuture<T> answer = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(RUNNING_NOW);
        /** The session running now on the job's thread, read by the watchdog. */
        private volatile RuleWatch session;

        private Job(SessionThreads owner, Supplier<T> task, Function<BudgetExceeded, T> overrun) {
            this.owner = owner;
            this.task = task;
            this.overrun = overrun;
        }

        @Override
        public void run() {
            CURRENT.set(this);
            RUNNING.add(this);
            try {
                T result = task.get();
                if (state.compareAndSet(RUNNING_NOW, ANSWERED)) {
                    answer.complete(result);
                }
            } catch (Throwable t) {
                if (state.compareAndSet(RUNNING_NOW, ANSWERED)) {
                    answer.completeExceptionally(t);
                }
            } finally {
                RUNNING.remove(this);
                CURRENT.remove();
                if (state.get() == ABANDONED) {
                    owner.shrink();
                }
            }
        }

        /** The job's thread starts a session watched by {@code watch}; null when it ends. */
        void running(RuleWatch watch) {
            session = watch;
        }

        /** Whether the watchdog has given this job's answer and left its thread: its own answer is no longer wanted. */
        boolean abandoned() {
            return state.get() == ABANDONED;
        }

        /** On the watchdog's thread: the session ran out of time; the job is answered from here. */
        private void overran(BudgetExceeded spent) {
            if (!state.compareAndSet(RUNNING_NOW, ABANDONED)) {
                return;
            }
            owner.grow();
            try {
                answer.complete(overrun.apply(spent));
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        }
    }
}
