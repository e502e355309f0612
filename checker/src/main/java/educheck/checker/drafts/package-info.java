/**
 * A policy officer's draft of a rule set: one rule's standard edited in its DRL text ({@link RuleEdit}), what
 * changed between two sets ({@link RuleDiff}), and the draft compiled and tested before review ({@link DraftCheck}).
 *
 * <p>Uses {@link educheck.checker.load}, {@link educheck.checker.run} and {@link educheck.checker.fixtures}.
 */
package educheck.checker.drafts;
