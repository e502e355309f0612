package educheck.checker.run;

import educheck.checker.report.DistrictReport;
import educheck.model.io.DistrictInput;
import educheck.model.io.FileSummary;
import educheck.model.io.SubmissionReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads one file on its own thread, hands each valid district to the check workers as soon as it is read, and
 * queues the districts (with their pending reports) for the writer in file order. The queue is small: when the
 * writer is busy with an earlier file, reading pauses, so a run holds only a few districts at a time.
 */
final class FileReadAhead implements Runnable {

    /** A district read (with its report to come), or the end of the file with its summary or failure. */
    record Item(DistrictInput input, Future<DistrictReport> report, FileSummary summary, Throwable failure) {
        boolean isEnd() {
            return input == null;
        }
    }

    private final Path file;
    private final DistrictChecker checker;
    private final SessionThreads workers;
    private final BlockingQueue<Item> queue;
    private final RunProgress progress;
    private Item last;

    FileReadAhead(Path file, DistrictChecker checker, SessionThreads workers, int readAhead, RunProgress progress) {
        this.file = file;
        this.checker = checker;
        this.workers = workers;
        this.queue = new ArrayBlockingQueue<>(readAhead);
        this.progress = progress;
    }

    Path file() {
        return file;
    }

    @Override
    public void run() {
        Item end;
        try {
            AtomicInteger opened = new AtomicInteger();
            FileSummary summary = new SubmissionReader().read(file, () -> {
                InputStream in = Files.newInputStream(file);
                // The reader opens the file twice (a well-formedness scan, then the districts): count the second.
                return opened.incrementAndGet() == 2 ? new Counting(in, progress) : in;
            }, this::accept);
            end = new Item(null, null, summary, null);
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException | Error e) {
            end = new Item(null, null, null, e);
        }
        try {
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(DistrictInput input) {
        Future<DistrictReport> report = input.isValid()
                ? workers.submit(() -> checker.check(input.file(), input.district()),
                        spent -> checker.overBudget(input.file(), input.district(), spent))
                : CompletableFuture.completedFuture(null);
        try {
            queue.put(new Item(input, report, null, null));
        } catch (InterruptedException e) {
            // The run was abandoned (an error elsewhere): stop reading.
            Thread.currentThread().interrupt();
            throw new CancellationException("run abandoned");
        }
    }

    /** The next item in file order; after the end item, {@link #last()} holds it. */
    Item next() throws InterruptedException {
        Item item = queue.take();
        if (item.isEnd()) {
            last = item;
        }
        return item;
    }

    Item last() {
        return last;
    }

    /** Counts the bytes read for the progress display. */
    private static final class Counting extends FilterInputStream {
        private final RunProgress progress;

        Counting(InputStream in, RunProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.bytesRead(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.bytesRead(n);
            }
            return n;
        }
    }
}
