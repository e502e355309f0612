package educheck.checker.load.reach;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * What a rule file may use: the model, the rule helpers, and the side-effect-free parts of java.lang, java.util,
 * java.math and java.time. An allow-list, not a deny-list: anything not named here (files, network, processes,
 * threads, reflection, class loading, the engine's session) is refused, including what later JDKs add.
 */
final class AllowList {

    /** The java.lang types a rule may name: values, text, arithmetic, and the exceptions a rule may throw. */
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "StringBuilder", "StringBuffer", "CharSequence", "Math",
            "StrictMath", "Number", "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Character", "Comparable",
            "Iterable", "Enum", "Void", "ArithmeticException", "IllegalArgumentException", "IllegalStateException",
            "RuntimeException", "Exception", "NullPointerException", "NumberFormatException", "UnsupportedOperationException",
            "IndexOutOfBoundsException", "ArrayIndexOutOfBoundsException", "ClassCastException");

    /** java.util types that read or write files, load classes, start threads or change the process's settings. */
    private static final Set<String> JAVA_UTIL_REFUSED = Set.of("ServiceLoader", "Scanner", "Timer", "TimerTask", "Properties",
            "Formatter", "ResourceBundle", "PropertyResourceBundle", "ListResourceBundle", "EventListenerProxy", "Observable");

    private static final Set<String> PACKAGES = Set.of("java.util", "java.util.function", "java.util.stream",
            "java.util.regex", "java.math", "java.time", "java.time.format", "java.time.temporal", "java.time.chrono");

    /** Methods of allowed types that still reach outside: reflection, threads, process-wide defaults, console output. */
    private static final Set<String> METHODS_REFUSED = Set.of("getClass", "wait", "notify", "notifyAll", "finalize",
            "parallel", "parallelStream", "setDefault", "printStackTrace", "Integer.getInteger", "Long.getLong",
            "Boolean.getBoolean");

    private static final String RULE_CONTEXT = "org.kie.api.runtime.rule.RuleContext";

    private AllowList() {
    }

    /** Null when a rule may use {@code type}; otherwise why not, in words. */
    static String refusal(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || allowed(c)) {
            return null;
        }
        return c.getName().replace('$', '.') + " is outside what a rule may use (" + kind(c) + ")";
    }

    private static boolean allowed(Class<?> c) {
        String pkg = c.getPackageName();
        String simple = c.getName().substring(pkg.isEmpty() ? 0 : pkg.length() + 1);
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
        if (pkg.equals("educheck.rules") || pkg.equals("educheck.model")) {
            return true;
        }
        if (pkg.equals("java.lang")) {
            return JAVA_LANG.contains(outer);
        }
        if (pkg.equals("java.util")) {
            return !JAVA_UTIL_REFUSED.contains(outer);
        }
        return PACKAGES.contains(pkg);
    }

    /** The kind of thing refused, so the message says why in one word or two. */
    private static String kind(Class<?> c) {
        String n = c.getName();
        if (n.startsWith("java.io.") || n.startsWith("java.nio.")) {
            return "file access";
        }
        if (n.startsWith("java.net.") || n.startsWith("javax.net.")) {
            return "network access";
        }
        if (n.equals("java.lang.Runtime") || n.equals("java.lang.ProcessBuilder") || n.equals("java.lang.Process")) {
            return "running programs";
        }
        if (n.equals("java.lang.System")) {
            return "the process itself";
        }
        if (n.equals("java.lang.Thread") || n.startsWith("java.util.concurrent") || n.equals("java.lang.Runnable")) {
            return "threads";
        }
        if (n.startsWith("java.lang.reflect") || n.startsWith("java.lang.invoke") || n.equals("java.lang.Class")
                || n.endsWith("ClassLoader") || n.equals("java.util.ServiceLoader")) {
            return "reflection and class loading";
        }
        if (n.startsWith("org.kie.") || n.startsWith("org.drools.")) {
            return "the rule engine's own session";
        }
        if (n.startsWith("educheck.")) {
            return "educheck's own machinery, not the model or the rule helpers";
        }
        return "only the model, educheck.rules and parts of java.lang, java.util, java.math and java.time are";
    }

    /** Null when a rule may call {@code m} on a value of type {@code on}; otherwise why not. */
    static String refusal(Executable m, Class<?> on) {
        String name = m instanceof Constructor<?> ? "new " + m.getDeclaringClass().getSimpleName() : m.getName();
        if (METHODS_REFUSED.contains(m.getName()) || METHODS_REFUSED.contains(m.getDeclaringClass().getSimpleName() + "." + m.getName())) {
            return name + " reaches outside the rule (" + (m.getName().equals("getClass") ? "reflection" : "threads, the console or"
                    + " process-wide settings") + ")";
        }
        boolean helper = m.getDeclaringClass().getPackageName().equals("educheck.rules");
        for (Class<?> p : m.getParameterTypes()) {
            if (helper && p.getName().equals(RULE_CONTEXT)) {
                continue;
            }
            String why = refusal(p);
            if (why != null) {
                return name + " takes a " + why;
            }
        }
        if (m instanceof Method method) {
            String why = refusal(method.getReturnType());
            if (why != null) {
                return name + " gives a " + why;
            }
        }
        return null;
    }

    /** Null when a rule may read {@code f}; a rule never writes a static field (state shared by every district). */
    static String refusal(Field f) {
        String why = refusal(f.getType());
        return why == null ? null : f.getName() + " is a " + why;
    }

    static boolean isStatic(Field f) {
        return Modifier.isStatic(f.getModifiers());
    }
}
