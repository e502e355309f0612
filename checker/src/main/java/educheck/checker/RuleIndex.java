package educheck.checker;

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

    private RuleIndex() {
    }

    public static RuleIndex of(RuleFiles files) {
        RuleIndex index = new RuleIndex();
        for (String path : files.drlPaths()) {
            index.add(path, files.text(path));
        }
        return index;
    }

    private void add(String path, String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            parseErrors.add(path + ": " + e.getMessage());
            return;
        }
        for (DroolsError e : parser.getErrors()) {
            int[] lines = e.getLines();
            parseErrors.add(path + (lines != null && lines.length > 0 ? ":" + lines[0] : "") + ": " + e.getMessage());
        }
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
            RuleInfo info = new RuleInfo(pkg.getName(), rule.getName(), path, rule.getLine(), RuleMetadata.of(annotations),
                    rule.getConsequenceLine(), rule.getEndLine(), String.valueOf(rule.getConsequence()));
            byKey.put(key(pkg.getName(), rule.getName()), info);
            byPackage.computeIfAbsent(pkg.getName(), k -> new HashMap<>()).put(rule.getName(), info);
        }
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
