package educheck.cli;

import educheck.checker.report.ReportStream;
import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import educheck.store.ArchiveException;
import educheck.store.RunRecorder;
import java.io.IOException;

/**
 * The archive's copy of a run, kept apart from the report: if the archive fails mid-run (the server goes away, the
 * disk fills) the failure is remembered and recording stops, but the check and its report go on. The run is then
 * rolled back whole, and the command says it was not archived (exit 6).
 */
final class ArchiveRecording implements ReportStream, AutoCloseable {

    private final RunRecorder recorder;
    private IOException failure;

    ArchiveRecording(RunRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void district(DistrictReport district) {
        if (failure == null) {
            try {
                recorder.district(district);
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }
    }

    @Override
    public void finish(RunOutcome outcome) {
        if (failure == null) {
            try {
                recorder.finish(outcome);
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }
    }

    /** Commits the run, or returns why it was not archived (null when it was). */
    IOException commit() {
        if (failure == null) {
            try {
                recorder.commit();
            } catch (ArchiveException e) {
                failure = e;
            }
        }
        return failure;
    }

    long runId() {
        return recorder.runId();
    }

    private void fail(Exception e) {
        failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    @Override
    public void close() {
        recorder.close();
    }
}
