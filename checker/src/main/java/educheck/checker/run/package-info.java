/**
 * Running a loaded rule set, the checker's second job: a session per district ({@link DistrictChecker}) on a pool of
 * session threads with a budget of time and firings ({@link SessionThreads}, {@link RuleBudget}, {@link RuleWatch}),
 * the findings a session's end adds ({@link RunFaults}), files read ahead and checked in order ({@link CheckRun},
 * {@link FileReadAhead}), and the city and province roll-ups ({@link RollupRunner}, {@link CityFigures}, with last
 * year's figures from {@link LastYearFigures}).
 *
 * <p>Uses {@link educheck.checker.load} for the rules and {@link educheck.checker.report} for what it makes; it
 * never formats anything (a run hands its reports to a {@link educheck.checker.report.ReportStream}).
 */
package educheck.checker.run;
