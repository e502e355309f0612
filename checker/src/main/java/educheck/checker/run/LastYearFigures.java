package educheck.checker.run;

import java.io.IOException;
import java.util.Map;

/**
 * Where last year's figures come from when a submission has no {@code <previous>} for them: an archive of earlier
 * runs, say. The checker asks for each district; it does not know what answers.
 */
@FunctionalInterface
public interface LastYearFigures {

    /** The district's open measures of {@code year} as recorded, or null when none are. */
    Recorded of(String code, int year) throws IOException;

    /** @param origin where they were recorded, as a finding names it ("archive run 12 of 2026-12-04") */
    record Recorded(Map<String, String> measures, String origin) {
    }
}
