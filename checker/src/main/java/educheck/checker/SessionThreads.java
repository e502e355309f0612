package educheck.checker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fixed set of daemon threads that sessions run on, so a caller can walk away from one that never ends. A thread
 * abandoned to such a session is replaced at once (the pool grows by one) so the pool keeps its working size; if the
 * session ever ends, the pool shrinks back. Idle threads end after a while, for a long-running server.
 */
final class SessionThreads {

    /** One session on its way: when it started, and its result. */
    static final class Session<T> {
        private final FutureTask<T> task;
        private final CountDownLatch start = new CountDownLatch(1);
        private volatile long startedAt;
        private volatile boolean abandoned;

        private Session(java.util.function.LongConsumer onStart, Supplier<T> work, SessionThreads pool) {
            this.task = new FutureTask<>(() -> {
                startedAt = System.nanoTime();
                onStart.accept(startedAt);
                start.countDown();
                try {
                    return work.get();
                } finally {
                    if (abandoned) {
                        pool.returned();
                    }
                }
            });
        }

        /** Waits until a thread runs the session; its {@link System#nanoTime} then. */
        long started() throws InterruptedException {
            start.await();
            return startedAt;
        }

        T result(long nanos) throws InterruptedException, ExecutionException, TimeoutException {
            return task.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        }

        void cancel() {
            task.cancel(true);
        }
    }

    private final ThreadPoolExecutor pool;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    SessionThreads(int size) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "educheck-session-" + n.incrementAndGet());
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on a session thread, first telling {@code onStart} the time it starts there. */
    <T> Session<T> submit(java.util.function.LongConsumer onStart, Supplier<T> work) {
        Session<T> s = new Session<>(onStart, work, this);
        pool.execute(s.task);
        return s;
    }

    /** Leaves the session's thread to it and gives the pool another in its place. */
    synchronized void abandon(Session<?> s) {
        s.abandoned = true;
        s.cancel();
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    /** An abandoned session ended after all: its thread is the pool's again, so the extra one goes. */
    private synchronized void returned() {
        pool.setCorePoolSize(pool.getCorePoolSize() - 1);
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
    }

    long cpuNanos() {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        threads.removeIf(t -> !t.isAlive());
        long total = 0;
        for (Thread t : threads) {
            total += Math.max(0, cpu.getThreadCpuTime(t.getId()));
        }
        return total;
    }
}
