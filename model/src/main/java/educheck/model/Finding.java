package educheck.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The verdict of one rule on one subject: a district, a school, a section ({@code SCHOOL/LEVEL}) or a level-wide
 * statistic ({@code PRIMARY/RES.6}). Every check yields a finding, PASS included, so an inspector sees what was
 * checked. {@code id} is the catalogue ID; {@code source} the policy clause; {@code rule} the DRL file.
 */
public final class Finding {

    private final String id;
    private final String subject;
    private final Status status;
    private final Object actual;
    private final Object required;
    private final String comparator;
    /**
     * Built from {@link #messageSource} when first read: most findings pass and their message is never shown.
     * The source is kept after use, so a thread that sees a stale null message builds the same words again
     * rather than reading null; findings are handed between threads (worker to report writer).
     */
    private String message;
    private final Supplier<String> messageSource;
    private final String source;
    private final String name;
    private final String nameEn;
    private final Integer due;
    private final String rulePackage;
    private final String ruleName;
    private final Measured measured;
    private final Waiver waiver;
    private final Binds binds;
    private final Force force;
    private final boolean draft;
    private final boolean contribution;
    private String rule;

    private Finding(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.status = Objects.requireNonNull(b.status, "status");
        this.actual = b.actual;
        this.required = b.required;
        this.comparator = b.comparator;
        this.message = b.message;
        this.messageSource = b.message == null ? b.messageSource : null;
        this.source = b.source;
        this.name = b.name;
        this.nameEn = b.nameEn;
        this.due = b.due;
        this.rulePackage = b.rulePackage;
        this.ruleName = b.ruleName;
        this.measured = b.measured;
        this.waiver = b.waiver;
        this.binds = b.binds;
        this.force = b.force;
        this.draft = b.draft;
        this.contribution = b.contribution;
        this.rule = b.rule;
    }

    public static Builder builder(String id, String subject) {
        return new Builder(id, subject);
    }

    /** A copy with another status and message, e.g. a FAIL turned WAIVED by an accepted exception. */
    public Finding withStatus(Status newStatus, String newMessage) {
        Builder b = toBuilder();
        b.status = newStatus;
        b.message = newMessage;
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, subject);
        b.status = status;
        b.actual = actual;
        b.required = required;
        b.comparator = comparator;
        b.message = message;
        b.messageSource = messageSource;
        b.source = source;
        b.name = name;
        b.nameEn = nameEn;
        b.due = due;
        b.rulePackage = rulePackage;
        b.ruleName = ruleName;
        b.measured = measured;
        b.waiver = waiver;
        b.binds = binds;
        b.force = force;
        b.draft = draft;
        b.contribution = contribution;
        b.rule = rule;
        return b;
    }

    public String getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public Status getStatus() {
        return status;
    }

    /** The measured value: a Double, a Boolean, or null when not assessed. */
    public Object getActual() {
        return actual;
    }

    /** The value required: a Double, a Boolean, or null for checks with no single threshold. */
    public Object getRequired() {
        return required;
    }

    /** How actual is compared with required: {@code >=}, {@code <=}, {@code >}, {@code <} or {@code ==}. */
    public String getComparator() {
        return comparator;
    }

    public String getMessage() {
        String m = message;
        if (m == null && messageSource != null) {
            m = messageSource.get();
            message = m;
        }
        return m;
    }

    public String getSource() {
        return source;
    }

    /** The indicator's name in Chinese, as the policy document words it. */
    public String getName() {
        return name;
    }

    /** The indicator's name in English. */
    public String getNameEn() {
        return nameEn;
    }

    /** The year the target becomes binding; null when it already is. */
    public Integer getDue() {
        return due;
    }

    public String getRulePackage() {
        return rulePackage;
    }

    public String getRuleName() {
        return ruleName;
    }

    /** What was measured, with the numerator and denominator a rectification amount is computed from. */
    public Measured getMeasured() {
        return measured;
    }

    /**
     * The waiver that named this finding: in force when the status is WAIVED, expired otherwise; null when none did.
     */
    public Waiver getWaiver() {
        return waiver;
    }

    /** Whom the target binds ({@code @binds}): DISTRICT unless the rule says the text sets it for a city or province. */
    public Binds getBinds() {
        return binds == null ? Binds.DISTRICT : binds;
    }

    /** How firmly the text sets it ({@code @force}): BINDING unless the rule says it is an aspiration. */
    public Force getForce() {
        return force == null ? Force.BINDING : force;
    }

    /** The rule reads a text that is a draft (征求意见稿): labelled so in every output. */
    public boolean isDraft() {
        return draft;
    }

    /**
     * This district's part of a city's or province's target (INFO): its own figure and weight, shown as context and
     * added into the city's roll-up, never judged on the district.
     */
    public boolean isContribution() {
        return contribution;
    }

    /** The DRL file of the rule, relative to the rules folder, e.g. {@code CN/compulsory-resources.drl}. */
    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public boolean is(Status s) {
        return status == s;
    }

    @Override
    public String toString() {
        return id + " " + subject + " " + status + (actual == null ? "" : " " + actual)
                + (required == null ? "" : " " + comparator + " " + required);
    }

    /** Assembles a finding; rules do this through the helpers in {@code educheck.rules.Judge}. */
    public static final class Builder {
        private final String id;
        private final String subject;
        private Status status;
        private Object actual;
        private Object required;
        private String comparator;
        private String message;
        private Supplier<String> messageSource;
        private String source;
        private String name;
        private String nameEn;
        private Integer due;
        private String rulePackage;
        private String ruleName;
        private Measured measured;
        private Waiver waiver;
        private Binds binds;
        private Force force;
        private boolean draft;
        private boolean contribution;
        private String rule;

        private Builder(String id, String subject) {
            this.id = id;
            this.subject = subject;
        }

        public Builder status(Status s) {
            this.status = s;
            return this;
        }

        public Builder actual(Object a) {
            this.actual = a;
            return this;
        }

        public Builder required(Object r, String cmp) {
            this.required = r;
            this.comparator = cmp;
            return this;
        }

        public Builder message(String m) {
            this.message = m;
            return this;
        }

        /** A message made only if someone reads it. */
        public Builder message(Supplier<String> m) {
            this.message = null;
            this.messageSource = m;
            return this;
        }

        public Builder source(String s) {
            this.source = s;
            return this;
        }

        public Builder name(String zh, String en) {
            this.name = zh;
            this.nameEn = en;
            return this;
        }

        public Builder due(Integer year) {
            this.due = year;
            return this;
        }

        public Builder rule(String pkg, String ruleName) {
            this.rulePackage = pkg;
            this.ruleName = ruleName;
            return this;
        }

        public Builder measured(Measured m) {
            this.measured = m;
            return this;
        }

        public Builder waiver(Waiver w) {
            this.waiver = w;
            return this;
        }

        public Builder binds(Binds b) {
            this.binds = b;
            return this;
        }

        public Builder force(Force f) {
            this.force = f;
            return this;
        }

        public Builder draft(boolean d) {
            this.draft = d;
            return this;
        }

        public Builder contribution(boolean c) {
            this.contribution = c;
            return this;
        }

        public Finding build() {
            return new Finding(this);
        }
    }
}
