package educheck.checker.report;

import educheck.model.Finding;
import educheck.model.RollupGroup;

/** One roll-up finding with the districts it was judged over. */
public record RollupReport(Finding finding, RollupGroup group) {
}
