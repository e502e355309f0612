package educheck.store;

import java.time.Instant;
import java.util.List;

/**
 * One stored run as {@code archive runs} lists it.
 *
 * @param year   the year of its first district, or null when it checked none
 * @param inputs the files checked, by name
 */
public record RunSummary(long id, Instant started, Instant finished, Integer year, String ruleSha256, int rules,
                         List<String> jurisdictions, int districts, int pass, int fail, int incomplete, int exitCode,
                         List<String> inputs) {
}
