/**
 * Loading a rule set, the checker's first job: the rule files of a folder or of the jar ({@link RuleFiles}), their
 * index of ids, metadata and file:line ({@link RuleIndex}, {@link IndexFile}), the kmodule's layering
 * ({@link Kmodule}), compiling them to the executable model ({@link RuleCompiler}, {@link BuildMessages},
 * {@link PrecompiledModels}) and checking what policy staff wrote ({@link RuleLint}, {@link RuleTrust} and the
 * allow-list of what a rule may call in {@code reach}). A loaded {@link RuleSet} builds one kbase per jurisdiction
 * whose consequence faults become findings ({@link RuleFaults}).
 *
 * <p>Uses {@code model} and {@code rules} only: nothing here knows of runs, reports or formats.
 */
package educheck.checker.load;
