package educheck.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The waivers of one run, read from one file and judged against one date ("as of"), with a record of which
 * failing findings each one met, so a report can say which waivers were applied, which have expired and which
 * matched nothing (a misspelt subject, a finding that now passes): none is silently ignored.
 */
public final class Waivers {

    /** No waiver file: nothing is waived. */
    public static final Waivers NONE = new Waivers(null, null, LocalDate.MIN, List.of());

    /** What became of one waiver in the run. */
    public enum State {
        /** In force and applied to at least one failing finding. */
        APPLIED,
        /** Past its expiry date: the findings it names count again. */
        EXPIRED,
        /** In force but no failing finding matched it. */
        UNMATCHED
    }

    /** One waiver and what became of it; {@code findings} is how many failing findings it matched. */
    public record Use(Waiver waiver, State state, int findings) {
    }

    private final Path file;
    private final String sha256;
    private final LocalDate asOf;
    private final Map<String, Waiver> byTarget = new LinkedHashMap<>();
    private final Map<Waiver, AtomicInteger> matched = new ConcurrentHashMap<>();

    public Waivers(Path file, String sha256, LocalDate asOf, List<Waiver> waivers) {
        this.file = file;
        this.sha256 = sha256;
        this.asOf = asOf;
        for (Waiver w : waivers) {
            byTarget.put(key(w.district(), w.id(), w.subject()), w);
        }
    }

    private static String key(String district, String id, String subject) {
        return district + "\u0000" + id + "\u0000" + subject;
    }

    /**
     * The waiver for a failing finding, or null; a match is recorded whether or not the waiver is still in force.
     *
     * @param district the code of the district being checked
     */
    public Waiver match(String district, String id, String subject) {
        if (byTarget.isEmpty() || district == null) {
            return null;
        }
        Waiver w = byTarget.get(key(district, id, subject));
        if (w != null) {
            matched.computeIfAbsent(w, k -> new AtomicInteger()).incrementAndGet();
        }
        return w;
    }

    /** Whether {@code w} holds on this run's date. */
    public boolean inForce(Waiver w) {
        return w.activeOn(asOf);
    }

    /** Every waiver of the file, in file order, with what became of it so far. */
    public List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (Waiver w : byTarget.values()) {
            AtomicInteger n = matched.get(w);
            int count = n == null ? 0 : n.get();
            State state = !inForce(w) ? State.EXPIRED : count > 0 ? State.APPLIED : State.UNMATCHED;
            uses.add(new Use(w, state, count));
        }
        return uses;
    }

    /** The waiver file, or null when the run has none. */
    public Path file() {
        return file;
    }

    /** The sha256 of the waiver file's bytes, for the audit trail. */
    public String sha256() {
        return sha256;
    }

    /** The date waivers are judged against (their expiry dates are compared with it). */
    public LocalDate asOf() {
        return asOf;
    }

    public int size() {
        return byTarget.size();
    }
}
