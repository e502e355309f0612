package educheck.checker.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a check run has got: bytes of input read and districts written. Updated by the run's threads, read by
 * whoever shows progress (the command line draws a bar on a terminal).
 */
public final class RunProgress {

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicInteger districts = new AtomicInteger();
    private volatile long totalBytes;
    private volatile long startNanos;
    private volatile boolean finished;

    void start(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // an unreadable file is reported by the reader; it adds nothing to the work
            }
        }
        totalBytes = total;
        startNanos = System.nanoTime();
    }

    void bytesRead(long n) {
        bytesRead.addAndGet(n);
    }

    void districtDone() {
        districts.incrementAndGet();
    }

    void finish() {
        finished = true;
    }

    /** Share of the input read, 0 to 1. */
    public double fraction() {
        long total = totalBytes;
        return total == 0 ? 0 : Math.min(1.0, (double) bytesRead.get() / total);
    }

    /** Districts checked and written so far (and those reported as input errors). */
    public int districts() {
        return districts.get();
    }

    public double elapsedSeconds() {
        return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
    }

    public boolean isFinished() {
        return finished;
    }
}
