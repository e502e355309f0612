package educheck.cli;

import educheck.checker.run.RunProgress;
import java.io.PrintStream;

/**
 * A progress bar on standard error for runs longer than a couple of seconds, redrawn in place. Drawn only on a
 * terminal: the launcher says whether standard error is one (-Deducheck.progress), since Java cannot tell; run
 * without the launcher, a console stands for it.
 */
final class ProgressBar implements AutoCloseable {

    private static final long QUIET_MILLIS = 2000;
    private static final long TICK_MILLIS = 250;
    private static final int WIDTH = 30;

    private final RunProgress progress;
    private final PrintStream err;
    private final Thread ticker;
    private volatile boolean stopped;
    private boolean drawn;

    private ProgressBar(RunProgress progress, PrintStream err) {
        this.progress = progress;
        this.err = err;
        this.ticker = new Thread(this::tick, "educheck-progress");
        ticker.setDaemon(true);
    }

    /** A bar that draws itself if stderr is a terminal, otherwise one that does nothing. */
    static ProgressBar over(RunProgress progress, PrintStream err) {
        ProgressBar bar = new ProgressBar(progress, err);
        if (enabled()) {
            bar.ticker.start();
        }
        return bar;
    }

    static boolean enabled() {
        String said = System.getProperty("educheck.progress");
        return said != null ? Boolean.parseBoolean(said) : System.console() != null;
    }

    private void tick() {
        try {
            Thread.sleep(QUIET_MILLIS);
            while (!stopped && !progress.isFinished()) {
                draw();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        if (stopped) {
            return;
        }
        double f = progress.fraction();
        int filled = (int) Math.round(f * WIDTH);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%3d%%  %,d districts  %.0f s ", Math.round(f * 100), progress.districts(), progress.elapsedSeconds()));
        err.flush();
        drawn = true;
    }

    /** Stops drawing and clears the bar, so what is printed next starts on a clean line. */
    @Override
    public void close() {
        stopped = true;
        ticker.interrupt();
        synchronized (this) {
            if (drawn) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                err.flush();
            }
        }
    }
}
