package educheck.checker.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import educheck.checker.load.reach.RuleReach;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * A loaded rule set: its files, its kbases (one per jurisdiction, layered by kmodule {@code includes}) and the
 * compiled rules. Chooses the kbase for a district code by GB/T 2260 prefix: the district's own set, else its
 * city's, else its province's, else the national set.
 */
public final class RuleSet {

    private static final Pattern JURISDICTION = Pattern.compile("CN(-\\d{2}(-\\d{4}|-\\d{6})?)?");

    private final RuleFiles files;
    private final RuleIndex index;
    private final Kmodule kmodule;
    /** Builds the kbase of a jurisdiction; called once per jurisdiction. */
    private final Function<String, KieBase> kieBaseBuilder;
    private final CountyTable counties;
    private final SourceTexts texts;
    private final String sha256;
    private final Build build;
    private final long buildMillis;
    private final Map<String, KieBase> kieBases = new ConcurrentHashMap<>();
    private final RuleTrust trust;

    /** How the compiled rules were obtained. */
    public enum Build {
        /** The bundled rules, compiled when educheck was built. */
        PRECOMPILED,
        /** A rules folder compiled in this run. */
        COMPILED,
        /** A rules folder compiled by an earlier run, loaded from the cache. */
        CACHED
    }

    RuleSet(RuleFiles files, RuleIndex index, Kmodule kmodule, KieContainer container) throws RuleSetException {
        this(files, index, kmodule, j -> container.newKieBase(j, RuleFaults.configuration()), Build.PRECOMPILED, 0,
                RuleTrust.RESTRICTED);
    }

    private RuleSet(RuleFiles files, RuleIndex index, Kmodule kmodule, Function<String, KieBase> kieBaseBuilder,
                    Build build, long buildMillis, RuleTrust trust) throws RuleSetException {
        this.files = files;
        this.index = index;
        this.kmodule = kmodule;
        this.kieBaseBuilder = kieBaseBuilder;
        this.counties = CountyTable.of(files);
        this.texts = SourceTexts.of(files);
        this.sha256 = files.sha256();
        this.build = build;
        this.buildMillis = buildMillis;
        this.trust = trust;
    }

    /** The rule sets shipped with educheck, precompiled at build time. */
    public static RuleSet bundled() throws RuleSetException {
        // Building a kbase is the longest step of start-up: the national kbase most districts use is built on
        // another thread while the rule files are indexed here (kieBase() waits for a build already under way).
        RuleFiles files = RuleFiles.bundled();
        Kmodule kmodule = Kmodule.parse(files.all().get(RuleFiles.KMODULE));
        PrecompiledModels models = PrecompiledModels.bundled();
        // Without the model list (rules on the class path as plain folders, say) fall back to Drools' container.
        Function<String, KieBase> builder = models != null ? j -> models.build(j, kmodule)
                : j -> KieServices.get().getKieClasspathContainer().newKieBase(j, RuleFaults.configuration());
        CompletableFuture<KieBase> national = CompletableFuture.supplyAsync(() -> builder.apply("CN"));
        // Indexed once per educheck build and kept in the cache folder: a start then reads the index, not the DRL.
        Path kept = IndexFile.of(RuleCompiler.defaultCacheDir(), files);
        RuleIndex index = IndexFile.read(kept);
        if (index == null) {
            index = RuleIndex.of(files);
            check(files, index, kmodule);
            IndexFile.write(index, kept);
        }
        // The bundled rules are held to the allow-list by the build's tests (RuleReachTest), not at every start.
        return new RuleSet(files, index, kmodule, j -> j.equals("CN") ? joined(national) : builder.apply(j),
                Build.PRECOMPILED, 0, RuleTrust.RESTRICTED);
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The rule sets in a folder laid out as {@code educheck rules export} writes it, compiled now or loaded from the
     * cache of an earlier compile of the same files.
     *
     * @throws IOException      when {@code dir} is not a folder or cannot be read
     * @throws RuleSetException when the rules are laid out wrongly or do not compile, each problem located
     */
    public static RuleSet load(Path dir) throws IOException, RuleSetException {
        return load(dir, RuleCompiler.standard());
    }

    /** As {@link #load(Path)}, compiled by {@code compiler}; problems name files under {@code dir}. */
    public static RuleSet load(Path dir, RuleCompiler compiler) throws IOException, RuleSetException {
        return load(dir, compiler, RuleTrust.RESTRICTED);
    }

    /**
     * As {@link #load(Path)}, held to the allow-list unless {@code trust} is {@link RuleTrust#UNRESTRICTED}, which
     * only a person who vouches for the rule files may choose ({@code --trust-rules}).
     */
    public static RuleSet load(Path dir, RuleCompiler compiler, RuleTrust trust) throws IOException, RuleSetException {
        try {
            return load(RuleFiles.fromDirectory(dir), compiler, trust);
        } catch (RuleSetException e) {
            throw e.within(dir);
        }
    }

    /** As {@link #load(Path)}, with the files already read (a draft typed in the browser, say): restricted. */
    public static RuleSet load(RuleFiles files, RuleCompiler compiler) throws RuleSetException {
        return load(files, compiler, RuleTrust.RESTRICTED);
    }

    /**
     * As {@link #load(RuleFiles, RuleCompiler)}, held to the allow-list unless {@code trust} says otherwise.
     *
     * @throws RuleSetException with every use of something outside the allow-list at file:line:column (before any
     *                          rule runs), or the compiler's errors
     */
    public static RuleSet load(RuleFiles files, RuleCompiler compiler, RuleTrust trust) throws RuleSetException {
        Map<String, RuleIndex.ParsedDrl> parsed = RuleIndex.parse(files);
        RuleIndex index = RuleIndex.of(parsed);
        Kmodule kmodule = Kmodule.parse(files.all().get(RuleFiles.KMODULE));
        check(files, index, kmodule);
        // Rules that do not compile never run: the compiler's errors say best what is wrong (an unknown property, a
        // missing then), and what the allow-list refuses is said once they compile (compiling runs none of their code).
        RuleCompiler.Compiled compiled = compiler.compile(files, index);
        // The allow-list check reads every file's parse (made once, for the index too) with the engine's expression
        // parsers, after the compiler has used them: warm, it costs a fifth of what it does in a fresh JVM, where on
        // another core beside the compiler it added 6 % to a compile's CPU (docs/benchmarks.md, table 6). Not again
        // for files it passed before.
        if (trust == RuleTrust.RESTRICTED && !compiler.allowed(files)) {
            RuleReach.Result result = RuleReach.check(files, parsed);
            if (!result.refusals().isEmpty()) {
                throw new RuleSetException(result.refusals());
            }
            // Code the check could not read, yet the compiler took: refused, never run unchecked.
            if (!result.unreadable().isEmpty()) {
                throw new RuleSetException(result.unreadable());
            }
            compiler.markAllowed(files);
        }
        KieContainer container = compiled.container();
        return new RuleSet(files, index, kmodule, j -> container.newKieBase(j, RuleFaults.configuration()), compiled.build(),
                compiled.millis(), trust);
    }

    /** Refuses a rule set whose layout or metadata is wrong, naming each problem. */
    private static void check(RuleFiles files, RuleIndex index, Kmodule kmodule) throws RuleSetException {
        List<String> problems = layoutProblems(files, index, kmodule);
        problems.addAll(RuleLint.errors(files, index));
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    /**
     * What would make rules silently not run: a DRL file whose package no kbase loads (Drools skips it without a
     * word), a folder whose package does not match its name, a kbase that does not include its parent
     * jurisdiction. Each problem names the file.
     */
    static List<String> layoutProblems(RuleFiles files, RuleIndex index, Kmodule kmodule) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : index.packageOfFile().entrySet()) {
            String path = e.getKey();
            int slash = path.indexOf('/');
            if (slash < 0) {
                problems.add(path + ":1: a rule file must sit in a jurisdiction folder such as CN/ or CN-31/");
                continue;
            }
            String folder = path.substring(0, slash);
            String expected = packageFor(folder);
            if (!expected.equals(e.getValue())) {
                problems.add(path + ":1: declares package " + e.getValue() + "; files in " + folder + "/ must declare package " + expected);
            }
            Kmodule.KBase kbase = kmodule.kbases().get(folder);
            if (kbase == null) {
                problems.add(path + ":1: no kbase named " + folder + " in " + RuleFiles.KMODULE + ", so its rules would never run");
            } else if (!kbase.packages().contains(expected)) {
                problems.add(RuleFiles.KMODULE + ": kbase " + folder + " must list packages=\"" + expected + "\" to load " + path);
            }
        }
        for (Kmodule.KBase kb : kmodule.kbases().values()) {
            for (String include : kb.includes()) {
                if (!kmodule.has(include)) {
                    problems.add(RuleFiles.KMODULE + ": kbase " + kb.name() + " includes " + include + ", which is not declared");
                }
            }
            String parent = nearestAncestor(kb.name(), kmodule);
            if (parent != null && !kmodule.chain(kb.name()).contains(parent)) {
                problems.add(RuleFiles.KMODULE + ": kbase " + kb.name() + " must include " + parent
                        + " (directly or through another kbase), or districts under it would skip " + parent + "'s rules");
            }
        }
        return problems;
    }

    /** The DRL package of a jurisdiction folder: CN-31-310151 holds package CN_31_310151. */
    public static String packageFor(String jurisdiction) {
        return jurisdiction.replace('-', '_');
    }

    private static String nearestAncestor(String name, Kmodule kmodule) {
        if (!JURISDICTION.matcher(name).matches() || name.equals("CN")) {
            return null;
        }
        String province = name.substring(0, 5);
        List<String> ancestors = new ArrayList<>();
        if (name.length() == 12) {
            ancestors.add(province + "-" + name.substring(6, 10));
        }
        if (name.length() > 5) {
            ancestors.add(province);
        }
        ancestors.add("CN");
        return ancestors.stream().filter(kmodule::has).findFirst().orElse(null);
    }

    /** The most specific kbase for a district: CN-31-310151, else CN-33-3302 (city), else CN-31, else CN. */
    public String jurisdictionFor(String districtCode) {
        String province = "CN-" + districtCode.substring(0, 2);
        for (String candidate : List.of(province + "-" + districtCode, province + "-" + districtCode.substring(0, 4), province, "CN")) {
            if (kmodule.has(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the rule set has no national kbase CN");
    }

    /** The rule sets that run for a district, national first. */
    public List<String> jurisdictionsFor(String districtCode) {
        return kmodule.chain(jurisdictionFor(districtCode));
    }

    /** The kbase of a jurisdiction, built once, with rule faults routed to {@link RuleFaults}. */
    public KieBase kieBase(String jurisdiction) {
        KieBase built = kieBases.get(jurisdiction);
        if (built != null) {
            return built;
        }
        // Drools' CanonicalKieModule deadlocks when two threads create kbases of one module at once (each holds a
        // map entry the other's creation clears), so kbases are built one at a time; once built they are shared.
        synchronized (kieBases) {
            return kieBases.computeIfAbsent(jurisdiction, kieBaseBuilder);
        }
    }

    /** Every jurisdiction the rule set declares, in name order. */
    public List<String> jurisdictions() {
        return new ArrayList<>(new TreeSet<>(kmodule.kbases().keySet()));
    }

    public RuleFiles files() {
        return files;
    }

    public RuleIndex index() {
        return index;
    }

    public Kmodule kmodule() {
        return kmodule;
    }

    /** Which rule sets read a draft text (征求意见稿). */
    public SourceTexts texts() {
        return texts;
    }

    /** The county-level districts of provinces with roll-up targets. */
    public CountyTable counties() {
        return counties;
    }

    public String sha256() {
        return sha256;
    }

    /** Whether the rules were precompiled, compiled in this run or loaded from the cache. */
    public Build build() {
        return build;
    }

    /** How long compiling (or loading from the cache) took, in milliseconds; 0 for the bundled rules. */
    public long buildMillis() {
        return buildMillis;
    }

    /** The kbase whose DRL package holds rules of package {@code pkg} (CN_31 → CN-31), or the package itself. */
    public String jurisdictionOfPackage(String pkg) {
        return kmodule.kbases().values().stream().filter(kb -> kb.packages().contains(pkg)).map(Kmodule.KBase::name)
                .findFirst().orElse(pkg);
    }

    /** Whether the rules were held to the allow-list; reports say "unrestricted" when they were not. */
    public RuleTrust trust() {
        return trust;
    }

    public int ruleCount() {
        return index.rules().size();
    }
}
