package educheck.model.io;

/**
 * One message in both languages a report can be read in: district clerks read Chinese, tools and many
 * inspectors read English. Every input error is worded in both where it is made, never translated later.
 */
record Wording(String en, String zh) {

    /** The same detail (a parser's own words, a value) after a worded lead-in. */
    Wording then(String detail) {
        return new Wording(en + detail, zh + detail);
    }
}
