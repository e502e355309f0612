package educheck.checker.render;

import educheck.model.Status;
import educheck.model.Verdict;

/** One mark per status and verdict, the same in every text view: the report, its sections, the comparison. */
final class Marks {

    private Marks() {
    }

    static String of(Status s) {
        return switch (s) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case WARN -> "!";
            case SHORT_OF_AIM -> "△";
            case WAIVED -> "~";
            case INFO -> "i";
            case ERROR -> "‼";
            case NOT_ASSESSED -> "?";
        };
    }

    static String of(Verdict v) {
        return switch (v) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case ERROR -> "‼";
            case INCOMPLETE, NOT_SUBMITTED -> "?";
        };
    }
}
