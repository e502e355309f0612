package educheck.checker.load.reach;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Names in scope: variables (rule bindings, parameters, locals) with their types; null for unknown. */
final class Scope {
    private final Scope parent;
    private final Map<String, Class<?>> vars = new HashMap<>();
    private final Set<String> unknown = new HashSet<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    void put(String name, Class<?> type) {
        if (type == null) {
            unknown.add(name);
        } else {
            vars.put(name, type);
        }
    }

    boolean has(String name) {
        return vars.containsKey(name) || unknown.contains(name) || (parent != null && parent.has(name));
    }

    Class<?> get(String name) {
        if (vars.containsKey(name)) {
            return vars.get(name);
        }
        if (unknown.contains(name)) {
            return null;
        }
        return parent == null ? null : parent.get(name);
    }
}
