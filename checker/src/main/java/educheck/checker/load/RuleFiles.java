package educheck.checker.load;

import educheck.rules.Judge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The source files of a rule set: {@code META-INF/kmodule.xml}, the DRL of each jurisdiction folder and the
 * fixtures beside them, keyed by path relative to the rules folder ({@code CN/preschool.drl}). Loaded from the
 * bundled rules jar or from a folder a policy officer edits; the sha256 over them identifies the rule set in
 * every report.
 */
public final class RuleFiles {

    public static final String KMODULE = "META-INF/kmodule.xml";

    private final SortedMap<String, byte[]> files;
    private final String origin;
    /**
     * Made once: at start-up the bundled rules' kept index is named by it (IndexFile) and the rule set reports it.
     * The files never change after construction, so a race only computes the same value twice.
     */
    private volatile String sha256;

    private RuleFiles(SortedMap<String, byte[]> files, String origin) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.origin = origin;
    }

    /** The rule sets shipped inside educheck (the rules module's jar or classes folder). */
    public static RuleFiles bundled() {
        try {
            Path location = Path.of(Judge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new RuleFiles(collect(location), "bundled");
            }
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
                return new RuleFiles(collect(jar.getPath("/")), "bundled");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rule files under {@code dir}, laid out as {@code educheck rules export} writes them. */
    public static RuleFiles fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        return new RuleFiles(collect(dir), dir.toAbsolutePath().normalize().toString());
    }

    /**
     * Rule files held in memory (a draft edited in the browser, a version read from the archive), keyed by path in
     * the rules folder; only what {@link #fromDirectory} would read is kept.
     *
     * @param origin what reports name as their origin, e.g. "draft 3"
     */
    public static RuleFiles of(Map<String, byte[]> files, String origin) {
        SortedMap<String, byte[]> kept = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (isRuleFile(path)) {
                kept.put(path, bytes.clone());
            }
        });
        return new RuleFiles(kept, origin);
    }

    private static SortedMap<String, byte[]> collect(Path root) throws IOException {
        SortedMap<String, byte[]> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (isRuleFile(rel)) {
                    found.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return found;
    }

    /**
     * kmodule.xml, DRL, tables the rules use (counties.csv), what a set's source text is (ruleset.properties) and
     * fixtures in a folder named fixtures; compiled classes and the rest are left out.
     */
    static boolean isRuleFile(String rel) {
        return rel.equals(KMODULE) || rel.endsWith(".drl") || rel.endsWith(".csv") || rel.endsWith("/" + SourceTexts.FILE)
                || rel.contains("/fixtures/");
    }

    /**
     * Writes the files under {@code dir} in the layout {@link #fromDirectory} reads, for policy staff to edit.
     *
     * @param overwrite write into a folder that already has files, replacing those of the same name
     * @throws IOException when {@code dir} has files and {@code overwrite} is false, naming the folder
     */
    public void writeTo(Path dir, boolean overwrite) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !overwrite) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + " is not empty; choose an empty or new folder, or add --force to overwrite"
                            + " the rule files in it");
                }
            }
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }

    public SortedMap<String, byte[]> all() {
        return files;
    }

    public List<String> drlPaths() {
        List<String> drl = new ArrayList<>();
        files.keySet().stream().filter(p -> p.endsWith(".drl")).forEach(drl::add);
        return drl;
    }

    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    public boolean isBundled() {
        return "bundled".equals(origin);
    }

    /** "bundled", or the absolute folder the files came from. */
    public String origin() {
        return origin;
    }

    /** A digest over every path and its bytes, in path order: same files, same hash. */
    public String sha256() {
        String s = sha256;
        if (s == null) {
            s = digest();
            sha256 = s;
        }
        return s;
    }

    private String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(e.getValue());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
