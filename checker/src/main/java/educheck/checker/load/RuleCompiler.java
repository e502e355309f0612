package educheck.checker.load;

import educheck.model.Finding;
import educheck.rules.Judge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a folder of rule files at run time to the same executable model the bundled rules are compiled to at
 * build time, and caches the result (a kjar) on disk by the files' sha256, so only the first run after an edit
 * pays for compiling. Errors are reported by the classic compiler, which names DRL lines where the executable
 * model names lines of the Java it generates.
 */
public final class RuleCompiler {

    /** Compiled rules and whether compiling was needed. */
    public record Compiled(KieContainer container, RuleSet.Build build, long millis) {
    }

    /** Entries kept in the cache; older ones (by last use) are removed. */
    private static final int CACHE_ENTRIES = 20;
    private static final RuleCompiler STANDARD = new RuleCompiler(defaultCacheDir());

    private final Path cacheDir;
    private final Map<String, KieContainer> loaded = new ConcurrentHashMap<>();
    private final Map<String, List<String>> failed = new ConcurrentHashMap<>();
    private final java.util.Set<String> allowed = ConcurrentHashMap.newKeySet();
    /** Beside a cached kjar: its files passed the allow-list check (RuleReach). */
    private static final String ALLOWED = ".allowed";

    /** @param cacheDir where compiled rule sets are kept; null to keep none on disk */
    public RuleCompiler(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The compiler every command uses: cache in {@link #defaultCacheDir()}, compiled sets shared in the process. */
    public static RuleCompiler standard() {
        return STANDARD;
    }

    /**
     * The system property {@code educheck.cache.dir} if set (tests set it), else
     * {@code ${XDG_CACHE_HOME:-$HOME/.cache}/educheck/rules}.
     */
    public static Path defaultCacheDir() {
        String property = System.getProperty("educheck.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("educheck").resolve("rules");
    }

    /** The cache file of a rule set: its files' sha256 and a digest of the educheck classes the rules call. */
    public Path cacheFile(RuleFiles files) {
        return cacheDir == null ? null : cacheDir.resolve(cacheKey(files) + ".kjar");
    }

    /**
     * Only what the compiler reads (kmodule.xml and the DRL) makes the key: a rule draft whose fixtures alone changed
     * reuses the compiled rules instead of compiling the whole set again.
     */
    private static String cacheKey(RuleFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.all().entrySet()) {
                if (e.getKey().equals(RuleFiles.KMODULE) || e.getKey().endsWith(".drl")) {
                    digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(e.getValue());
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest()) + "." + Engine.FINGERPRINT;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The compiled rules of {@code files}: from memory or the disk cache when these exact files were compiled before,
     * otherwise compiled now and cached.
     *
     * @throws RuleSetException listing every error as {@code file:line:column: message}
     */
    public Compiled compile(RuleFiles files, RuleIndex index) throws RuleSetException {
        long start = System.nanoTime();
        String key = cacheKey(files);
        KieContainer container = loaded.get(key);
        if (container == null) {
            container = fromCache(key);
        }
        if (container != null) {
            loaded.put(key, container);
            return new Compiled(container, RuleSet.Build.CACHED, (System.nanoTime() - start) / 1_000_000);
        }
        if (failed.containsKey(key)) {
            throw new RuleSetException(failed.get(key));
        }
        byte[] kjar;
        try {
            kjar = build(files, index, key);
        } catch (RuleSetException e) {
            failed.put(key, e.problems());
            throw e;
        }
        container = load(kjar);
        store(key, kjar);
        loaded.put(key, container);
        return new Compiled(container, RuleSet.Build.COMPILED, (System.nanoTime() - start) / 1_000_000);
    }

    /** Whether these exact files passed the allow-list check before (in this process, or a mark in the cache). */
    public boolean allowed(RuleFiles files) {
        String key = cacheKey(files);
        if (allowed.contains(key)) {
            return true;
        }
        return cacheDir != null && Files.isRegularFile(cacheDir.resolve(key + ALLOWED));
    }

    /** Records that these exact files passed the allow-list check, so later runs on them skip it. */
    public void markAllowed(RuleFiles files) {
        String key = cacheKey(files);
        allowed.add(key);
        if (cacheDir != null && Files.isRegularFile(cacheDir.resolve(key + ".kjar"))) {
            try {
                Files.write(cacheDir.resolve(key + ALLOWED), new byte[0]);
            } catch (IOException e) {
                // Not fatal: the next run checks again.
            }
        }
    }

    private static byte[] build(RuleFiles files, RuleIndex index, String key) throws RuleSetException {
        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("educheck.rules", "rules-" + key.substring(0, 16), "1.0.0");
        KieBuilder executable = ks.newKieBuilder(fileSystem(ks, files, id)).buildAll(ExecutableModelProject.class);
        if (!executable.getResults().hasMessages(Message.Level.ERROR)) {
            return ((InternalKieModule) executable.getKieModule()).getBytes();
        }
        // Only on failure: the classic compiler locates the same errors at DRL lines, and, unlike the executable
        // model, reports the other files' errors along with a file's syntax errors.
        KieBuilder classic = ks.newKieBuilder(fileSystem(ks, files, id)).buildAll();
        BuildMessages messages = new BuildMessages(files, index);
        List<String> problems = messages.translate(classic.getResults().getMessages(Message.Level.ERROR));
        if (problems.isEmpty()) {
            problems = messages.translate(executable.getResults().getMessages(Message.Level.ERROR));
        }
        throw new RuleSetException(problems);
    }

    private static KieFileSystem fileSystem(KieServices ks, RuleFiles files, ReleaseId id) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        for (Map.Entry<String, byte[]> e : files.all().entrySet()) {
            if (e.getKey().equals(RuleFiles.KMODULE) || e.getKey().endsWith(".drl")) {
                kfs.write("src/main/resources/" + e.getKey(), e.getValue());
            }
        }
        return kfs;
    }

    private static KieContainer load(byte[] kjar) {
        KieServices ks = KieServices.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        return ks.newKieContainer(module.getReleaseId());
    }

    /** The cached kjar, or null when there is none or it cannot be loaded (it is then removed and rebuilt). */
    private KieContainer fromCache(String key) {
        Path file = cacheDir == null ? null : cacheDir.resolve(key + ".kjar");
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            KieContainer container = load(Files.readAllBytes(file));
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return container;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A cache that cannot be cleaned is rebuilt in memory; the run goes on.
            }
            return null;
        }
    }

    /** Writes the kjar whole (temporary file, then rename); a cache that cannot be written only costs time. */
    private void store(String key, byte[] kjar) {
        if (cacheDir == null) {
            return;
        }
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, key, ".part");
            Files.write(tmp, kjar);
            Path target = cacheDir.resolve(key + ".kjar");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            evictOld();
        } catch (IOException e) {
            // Not fatal: the rules are compiled; the next run compiles again.
        }
    }

    private void evictOld() throws IOException {
        try (Stream<Path> entries = Files.list(cacheDir)) {
            List<Path> kjars = entries.filter(p -> p.getFileName().toString().endsWith(".kjar"))
                    .sorted(Comparator.comparing(RuleCompiler::lastModified).reversed()).toList();
            for (Path old : kjars.subList(Math.min(CACHE_ENTRIES, kjars.size()), kjars.size())) {
                Files.deleteIfExists(old);
                String name = old.getFileName().toString();
                Files.deleteIfExists(old.resolveSibling(name.substring(0, name.length() - ".kjar".length()) + ALLOWED));
            }
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * A digest of the educheck classes compiled rules call (model and rules helpers, by content, not by date): a
     * cached kjar built against other classes (another educheck version) is not reused.
     */
    private static final class Engine {
        static final String FINGERPRINT = fingerprint();

        private static String fingerprint() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Class<?> c : List.of(Finding.class, Judge.class)) {
                    Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                    SortedMap<String, byte[]> classes = new TreeMap<>();
                    if (Files.isDirectory(location)) {
                        try (Stream<Path> walk = Files.walk(location.resolve("educheck"))) {
                            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                                classes.put(location.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                            }
                        }
                    } else {
                        try (ZipFile jar = new ZipFile(location.toFile())) {
                            for (ZipEntry e : Collections.list(jar.entries())) {
                                if (e.getName().startsWith("educheck/") && !e.isDirectory()) {
                                    classes.put(e.getName(), jar.getInputStream(e).readAllBytes());
                                }
                            }
                        }
                    }
                    classes.forEach((name, bytes) -> {
                        digest.update(name.getBytes(StandardCharsets.UTF_8));
                        digest.update(bytes);
                    });
                }
                return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException | URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
