/**
 * {@code educheck rules test --mutations}: each rule read a little wrong, one way at a time ({@link RuleMutants}),
 * against the fixtures; a mutant no fixture notices survives and is reported by rule and file:line.
 *
 * <p>Uses {@link educheck.checker.load}, {@link educheck.checker.run}, {@link educheck.checker.fixtures} and
 * {@link educheck.checker.drafts}.
 */
package educheck.checker.mutations;
