package educheck.rules;

import educheck.model.Status;
import java.util.Objects;
import org.kie.api.definition.rule.Rule;

/**
 * One small wrong version of one rule, for testing its fixtures (mutation testing): a metadata value replaced
 * ({@code @required(0.99)} read as 0.995, {@code >=} as {@code >}, {@code @due} a year off, binding read as an aim),
 * or a status the rule gives to {@link Judge#outcome} swapped. It changes what the rule means while the rules run,
 * without compiling them again: the checker hands it to each session's {@link Assessment}, which reads the rule's
 * metadata through it. A check that carries none pays nothing for it.
 */
public final class Mutant {

    private final String rulePackage;
    private final String ruleName;
    /** The metadata key replaced, or null for a status swap. */
    private final String key;
    /** Its new value (a number as a Double, a word as a String), or null to leave the key out. */
    private final Object value;
    private final Status from;
    private final Status to;
    /** The rule's metadata as this mutant reads it, made at its first lookup: the same for every session. */
    private volatile RuleMetadata mutated;

    private Mutant(String rulePackage, String ruleName, String key, Object value, Status from, Status to) {
        this.rulePackage = Objects.requireNonNull(rulePackage);
        this.ruleName = Objects.requireNonNull(ruleName);
        this.key = key;
        this.value = value;
        this.from = from;
        this.to = to;
    }

    /** The rule's {@code @key} read as {@code value} (null: as if not written). */
    public static Mutant metadata(String rulePackage, String ruleName, String key, Object value) {
        return new Mutant(rulePackage, ruleName, Objects.requireNonNull(key), value, null, null);
    }

    /** Every {@code outcome(…, Status.from, …)} the rule reports gives {@code to} instead. */
    public static Mutant status(String rulePackage, String ruleName, Status from, Status to) {
        return new Mutant(rulePackage, ruleName, null, null, Objects.requireNonNull(from), Objects.requireNonNull(to));
    }

    public String rulePackage() {
        return rulePackage;
    }

    public String ruleName() {
        return ruleName;
    }

    boolean targets(Rule rule) {
        return rule.getName().equals(ruleName) && rule.getPackageName().equals(rulePackage);
    }

    /** The metadata {@code rule} is read with under this mutant. */
    RuleMetadata metadata(Rule rule, RuleMetadata original) {
        if (key == null || !targets(rule)) {
            return original;
        }
        RuleMetadata m = mutated;
        if (m == null) {
            m = original.with(key, value);
            mutated = m;
        }
        return m;
    }

    /** The status {@code rule} gives where it wrote {@code status}. */
    Status given(Rule rule, Status status) {
        return status == from && targets(rule) ? to : status;
    }

    @Override
    public String toString() {
        return rulePackage + "/" + ruleName + ": " + (key != null ? "@" + key + "(" + value + ")" : "Status." + from + " → " + to);
    }
}
