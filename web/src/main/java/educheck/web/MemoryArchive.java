package educheck.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Runs kept in memory, the latest {@code capacity} of them: a server started without an archive. */
public final class MemoryArchive implements RunArchive {

    private final int capacity;
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, CheckedRun> runs = new LinkedHashMap<>();

    public MemoryArchive(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized CheckedRun record(CheckedRun run) {
        CheckedRun kept = run.withId(String.valueOf(next.getAndIncrement()));
        runs.put(kept.id(), kept);
        if (runs.size() > capacity) {
            runs.remove(runs.keySet().iterator().next());
        }
        return kept;
    }

    @Override
    public synchronized List<CheckedRun> runs(int limit) {
        List<CheckedRun> all = new ArrayList<>(runs.values());
        Collections.reverse(all);
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public synchronized Optional<CheckedRun> run(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<CheckedRun> withDistrict(String code) {
        return runs.values().stream().filter(r -> r.districts().stream().anyMatch(d -> d.code().equals(code))).toList();
    }

    @Override
    public boolean reachable() {
        return true;
    }
}
