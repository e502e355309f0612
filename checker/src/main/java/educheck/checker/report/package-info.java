/**
 * What came out of a check, as data: a district's report, a roll-up's, the run's outcome, the rectification list,
 * and the {@link educheck.checker.report.ReportStream} a run hands them to. Made by {@link educheck.checker.run},
 * said by {@link educheck.checker.render}, archived by {@code store}.
 *
 * <p>Uses {@link educheck.checker.load} (which rules a report was made with) and nothing else of the checker.
 */
package educheck.checker.report;
