package educheck.checker.load;

import educheck.rules.Judge;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Builds kbases of the bundled rules straight from the executable-model classes the build generated, one per DRL
 * package, without a KieContainer. A classpath container scans every jar and starts Drools' module machinery,
 * which took three quarters of a single-district check's start-up; this loads only the packages a kbase includes.
 */
final class PrecompiledModels {

    /** Where kie-maven-plugin lists the generated model classes of our kjar (groupId/artifactId of the rules module). */
    static final String MODEL_LIST = "META-INF/kie/educheck/educheck-rules/drools-model";

    private final Map<String, String> modelClassOfPackage;
    private final Map<String, Model> loaded = new ConcurrentHashMap<>();

    private PrecompiledModels(Map<String, String> modelClassOfPackage) {
        this.modelClassOfPackage = modelClassOfPackage;
    }

    /** The model list of the bundled rules jar, or null when it is not on the class path. */
    static PrecompiledModels bundled() {
        ClassLoader loader = Judge.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                return null;
            }
            Map<String, String> classes = new ConcurrentHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.contains(":")) {
                    classes.put(name.substring(0, name.lastIndexOf('.')), name);
                }
            }
            return new PrecompiledModels(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules' model list", e);
        }
    }

    /** A kbase of every package of {@code jurisdiction} and the kbases it includes. */
    KieBase build(String jurisdiction, Kmodule kmodule) {
        Set<String> packages = new LinkedHashSet<>();
        for (String kbase : kmodule.chain(jurisdiction)) {
            packages.addAll(kmodule.kbases().get(kbase).packages());
        }
        List<Model> models = new ArrayList<>();
        for (String pkg : packages) {
            models.add(loaded.computeIfAbsent(pkg, this::instantiate));
        }
        return KieBaseBuilder.createKieBaseFromModel(models, RuleFaults.configuration());
    }

    private Model instantiate(String pkg) {
        String name = modelClassOfPackage.get(pkg);
        if (name == null) {
            throw new IllegalStateException("the bundled rules have no compiled package " + pkg
                    + "; rebuild educheck (its kmodule.xml and compiled rules disagree)");
        }
        try {
            return (Model) Class.forName(name, true, Judge.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rules of package " + pkg, e);
        }
    }
}
