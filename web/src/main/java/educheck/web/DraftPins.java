package educheck.web;

import educheck.checker.mutations.MutationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft page's "pinned by a fixture?" section: the rules the draft changes, each read a little wrong against its
 * fixtures (as {@code rules test --mutations} does), and each wrong reading no fixture notices, at its file and line,
 * so a reviewer sees a change no fixture would catch before approving it (draft-pins.jte).
 */
final class DraftPins {

    private DraftPins() {
    }

    /** The section as draft-pins.jte shows it: its one line (with its id, or none) and the wrong readings no fixture noticed. */
    record View(String id, String text, List<Survivor> survivors) {
    }

    record Survivor(String location, String id, String name, String change) {
    }

    /** @param report the changed rules' mutants, or null when the draft cannot be published (nothing to try) */
    static View view(Words w, MutationReport report) {
        View view;
        if (report == null) {
            view = new View(null, w.get("draft.pinsUnavailable"), List.of());
        } else if (report.made() == 0) {
            view = new View(null, w.get("draft.pinsNone"), List.of());
        } else if (report.survivors().isEmpty()) {
            view = new View("pinned", w.format("draft.pinsAll", report.made()), List.of());
        } else {
            List<Survivor> survivors = new ArrayList<>();
            for (MutationReport.Outcome o : report.survivors()) {
                survivors.add(new Survivor(o.mutant().location(), o.mutant().rule().id(), o.mutant().rule().name(), o.mutant().change()));
            }
            view = new View("unpinned", w.format("draft.pinsSome", report.made(), report.survivors().size()), survivors);
        }
        return view;
    }
}
