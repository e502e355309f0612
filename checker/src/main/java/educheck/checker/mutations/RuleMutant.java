package educheck.checker.mutations;

import educheck.checker.load.RuleInfo;
import educheck.rules.Mutant;

/**
 * One small wrong version of one rule, where it is written and what was changed: what {@code rules test --mutations}
 * runs the fixtures under, and names when no fixture notices it.
 *
 * @param rule   the rule changed
 * @param line   the line of the annotation (or, for a status, the consequence) changed
 * @param change what was changed, as a reader sees it: {@code @required(0.99) → 1.00}
 * @param mutant the change as the engine applies it
 */
public record RuleMutant(RuleInfo rule, int line, String change, Mutant mutant) {

    /** {@code CN-31/compulsory.drl:82}: where the change is written. */
    public String location() {
        return rule.file() + ":" + line;
    }

    /** {@code package/rule name}, as fixtures record the rules that fired. */
    public String ruleKey() {
        return rule.pkg() + "/" + rule.name();
    }
}
