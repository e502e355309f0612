package educheck.checker.render;

import educheck.checker.report.ReportStream;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunOutcome;
import java.io.IOException;

/** One run written as two reports at once, e.g. the report and the rectification list of {@code check --rectification}. */
public record TeeStream(ReportStream first, ReportStream second) implements ReportStream {

    @Override
    public void district(DistrictReport district) throws IOException {
        first.district(district);
        second.district(district);
    }

    @Override
    public void finish(RunOutcome outcome) throws IOException {
        first.finish(outcome);
        second.finish(outcome);
    }
}
