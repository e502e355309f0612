package educheck.checker.render;

/**
 * How a report is rendered.
 *
 * @param lang  labels and indicator names in Chinese (default) or English
 * @param color ANSI colour, only when writing to a terminal
 */
public record RenderOptions(Lang lang, boolean color) {

    public enum Lang { ZH, EN }

    public static RenderOptions plain(Lang lang) {
        return new RenderOptions(lang, false);
    }
}
