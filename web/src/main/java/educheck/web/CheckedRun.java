package educheck.web;

import educheck.checker.report.DistrictReport;
import educheck.checker.report.RunInfo;
import educheck.checker.report.RunOutcome;
import educheck.model.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * One checked upload, as archived and shown: who uploaded which file when, and every district's report.
 *
 * @param id the archive's id of the run (letters, digits and dashes only; it appears in URLs)
 */
public record CheckedRun(String id, Instant at, String user, String fileName, String sha256, RunInfo info,
                         List<DistrictReport> districts, RunOutcome outcome) {

    public CheckedRun withId(String newId) {
        return new CheckedRun(newId, at, user, fileName, sha256, info, districts, outcome);
    }

    /** The worst verdict of its districts: what the runs list shows. */
    public Verdict verdict() {
        return districts.stream().map(DistrictReport::verdict).filter(v -> v != Verdict.PASS).findFirst().orElse(Verdict.PASS);
    }
}
