/**
 * The analyst's comparison: districts side by side, each under its own rule sets or all judged as one district's,
 * as a table of cells ({@link ComparisonTable}) that {@link educheck.checker.render} writes in each format.
 *
 * <p>Built on the three jobs: uses {@link educheck.checker.load}, {@link educheck.checker.run} and {@link
 * educheck.checker.report}.
 */
package educheck.checker.compare;
