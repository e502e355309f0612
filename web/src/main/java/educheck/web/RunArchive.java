package educheck.web;

import java.util.List;
import java.util.Optional;

/** Where checked uploads are kept and read back: the store's database, or memory when there is none. */
public interface RunArchive {

    /** Records the run and returns it with the id the archive gave it. */
    CheckedRun record(CheckedRun run);

    /** The latest runs first. */
    List<CheckedRun> runs(int limit);

    Optional<CheckedRun> run(String id);

    /** The runs holding this district, oldest first. */
    List<CheckedRun> withDistrict(String code);

    /** Whether the archive answers (GET /healthz). */
    boolean reachable();

    /** Ids are letters, digits and dashes: an id taken from a URL can name nothing else. */
    static boolean validId(String id) {
        return id != null && id.matches("[A-Za-z0-9-]{1,64}");
    }
}
