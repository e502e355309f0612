package educheck.benchmarks;

import educheck.model.Figures;
import educheck.model.Finding;
import educheck.model.Measured;
import educheck.model.Status;
import educheck.rules.Comparison;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings a hand-written evaluator produces, built the way the rules' Judge builds them (status, actual,
 * required, comparator, and a message made only when it is read), so that comparing its time with educheck's
 * measures the rule engine and not a cheaper or dearer output.
 */
final class PlainFindings {

    final List<Finding> all = new ArrayList<>(2048);

    /** A number against a standard, {@code >=} unless said otherwise. */
    void number(String id, String subject, String label, Measured actual, double required, String comparator) {
        judge(id, subject, label, actual, required, comparator);
    }

    /** A yes/no that must be yes. */
    void flag(String id, String subject, String label, Measured actual) {
        judge(id, subject, label, actual, Boolean.TRUE, "==");
    }

    /** A number against a standard that may itself be missing. */
    void number(String id, String subject, String label, Measured actual, Measured required) {
        if (!required.isPresent()) {
            add(Finding.builder(id, subject).status(Status.NOT_ASSESSED).measured(actual)
                    .actual(actual.isPresent() ? Figures.round(actual.number()) : null)
                    .message(label + ": not assessed, the standard cannot be set: " + required.getMissing()));
            return;
        }
        judge(id, subject, label, actual, required.number(), ">=");
    }

    void outcome(String id, String subject, Status status, Object actual, Object required, String comparator, String message) {
        add(Finding.builder(id, subject).status(status).actual(actual).required(required, comparator).message(message));
    }

    private void judge(String id, String subject, String label, Measured actual, Object required, String comparator) {
        Finding.Builder b = Finding.builder(id, subject).required(required instanceof Double d ? Figures.round(d) : required, comparator)
                .measured(actual);
        if (!actual.isPresent()) {
            add(b.status(Status.NOT_ASSESSED).message(label + ": not assessed, " + actual.getMissing()));
            return;
        }
        boolean met = actual.isFlag() ? actual.getValue().equals(required)
                : Comparison.meets(actual.number(), comparator, ((Number) required).doubleValue());
        Object value = actual.isFlag() ? actual.getValue() : Figures.round(actual.number());
        // The words are made only when asked for, as Judge makes them.
        add(b.status(met ? Status.PASS : Status.FAIL).actual(value).message(() -> label + ": " + Figures.format(actual.getValue())
                + " (required " + Comparison.symbol(comparator) + " " + Figures.format(required) + ")" + (met ? ", met" : ", not met")));
    }

    private void add(Finding.Builder b) {
        all.add(b.build());
    }
}
