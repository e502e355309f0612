package educheck.rules;

import educheck.model.Binds;
import educheck.model.Findings;
import educheck.model.Force;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;

/**
 * A rule's metadata ({@code @id}, {@code @required}, …) as plain strings and numbers.
 *
 * <p>Drools hands metadata back in different forms depending on how the rules were built: precompiled,
 * {@code @required(4.2)} is a Double and {@code @id("X")} the string X; built at run time, both are strings
 * and the quotes are kept. Every reader goes through here so a rule means the same however it was built.
 */
public final class RuleMetadata {

    /** The catalogue ID every finding carries. */
    public static final String ID = "id";
    /** The policy clause, e.g. "MoE-2017 资源配置 1". */
    public static final String SOURCE = "source";
    /** The standard the rule compares with, when it is one number. */
    public static final String REQUIRED = "required";
    /** {@code >=} (default for numbers), {@code <=}, {@code >}, {@code <} or {@code ==}. */
    public static final String COMPARATOR = "comparator";
    /** The year the target becomes binding; before it a shortfall is WARN. */
    public static final String DUE = "due";
    /** The indicator's name in Chinese and in English. */
    public static final String NAME = "name";
    public static final String NAME_EN = "nameEn";
    /** What subjects the rule covers (e.g. "PRIMARY sections"), to tell apart rules sharing an ID. */
    public static final String SCOPE = "scope";
    /** Whom the target binds: {@code district}, {@code city} or {@code province} ({@link Binds}). */
    public static final String BINDS = "binds";
    /** How firmly the text sets it: {@code binding} or {@code aspiration} ({@link Force}). */
    public static final String FORCE = "force";

    private static final Map<String, RuleMetadata> CACHE = new ConcurrentHashMap<>();
    /** Each finding reads its rule's metadata: a per-thread map by rule identity avoids building a key each time. */
    private static final ThreadLocal<Map<Rule, RuleMetadata>> BY_RULE = ThreadLocal.withInitial(IdentityHashMap::new);

    private final Map<String, Object> values;
    /** {@link #text} of each value, made once: every finding reads several, and a number's text is built anew. */
    private final Map<String, String> texts;
    // What Judge reads for every finding, looked up once here: a national run makes millions of findings.
    private final String id;
    private final String source;
    private final String name;
    private final String nameEn;
    private final String comparator;
    private final Integer due;
    /** {@code @due} is given but is not a number: {@link #due} says so each time it is asked. */
    private final boolean dueNotANumber;
    private final String required;
    private final Double requiredNumber;
    /** {@code @required} is given but is neither a number nor true/false: {@link #requiredNumber} says so when asked. */
    private final boolean requiredNotANumber;
    /** {@code @binds}, DISTRICT when not given; null when given as something else (validation says so). */
    private final Binds binds;
    /** {@code @force}, BINDING when not given; null when given as something else (validation says so). */
    private final Force force;
    /** Whether the rule binds the session's Findings fact, learnt from its first match: the same for every match. */
    private Boolean readsFindings;

    private RuleMetadata(Map<String, Object> raw) {
        Map<String, Object> clean = new HashMap<>();
        raw.forEach((k, v) -> clean.put(k, normalise(v)));
        this.values = Collections.unmodifiableMap(clean);
        Map<String, String> text = new HashMap<>();
        clean.forEach((k, v) -> text.put(k, asText(v)));
        this.texts = text;
        this.id = text.get(ID);
        this.source = text.get(SOURCE);
        this.name = text.get(NAME);
        this.nameEn = text.get(NAME_EN);
        String c = text.get(COMPARATOR);
        this.comparator = c == null ? ">=" : c;  // also for a bare @comparator, whose value is null
        Object d = clean.get(DUE);
        this.due = d instanceof Double year ? year.intValue() : null;
        this.dueNotANumber = notANumber(d);
        this.required = text.get(REQUIRED);
        Object r = clean.get(REQUIRED);
        this.requiredNumber = r instanceof Double n ? n : null;
        this.requiredNotANumber = notANumber(r);
        String b = text.get(BINDS);
        this.binds = b == null ? Binds.DISTRICT : Binds.of(b);
        String f = text.get(FORCE);
        this.force = f == null ? Force.BINDING : Force.of(f);
    }

    /** A value {@link #number} refuses: given, and neither a number nor true/false. */
    private static boolean notANumber(Object value) {
        return value != null && !(value instanceof Double) && !(value instanceof Boolean);
    }

    /** The metadata of a compiled rule, normalised once per rule. */
    public static RuleMetadata of(Rule rule) {
        return BY_RULE.get().computeIfAbsent(rule, RuleMetadata::shared);
    }

    private static RuleMetadata shared(Rule rule) {
        return CACHE.computeIfAbsent(rule.getPackageName() + "\u0000" + rule.getName() + "\u0000"
                + System.identityHashCode(rule), k -> new RuleMetadata(rule.getMetaData()));
    }

    /** Whether the rule of {@code match} (whose metadata this is) reads the findings: binds a Findings fact. */
    boolean readsFindings(Match match) {
        Boolean reads = readsFindings;
        if (reads == null) {
            reads = false;
            for (Object o : match.getObjects()) {
                reads |= o instanceof Findings;
            }
            readsFindings = reads;
        }
        return reads;
    }

    /** Metadata from any source, such as the DRL parser's rule descriptions. */
    public static RuleMetadata of(Map<String, ?> raw) {
        return new RuleMetadata(new HashMap<>(raw));
    }

    /**
     * This metadata with {@code @key} read as {@code value} instead (null: as if it were not written), for a
     * {@link Mutant}.
     */
    RuleMetadata with(String key, Object value) {
        Map<String, Object> changed = new HashMap<>(values);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new RuleMetadata(changed);
    }

    /** A quoted string loses its quotes; anything that reads as a number becomes a Double. */
    static Object normalise(Object value) {
        if (!(value instanceof String s)) {
            return value instanceof Number n ? n.doubleValue() : value;
        }
        String t = s.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }

    public String text(String key) {
        return texts.get(key);
    }

    private static String asText(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v);
    }

    /** A numeric value; null when absent; IllegalArgumentException naming the key when it is not a number. */
    public Double number(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean) {
            return null;
        }
        throw new IllegalArgumentException("@" + key + "(" + v + ") is not a number");
    }

    /**
     * The due year, or null when the target is binding now.
     *
     * @throws IllegalArgumentException when {@code @due} is given but is not a number
     */
    public Integer due() {
        if (dueNotANumber) {
            number(DUE);  // throws, naming the key
        }
        return due;
    }

    /** {@code @id}, the catalogue ID, or null when the rule has none. */
    public String id() {
        return id;
    }

    /** {@code @source}, or null. */
    public String source() {
        return source;
    }

    /** {@code @name} (Chinese), or null. */
    public String name() {
        return name;
    }

    /** {@code @nameEn}, or null. */
    public String nameEn() {
        return nameEn;
    }

    /** {@code @required} as text, or null. */
    public String required() {
        return required;
    }

    /**
     * {@code @required} as a number, as {@code number(REQUIRED)} gives it, without a lookup for every finding.
     *
     * @throws IllegalArgumentException when {@code @required} is given but is not a number
     */
    public Double requiredNumber() {
        if (requiredNotANumber) {
            number(REQUIRED);  // throws, naming the key
        }
        return requiredNumber;
    }

    /**
     * {@code @binds}: DISTRICT when not given.
     *
     * @throws IllegalArgumentException when given as anything but district, city or province
     */
    public Binds binds() {
        if (binds == null) {
            throw new IllegalArgumentException("@binds(" + text(BINDS) + ") is not one of district, city, province");
        }
        return binds;
    }

    /**
     * {@code @force}: BINDING when not given.
     *
     * @throws IllegalArgumentException when given as anything but binding, aspiration or baseline
     */
    public Force force() {
        if (force == null) {
            throw new IllegalArgumentException("@force(" + text(FORCE) + ") is not binding, aspiration or baseline");
        }
        return force;
    }

    /** {@code @comparator}, {@code >=} when not given. */
    public String comparator() {
        return comparator;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleMetadata m && m.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }
}
