package educheck.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The findings of one session, in the order the rules reported them. Rules report a finding here
 * ({@code report(kcontext, check(…))}) rather than inserting it as a fact: a national run makes millions of
 * findings, and putting each one through the rule network cost more than all the checks together
 * (docs/benchmarks.md). The session holds one {@code Findings} fact; the few rules that decide over findings
 * (RES.8, the standards' verdicts) bind it and read from it when they fire:
 *
 * <pre>
 * rule "MoE-2020 verdict"
 *     salience -100
 * when
 *     $d : District()
 *     $findings : Findings()
 * then
 *     insert(standard(kcontext, "MoE-2020", "…", $findings.startingWith("CN.PK.")));
 * end
 * </pre>
 *
 * <p>The findings are not facts, so no rule is woken when one is reported: a rule that reads them must have a
 * lower salience than every rule that reports them. The checker refuses a finding reported after a rule of lower
 * salience has read the findings (educheck.rules.Assessment), so a verdict can never silently miss one.
 */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();
    /**
     * Per set of IDs asked for by {@link #about}, those findings by subject: made on the first such question and
     * kept up to date after it, so RES.8 finds a section's seven findings without a pass over all of them.
     */
    private final Map<Set<String>, Map<String, List<Finding>>> bySubject = new HashMap<>(2);
    private String[] lastIds = new String[0];
    private Set<String> lastIdSet = Set.of();

    /** Adds a finding; rules report through educheck.rules.Judge.report, which checks the order first. */
    public void add(Finding finding) {
        all.add(finding);
        if (!bySubject.isEmpty()) {
            bySubject.forEach((ids, index) -> index(ids, index, finding));
        }
    }

    /** Every finding so far, in the order reported. */
    public List<Finding> all() {
        return Collections.unmodifiableList(all);
    }

    /** The findings whose catalogue ID starts with {@code idPrefix}, e.g. every {@code "CN.PK."} finding. */
    public List<Finding> startingWith(String idPrefix) {
        return startingWith(idPrefix, new String[0]);
    }

    /**
     * The findings whose catalogue ID starts with {@code idPrefix} but is none of {@code exceptIds}: MoE-2017 is
     * decided by every {@code CN.CE.} finding except RES.1–7, which count through RES.8.
     */
    public List<Finding> startingWith(String idPrefix, String... exceptIds) {
        Set<String> except = idSet(exceptIds);
        List<Finding> found = new ArrayList<>();
        forEachWithId(id -> id.startsWith(idPrefix) && !except.contains(id), found::add);
        return found;
    }

    /** The findings about one subject (a school section, say) whose catalogue ID is one of {@code ids}. */
    public List<Finding> about(String subject, String... ids) {
        Set<String> wanted = idSet(ids);
        Map<String, List<Finding>> index = bySubject.get(wanted);
        if (index == null) {
            Map<String, List<Finding>> made = new HashMap<>();
            forEachWithId(wanted::contains, f -> add(made, wanted, f));
            bySubject.put(wanted, made);
            index = made;
        }
        return Collections.unmodifiableList(index.getOrDefault(subject, List.of()));
    }

    /**
     * Each finding, in order, whose ID {@code wanted} accepts. A rule's findings share one ID string and mostly come one
     * after another, so the question is asked once per run of them, not once per finding.
     */
    private void forEachWithId(Predicate<String> wanted, Consumer<Finding> action) {
        String lastId = null;
        boolean lastWanted = false;
        for (Finding f : all) {
            if (f.getId() != lastId) {
                lastId = f.getId();
                lastWanted = wanted.test(lastId);
            }
            if (lastWanted) {
                action.accept(f);
            }
        }
    }

    /** A set of IDs as a rule lists them; naming one twice is harmless. RES.8 asks with the same seven each time. */
    private Set<String> idSet(String[] ids) {
        if (!Arrays.equals(ids, lastIds)) {
            lastIdSet = Set.copyOf(Arrays.asList(ids));
            lastIds = ids.clone();
        }
        return lastIdSet;
    }

    private static void index(Set<String> ids, Map<String, List<Finding>> index, Finding f) {
        if (ids.contains(f.getId())) {
            add(index, ids, f);
        }
    }

    private static void add(Map<String, List<Finding>> index, Set<String> ids, Finding f) {
        index.computeIfAbsent(f.getSubject(), s -> new ArrayList<>(ids.size())).add(f);
    }
}
