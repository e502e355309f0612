package educheck.model;

import java.util.Locale;

/**
 * How firmly the text sets a target ({@code @force} in a rule): binding (确保, 必须, 保证, 达到, 不低于, 要…), failed
 * when unmet by its due year; an aspiration (力争, 争取, 推动, 推进, 鼓励, 努力…), never failed: below it is
 * {@link Status#SHORT_OF_AIM}; or a baseline, what the text reports as done (已实现, 至2018年年底…达到, 维持在…),
 * shown as context (INFO) beside today's figure and judged nowhere. docs/readings.md holds the table of wording to
 * force every rule follows.
 */
public enum Force {
    BINDING, ASPIRATION, BASELINE;

    /** The word a rule writes: {@code binding}, {@code aspiration} or {@code baseline}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of {@code @force(…)}; null when {@code word} is none of the three. */
    public static Force of(String word) {
        for (Force f : values()) {
            if (f.word().equals(word)) {
                return f;
            }
        }
        return null;
    }
}
