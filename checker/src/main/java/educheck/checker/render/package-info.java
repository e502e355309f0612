/**
 * Saying what came out, the checker's third job: one class per format behind {@link ReportFormat} (text, json, csv,
 * xml, html from its templates), the comparison's formats, the charts and the words of each report language.
 *
 * <p>Uses {@link educheck.checker.report} and {@link educheck.checker.compare}'s tables, and {@link
 * educheck.checker.load} for a rule's file:line; never runs a rule.
 */
package educheck.checker.render;
