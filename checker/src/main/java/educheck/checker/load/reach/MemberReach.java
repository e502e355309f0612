package educheck.checker.load.reach;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a name, a field, a call, a {@code new} or a method reference in rule code reaches, found by reflection on
 * the types {@link CodeReach} worked out, and refused unless the {@link AllowList} allows it. Where javac could
 * choose among overloads, every one the arguments fit must be allowed.
 */
final class MemberReach {

    /** The engine's handle to the session: may be handed to the rule helpers, never used directly. */
    static final Class<?> RULE_CONTEXT = org.kie.api.runtime.rule.RuleContext.class;
    /** What a consequence may call without a receiver: the engine's own operations on the session's facts. */
    private static final Set<String> SESSION_OPERATIONS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    private final Names names;
    /** Where a refusal goes: the node and the reason. */
    private final BiConsumer<Node, String> refuse;
    /** The type matched by the pattern whose condition this is ({@code this}, and bare property names); null in code. */
    private final Class<?> pattern;
    private final boolean consequence;

    MemberReach(Names names, Class<?> pattern, boolean consequence, BiConsumer<Node, String> refuse) {
        this.names = names;
        this.pattern = pattern;
        this.consequence = consequence;
        this.refuse = refuse;
    }

    /** A bare name: a variable, else (in a condition) a property of the pattern's type, else a type, else a package. */
    ExprType name(Node at, String name, Scope scope) {
        if (scope.has(name)) {
            Class<?> c = scope.get(name);
            return c == null ? ExprType.UNKNOWN : ExprType.of(c);
        }
        if (pattern != null) {
            Class<?> property = property(pattern, name);
            if (property != null) {
                return ExprType.of(property);
            }
        }
        Class<?> type = names.type(name);
        if (type != null) {
            refuseType(at, type);
            return new ExprType(null, type, null);
        }
        return new ExprType(null, null, name);
    }

    ExprType field(FieldAccessExpr at, ExprType scope, String name) {
        if (scope.pkg() != null) {
            String qualified = scope.pkg() + "." + name;
            Class<?> type = Names.qualified(qualified);
            if (type != null) {
                refuseType(at, type);
                return new ExprType(null, type, null);
            }
            return new ExprType(null, null, qualified);
        }
        Class<?> owner = scope.type() != null ? scope.type() : scope.value();
        if (scope == ExprType.REFUSED) {
            return ExprType.REFUSED;
        }
        if (owner == null) {
            refuse.accept(at, "cannot tell the type of " + at.getScope() + ", so cannot check its " + name);
            return ExprType.UNKNOWN;
        }
        if (owner.isArray() && name.equals("length")) {
            return ExprType.of(int.class);
        }
        if (scope.type() != null) {
            Class<?> nested = Names.qualified(owner.getName() + "." + name);
            if (nested != null) {
                refuseType(at, nested);
                return new ExprType(null, nested, null);
            }
        }
        try {
            Field f = owner.getField(name);
            String why = AllowList.refusal(f);
            if (why != null) {
                refuse.accept(at, why);
            } else if (AllowList.isStatic(f) && !Modifier.isFinal(f.getModifiers()) && at.getParentNode().orElse(null) instanceof AssignExpr a
                    && a.getTarget() == at) {
                refuse.accept(at, "a rule may not change " + owner.getSimpleName() + "." + name + ", which every district shares");
            }
            return ExprType.of(f.getType());
        } catch (NoSuchFieldException e) {
            Class<?> property = pattern != null && scope.value() != null ? property(owner, name) : null;
            if (property != null) {
                return ExprType.of(property);
            }
            refuse.accept(at, owner.getSimpleName() + " has no field " + name + " a rule may read");
            return ExprType.UNKNOWN;
        }
    }

    /** The type of a property as the engine reads it in a condition: getX(), isX(), x(), or a public field. */
    private Class<?> property(Class<?> owner, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + cap, "is" + cap, name)) {
            try {
                Method m = owner.getMethod(candidate);
                String why = AllowList.refusal(m, owner);
                return why == null ? m.getReturnType() : null;
            } catch (NoSuchMethodException e) {
                // the next form
            }
        }
        try {
            Field f = owner.getField(name);
            return AllowList.refusal(f) == null ? f.getType() : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** A call whose receiver and arguments are typed already; {@code receiver} is null for a call without one. */
    ExprType call(MethodCallExpr at, ExprType receiver, List<ExprType> args) {
        String name = at.getNameAsString();
        at.getTypeArguments().ifPresent(ts -> ts.forEach(this::typeOf));
        if (receiver == null) {
            return unqualified(at, name, args);
        }
        if (receiver.pkg() != null) {
            refuse.accept(at, "unknown type or package " + receiver.pkg());
            return ExprType.UNKNOWN;
        }
        boolean statics = receiver.type() != null;
        Class<?> owner = statics ? receiver.type() : receiver.value();
        if (receiver == ExprType.REFUSED) {
            return ExprType.REFUSED;
        }
        if (owner == null) {
            refuse.accept(at, "cannot tell the type of " + at.getScope().map(Object::toString).orElse("") + ", so cannot check"
                    + " what ." + name + "(…) calls: give the variable or lambda parameter its type, or cast it");
            return ExprType.UNKNOWN;
        }
        if (owner == RULE_CONTEXT) {
            refuse.accept(at, "kcontext may only be handed to the rule helpers (report, check, outcome, …);"
                    + " ." + name + "(…) would reach into the engine's session");
            return ExprType.REFUSED;
        }
        String why = AllowList.refusal(owner);
        if (why != null) {
            refuse.accept(at, why);
            return ExprType.REFUSED;
        }
        return invoke(at, List.of(owner), name, args, statics);
    }

    private ExprType unqualified(MethodCallExpr at, String name, List<ExprType> args) {
        if (consequence && SESSION_OPERATIONS.contains(name)) {
            return ExprType.UNKNOWN;
        }
        if (pattern != null && pattern != RULE_CONTEXT && hasMethod(pattern, name)) {
            return invoke(at, List.of(pattern), name, args, false);
        }
        Names.Function f = names.function(name);
        if (f != null) {
            return ExprType.of(f.returns());
        }
        List<Class<?>> owners = names.staticOwners(name);
        if (!owners.isEmpty()) {
            return invoke(at, owners, name, args, true);
        }
        refuse.accept(at, name + "(…) is neither a function of this file nor a helper it imports");
        return ExprType.UNKNOWN;
    }

    private static boolean hasMethod(Class<?> c, String name) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Every overload javac could choose must be allowed; the result is the type of the one the arguments fit. */
    private ExprType invoke(Node at, List<Class<?>> owners, String name, List<ExprType> args, boolean statics) {
        List<Method> candidates = new ArrayList<>();
        for (Class<?> owner : owners) {
            List<Method> methods = new ArrayList<>(List.of(owner.getMethods()));
            if (owner.isInterface()) {
                methods.addAll(List.of(Object.class.getMethods()));
            }
            for (Method m : methods) {
                if (m.getName().equals(name) && JavaTyping.arityFits(m, args.size())
                        && (!statics || Modifier.isStatic(m.getModifiers()))) {
                    candidates.add(m);
                }
            }
        }
        // A bridge method with a twin of the same parameters is the compiler's, never the one a call is compiled against.
        List<Method> all = List.copyOf(candidates);
        candidates.removeIf(m -> m.isBridge() && all.stream().anyMatch(o -> !o.isBridge()
                && java.util.Arrays.equals(o.getParameterTypes(), m.getParameterTypes())));
        if (candidates.isEmpty()) {
            refuse.accept(at, owners.get(0).getSimpleName() + " has no" + (statics ? " static" : "") + " method " + name
                    + " taking " + args.size() + " argument(s) that a rule may call");
            return ExprType.UNKNOWN;
        }
        // The overloads the arguments fit, one of which javac chooses (all of them when an argument's type is unknown).
        List<Method> fitting = candidates.stream().filter(m -> JavaTyping.fits(m, args)).toList();
        for (Method m : fitting.isEmpty() ? candidates : fitting) {
            String why = AllowList.refusal(m, m.getDeclaringClass());
            if (why != null) {
                refuse.accept(at, owners.get(0).getName().replace('$', '.') + "." + name + ": " + why);
                return ExprType.REFUSED;
            }
        }
        return ExprType.of(JavaTyping.chosen(candidates, args).map(Method::getReturnType).orElse(null));
    }

    /** {@code new C(…)} whose scope and arguments are typed already. */
    ExprType creation(ObjectCreationExpr o, List<ExprType> args) {
        Class<?> c = typeOf(o.getType());
        if (o.getAnonymousClassBody().isPresent()) {
            refuse.accept(o, "a rule may not declare classes (an anonymous class); use a lambda or a DRL function");
            return ExprType.of(c);
        }
        if (c == null || AllowList.refusal(c) != null) {
            return ExprType.of(c);
        }
        List<Constructor<?>> candidates = new ArrayList<>();
        for (Constructor<?> k : c.getConstructors()) {
            if (JavaTyping.arityFits(k, args.size())) {
                candidates.add(k);
            }
        }
        if (candidates.isEmpty()) {
            refuse.accept(o, c.getSimpleName() + " has no public constructor taking " + args.size() + " argument(s)");
        }
        List<Constructor<?>> fitting = candidates.stream().filter(k -> JavaTyping.fits(k, args)).toList();
        for (Constructor<?> k : fitting.isEmpty() ? candidates : fitting) {
            String why = AllowList.refusal(k, c);
            if (why != null) {
                refuse.accept(o, why);
                break;
            }
        }
        return ExprType.of(c);
    }

    /** {@code X::m} or {@code X::new}, where {@code owner} is what X stands for (null when it cannot be told). */
    ExprType reference(MethodReferenceExpr r, Class<?> owner) {
        Expression s = r.getScope();
        if (owner == null) {
            refuse.accept(r, "cannot tell the type of " + s + ", so cannot check ::" + r.getIdentifier());
            return ExprType.UNKNOWN;
        }
        if (AllowList.refusal(owner) != null) {
            refuse.accept(r, AllowList.refusal(owner));
            return ExprType.UNKNOWN;
        }
        List<? extends Executable> all = r.getIdentifier().equals("new") ? List.of(owner.getConstructors())
                : java.util.Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(r.getIdentifier())).toList();
        if (all.isEmpty()) {
            refuse.accept(r, owner.getSimpleName() + " has no method " + r.getIdentifier());
        }
        for (Executable m : all) {
            String why = AllowList.refusal(m, owner);
            if (why != null) {
                refuse.accept(r, why);
                break;
            }
        }
        return ExprType.UNKNOWN;
    }

    /** The class a written type stands for, refusing it (and its type arguments) when rules may not use it. */
    Class<?> typeOf(Type t) {
        if (t instanceof PrimitiveType p) {
            return names.type(p.asString());
        }
        if (t instanceof ArrayType a) {
            Class<?> component = typeOf(a.getComponentType());
            return component == null ? null : component.arrayType();
        }
        if (t instanceof ClassOrInterfaceType c) {
            c.getTypeArguments().ifPresent(ts -> ts.forEach(this::typeOf));
            String name = c.getNameWithScope();
            Class<?> found = names.type(name);
            if (found == null) {
                refuse.accept(t, "unknown type " + name);
                return null;
            }
            refuseType(t, found);
            return found;
        }
        if (t.isWildcardType()) {
            t.asWildcardType().getExtendedType().ifPresent(this::typeOf);
            t.asWildcardType().getSuperType().ifPresent(this::typeOf);
            return null;
        }
        if (t.isVoidType()) {
            return void.class;
        }
        return null;
    }

    private void refuseType(Node at, Class<?> type) {
        String why = AllowList.refusal(type);
        if (why != null) {
            refuse.accept(at, why);
        }
    }
}
