package educheck.checker.report;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import java.io.IOException;

/** A report being written: districts as they are checked, then what the run came to. */
public interface ReportStream {

    void district(DistrictReport district) throws IOException;

    /** Writes the run's closing part (totals, input errors) and flushes; the stream is then complete. */
    void finish(RunOutcome outcome) throws IOException;
}
