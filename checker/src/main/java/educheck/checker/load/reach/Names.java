package educheck.checker.load.reach;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the names of one rule file mean: its imports (single and on demand, java.lang always), its static imports, and
 * the DRL functions it declares. Resolves a type name as javac would, loading classes without running them.
 */
final class Names {

    /** A DRL function of the file: its return type (null when not resolvable) and its parameter types. */
    record Function(Class<?> returns, List<Class<?>> parameters) {
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("int", int.class, "long", long.class, "double",
            double.class, "float", float.class, "boolean", boolean.class, "char", char.class, "byte", byte.class,
            "short", short.class, "void", void.class);

    private final ClassLoader loader = Names.class.getClassLoader();
    private final Map<String, Class<?>> single = new HashMap<>();
    private final List<String> onDemand = new ArrayList<>(List.of("java.lang"));
    /** Static imports: member name → the classes it is imported from; "*" → classes imported on demand. */
    private final Map<String, List<Class<?>>> statics = new HashMap<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final Map<String, Class<?>> cache = new HashMap<>();

    void importType(Class<?> c) {
        single.put(c.getSimpleName(), c);
    }

    void importPackage(String pkg) {
        onDemand.add(pkg);
    }

    void importStatic(String member, Class<?> owner) {
        statics.computeIfAbsent(member, k -> new ArrayList<>()).add(owner);
    }

    void function(String name, Function f) {
        functions.put(name, f);
    }

    Function function(String name) {
        return functions.get(name);
    }

    /** The classes whose static methods named {@code name} are in scope by import. */
    List<Class<?>> staticOwners(String name) {
        List<Class<?>> owners = new ArrayList<>(statics.getOrDefault(name, List.of()));
        for (Class<?> c : statics.getOrDefault("*", List.of())) {
            for (Method m : c.getMethods()) {
                if (m.getName().equals(name) && !owners.contains(c)) {
                    owners.add(c);
                }
            }
        }
        return owners;
    }

    /** The class a simple or qualified name (dots, as written) stands for, or null. */
    Class<?> type(String name) {
        if (PRIMITIVES.containsKey(name)) {
            return PRIMITIVES.get(name);
        }
        if (cache.containsKey(name)) {
            return cache.get(name);
        }
        Class<?> found = null;
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        Class<?> head = single.get(first);
        if (head == null) {
            for (String pkg : onDemand) {
                head = load(pkg + "." + first);
                if (head != null) {
                    break;
                }
            }
        }
        if (head != null) {
            found = dot < 0 ? head : load(head.getName() + "$" + name.substring(dot + 1).replace('.', '$'));
        } else if (dot > 0) {
            found = qualified(name);
        }
        cache.put(name, found);
        return found;
    }

    /** A fully qualified name, nested classes written with dots: java.util.Map.Entry. */
    static Class<?> qualified(String name) {
        String candidate = name;
        while (true) {
            Class<?> c = load(Names.class.getClassLoader(), candidate);
            if (c != null) {
                return c;
            }
            int last = candidate.lastIndexOf('.');
            if (last < 0) {
                return null;
            }
            candidate = candidate.substring(0, last) + "$" + candidate.substring(last + 1);
        }
    }

    private Class<?> load(String name) {
        return load(loader, name);
    }

    /** Loads without initialising: naming a class runs none of its code. */
    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
