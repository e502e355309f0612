package educheck.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checker's rooms and the arrows allowed between them, as each package-info.java says: loading at the bottom,
 * the report's data above it, running above that, the tools built on a run (compare, fixtures, drafts, mutations)
 * and the formats on top. A reference to a package not in a room's list is an arrow back up.
 */
class PackageLayersTest {

    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "load", Set.of("load", "load.reach"),
            "load.reach", Set.of("load", "load.reach"),
            "report", Set.of("load", "report"),
            "run", Set.of("load", "report", "run"),
            "compare", Set.of("load", "report", "run", "compare"),
            "fixtures", Set.of("load", "report", "run", "fixtures"),
            "drafts", Set.of("load", "report", "run", "fixtures", "drafts"),
            "mutations", Set.of("load", "report", "run", "fixtures", "drafts", "mutations"),
            "render", Set.of("load", "report", "compare", "render"));

    private static final Path SOURCES = Path.of("src/main/java/educheck/checker");
    private static final Pattern REFERENCE = Pattern.compile("educheck\\.checker\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void noPackageReachesAboveItsRoom() throws IOException {
        List<String> arrows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String room = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                assertThat(MAY_USE).as("%s is in a room the test knows (add it to MAY_USE with its arrows)", f)
                        .containsKey(room);
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!MAY_USE.get(room).contains(m.group(1))) {
                        arrows.add(SOURCES.relativize(f) + " → " + m.group(1));
                    }
                }
            }
        }
        assertThat(arrows).as("references from a room to one it may not use").isEmpty();
    }

    @Test
    void theRootPackageHoldsNoClass() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).toList()).isEmpty();
        }
    }
}
