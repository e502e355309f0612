package educheck.checker.load;

import educheck.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * Every rule of a rule set with its file, line and metadata, read from the DRL text. The compiled executable
 * model does not remember which file a rule came from, so findings get their {@code rule} file from here.
 */
public final class RuleIndex {

    private final Map<String, RuleInfo> byKey = new LinkedHashMap<>();
    /** package → rule name → rule: every finding is looked up, so without building a key string. */
    private final Map<String, Map<String, RuleInfo>> byPackage = new HashMap<>();
    private final Map<String, String> packageOfFile = new HashMap<>();
    private final Map<String, Map<String, String>> functions = new HashMap<>();
    private final List<String> parseErrors = new ArrayList<>();
    private final Map<RuleInfo, Map<String, Object>> annotationsOf = new java.util.IdentityHashMap<>();

    private RuleIndex() {
    }

    /**
     * One DRL file as the engine's parser read it: its package, null when it could not be read, and its syntax
     * errors as {@code file:line: message}. The allow-list check reads the same parse (the parser is most of its cost).
     */
    public record ParsedDrl(PackageDescr pkg, List<String> errors) {
        /** Read whole, without a syntax error. */
        public boolean clean() {
            return pkg != null && errors.isEmpty();
        }
    }

    public static RuleIndex of(RuleFiles files) {
        return of(parse(files));
    }

    /** Every DRL file of {@code files}, parsed, by path. */
    public static Map<String, ParsedDrl> parse(RuleFiles files) {
        Map<String, ParsedDrl> parsed = new LinkedHashMap<>();
        for (String path : files.drlPaths()) {
            parsed.put(path, parse(path, files.text(path)));
        }
        return parsed;
    }

    private static ParsedDrl parse(String path, String drl) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, drl);
            List<String> errors = new ArrayList<>();
            for (DroolsError e : parser.getErrors()) {
                int[] lines = e.getLines();
                errors.add(path + (lines != null && lines.length > 0 ? ":" + lines[0] : "") + ": " + e.getMessage());
            }
            return new ParsedDrl(pkg, errors);
        } catch (DroolsParserException e) {
            return new ParsedDrl(null, List.of(path + ": " + e.getMessage()));
        }
    }

    /** The index of files already parsed ({@link #parse(RuleFiles)}). */
    public static RuleIndex of(Map<String, ParsedDrl> parsed) {
        RuleIndex index = new RuleIndex();
        parsed.forEach(index::add);
        return index;
    }

    private void add(String path, ParsedDrl parsed) {
        parseErrors.addAll(parsed.errors());
        PackageDescr pkg = parsed.pkg();
        if (pkg == null) {
            return;
        }
        packageOfFile.put(path, pkg.getName());
        for (FunctionDescr f : pkg.getFunctions()) {
            functions.computeIfAbsent(pkg.getName(), k -> new HashMap<>()).put(f.getName(), String.valueOf(f.getBody()));
        }
        for (RuleDescr rule : pkg.getRules()) {
            Map<String, Object> annotations = new HashMap<>();
            for (AnnotationDescr a : rule.getAnnotations()) {
                annotations.put(a.getName(), a.getSingleValue());
            }
            put(new RuleInfo(pkg.getName(), rule.getName(), path, rule.getLine(), RuleMetadata.of(annotations),
                    rule.getConsequenceLine(), rule.getEndLine(), String.valueOf(rule.getConsequence())), annotations);
        }
    }

    /** An index to fill from a file of its own ({@link IndexFile}). */
    static RuleIndex empty() {
        return new RuleIndex();
    }

    /** Adds a rule with the annotations its metadata was made from. */
    void put(RuleInfo info, Map<String, Object> annotations) {
        byKey.put(key(info.pkg(), info.name()), info);
        byPackage.computeIfAbsent(info.pkg(), k -> new HashMap<>()).put(info.name(), info);
        annotationsOf.put(info, annotations);
    }

    /** The annotations as the parser gave them, from which the rule's metadata was made. */
    Map<String, Object> annotationsOf(RuleInfo info) {
        return annotationsOf.get(info);
    }

    /** Package → function name → body, to fill or write. */
    Map<String, Map<String, String>> allFunctions() {
        return functions;
    }

    private static String key(String pkg, String rule) {
        return pkg + "\u0000" + rule;
    }

    /** The rule of that package and name, or null when unknown. */
    public RuleInfo find(String pkg, String rule) {
        Map<String, RuleInfo> rules = byPackage.get(pkg);
        return rules == null ? null : rules.get(rule);
    }

    /** The file a rule is written in, as reports name it; {@code package/rule} when the index does not know it. */
    public String fileOf(String pkg, String rule) {
        RuleInfo info = find(pkg, rule);
        return info == null ? pkg + "/" + rule : info.file();
    }

    public Collection<RuleInfo> rules() {
        return byKey.values();
    }

    /** The DRL functions a package declares, name → body. */
    public Map<String, String> functions(String pkg) {
        return functions.getOrDefault(pkg, Map.of());
    }

    /** The package each DRL file declares. */
    public Map<String, String> packageOfFile() {
        return packageOfFile;
    }

    /** Syntax errors met while indexing; the compiler reports them in full. */
    public List<String> parseErrors() {
        return parseErrors;
    }
}
