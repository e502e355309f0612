package educheck.checker.reach;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.ModifyStatement;

/**
 * Finds every type, constructor, method and field one piece of rule code uses (a consequence, a function body, a
 * condition), works out the static type of each expression as javac would, and refuses what the {@link AllowList}
 * does not allow. A call on a value whose type cannot be told is refused too: nothing is let through unchecked.
 */
final class CodeReach {

    /** What an expression stands for: a value of a type, a type (before a static member), a package, or unknown. */
    record T(Class<?> value, Class<?> type, String pkg) {
        static final T UNKNOWN = new T(null, null, null);
        /** What a refused expression gives: unknown too, but what is done with it was refused already. */
        static final T REFUSED = new T(null, null, null);

        static T of(Class<?> c) {
            return c == null ? UNKNOWN : new T(c, null, null);
        }

        boolean known() {
            return value != null;
        }
    }

    /** Names in scope: variables (rule bindings, parameters, locals) with their types; null for unknown. */
    static final class Scope {
        private final Scope parent;
        private final Map<String, Class<?>> vars = new HashMap<>();
        private final Set<String> unknown = new java.util.HashSet<>();

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
    private final Set<Node> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    CodeReach(Names names, Class<?> pattern, boolean consequence, BiConsumer<Node, String> refuse) {
        this.names = names;
        this.pattern = pattern;
        this.consequence = consequence;
        this.refuse = refuse;
    }

    /** Checks a block of statements (a consequence, a function body), then that nothing in it went unchecked. */
    void block(BlockStmt block, Scope scope) {
        statement(block, scope);
        unchecked(block);
    }

    /** Checks an expression (a condition, a {@code from} source), then that nothing in it went unchecked. */
    T expression(Expression e, Scope scope) {
        T t = type(e, scope);
        unchecked(e);
        return t;
    }

    /** Whatever uses a member or a type and was not reached by the walk above is refused rather than trusted. */
    private void unchecked(Node root) {
        for (Node n : root.findAll(Node.class)) {
            boolean uses = n instanceof MethodCallExpr || n instanceof ObjectCreationExpr || n instanceof FieldAccessExpr
                    || n instanceof MethodReferenceExpr || n instanceof ClassExpr || n instanceof NameExpr;
            if (uses && !checked.contains(n)) {
                refuse.accept(n, "this code could not be checked against what rules may use; write it more plainly");
                return;
            }
        }
        for (ClassOrInterfaceType t : root.findAll(ClassOrInterfaceType.class)) {
            if (!(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
                typeOf(t);
            }
        }
    }

    // ---- statements

    private void statement(Statement s, Scope scope) {
        if (s instanceof BlockStmt b) {
            Scope inner = new Scope(scope);
            b.getStatements().forEach(x -> statement(x, inner));
        } else if (s instanceof ExpressionStmt e) {
            type(e.getExpression(), scope);
        } else if (s instanceof IfStmt i) {
            type(i.getCondition(), scope);
            statement(i.getThenStmt(), new Scope(scope));
            i.getElseStmt().ifPresent(x -> statement(x, new Scope(scope)));
        } else if (s instanceof WhileStmt w) {
            type(w.getCondition(), scope);
            statement(w.getBody(), new Scope(scope));
        } else if (s instanceof DoStmt d) {
            statement(d.getBody(), new Scope(scope));
            type(d.getCondition(), scope);
        } else if (s instanceof ForStmt f) {
            Scope inner = new Scope(scope);
            f.getInitialization().forEach(x -> type(x, inner));
            f.getCompare().ifPresent(x -> type(x, inner));
            f.getUpdate().forEach(x -> type(x, inner));
            statement(f.getBody(), inner);
        } else if (s instanceof ForEachStmt f) {
            Scope inner = new Scope(scope);
            T iterable = type(f.getIterable(), scope);
            for (VariableDeclarator v : f.getVariable().getVariables()) {
                Class<?> declared = v.getType() instanceof VarType ? elementOf(iterable) : typeOf(v.getType());
                inner.put(v.getNameAsString(), declared);
            }
            statement(f.getBody(), inner);
        } else if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(x -> type(x, scope));
        } else if (s instanceof ThrowStmt t) {
            type(t.getExpression(), scope);
        } else if (s instanceof TryStmt t) {
            Scope inner = new Scope(scope);
            t.getResources().forEach(x -> type(x, inner));
            statement(t.getTryBlock(), inner);
            for (CatchClause c : t.getCatchClauses()) {
                Scope handler = new Scope(scope);
                handler.put(c.getParameter().getNameAsString(), typeOf(c.getParameter().getType()));
                statement(c.getBody(), handler);
            }
            t.getFinallyBlock().ifPresent(x -> statement(x, scope));
        } else if (s instanceof SwitchStmt sw) {
            type(sw.getSelector(), scope);
            Scope inner = new Scope(scope);
            for (SwitchEntry entry : sw.getEntries()) {
                entry.getLabels().forEach(x -> label(x, scope));
                entry.getStatements().forEach(x -> statement(x, inner));
            }
        } else if (s instanceof LabeledStmt l) {
            statement(l.getStatement(), scope);
        } else if (s instanceof YieldStmt y) {
            type(y.getExpression(), scope);
        } else if (s instanceof AssertStmt a) {
            type(a.getCheck(), scope);
            a.getMessage().ifPresent(x -> type(x, scope));
        } else if (s instanceof ModifyStatement m) {
            T target = type(m.getModifyObject(), scope);
            for (Statement inner : m.getExpressions()) {
                if (inner instanceof ExpressionStmt es && es.getExpression() instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                    checked.add(call);
                    call(call, target, call.getArguments(), scope);
                } else {
                    statement(inner, scope);
                }
            }
        } else if (s instanceof SynchronizedStmt) {
            refuse.accept(s, "synchronized is for threads, which rules may not use");
        } else if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
            refuse.accept(s, "a rule may not declare classes; use a DRL function");
        } else if (!(s instanceof EmptyStmt || s instanceof BreakStmt || s instanceof ContinueStmt)) {
            refuse.accept(s, "this kind of statement (" + s.getClass().getSimpleName() + ") is not allowed in a rule");
        }
    }

    /** A switch label: an enum constant's bare name, or a constant expression. */
    private void label(Expression label, Scope scope) {
        if (label instanceof NameExpr n && !scope.has(n.getNameAsString())) {
            checked.add(n);
        } else {
            type(label, scope);
        }
    }

    // ---- expressions

    private T type(Expression e, Scope scope) {
        checked.add(e);
        if (e instanceof LiteralExpr) {
            return literal(e);
        }
        if (e instanceof NameExpr n) {
            return name(n, n.getNameAsString(), scope);
        }
        if (e instanceof FieldAccessExpr f) {
            return field(f, type(f.getScope(), scope), f.getNameAsString());
        }
        if (e instanceof MethodCallExpr m) {
            return call(m, m.getScope().map(x -> type(x, scope)).orElse(null), m.getArguments(), scope);
        }
        if (e instanceof ObjectCreationExpr o) {
            return creation(o, scope);
        }
        if (e instanceof CastExpr c) {
            type(c.getExpression(), scope);
            return T.of(typeOf(c.getType()));
        }
        if (e instanceof InlineCastExpr c) {
            type(c.getExpression(), scope);
            return T.of(typeOf(c.getType()));
        }
        if (e instanceof InstanceOfExpr i) {
            type(i.getExpression(), scope);
            Class<?> t = typeOf(i.getType());
            i.getPattern().ifPresent(p -> {
                if (p instanceof TypePatternExpr pe) {
                    scope.put(pe.getNameAsString(), t);
                }
            });
            return T.of(boolean.class);
        }
        if (e instanceof EnclosedExpr en) {
            return type(en.getInner(), scope);
        }
        if (e instanceof UnaryExpr u) {
            T t = type(u.getExpression(), scope);
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? T.of(boolean.class) : t;
        }
        if (e instanceof BinaryExpr b) {
            return binary(b, type(b.getLeft(), scope), type(b.getRight(), scope));
        }
        if (e instanceof ConditionalExpr c) {
            type(c.getCondition(), scope);
            T then = type(c.getThenExpr(), scope);
            T otherwise = type(c.getElseExpr(), scope);
            return then.known() && otherwise.known() && then.value() == otherwise.value() ? then : T.UNKNOWN;
        }
        if (e instanceof AssignExpr a) {
            T target = type(a.getTarget(), scope);
            type(a.getValue(), scope);
            return target;
        }
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                T init = d.getInitializer().map(x -> type(x, scope)).orElse(T.UNKNOWN);
                scope.put(d.getNameAsString(), d.getType() instanceof VarType ? init.value() : typeOf(d.getType()));
            }
            return T.UNKNOWN;
        }
        if (e instanceof ArrayAccessExpr a) {
            T array = type(a.getName(), scope);
            type(a.getIndex(), scope);
            return array.known() && array.value().isArray() ? T.of(array.value().getComponentType()) : T.UNKNOWN;
        }
        if (e instanceof ArrayCreationExpr a) {
            Class<?> element = typeOf(a.getElementType());
            a.getLevels().forEach(l -> l.getDimension().ifPresent(x -> type(x, scope)));
            a.getInitializer().ifPresent(x -> type(x, scope));
            Class<?> array = element;
            for (int i = 0; array != null && i < a.getLevels().size(); i++) {
                array = array.arrayType();
            }
            return T.of(array);
        }
        if (e instanceof ArrayInitializerExpr a) {
            a.getValues().forEach(x -> type(x, scope));
            return T.UNKNOWN;
        }
        if (e instanceof LambdaExpr l) {
            Scope inner = new Scope(scope);
            for (Parameter p : l.getParameters()) {
                inner.put(p.getNameAsString(), p.getType().isUnknownType() ? null : typeOf(p.getType()));
            }
            if (l.getBody() instanceof ExpressionStmt es) {
                type(es.getExpression(), inner);
            } else {
                statement(l.getBody(), inner);
            }
            return T.UNKNOWN;
        }
        if (e instanceof MethodReferenceExpr r) {
            return reference(r, scope);
        }
        if (e instanceof ThisExpr) {
            if (pattern == null) {
                refuse.accept(e, "'this' is not available in rule code");
            }
            return T.of(pattern);
        }
        if (e instanceof ClassExpr) {
            refuse.accept(e, "a class literal (X.class) is reflection, which rules may not use");
            return T.UNKNOWN;
        }
        if (e instanceof SuperExpr) {
            refuse.accept(e, "'super' is not available in rule code");
            return T.UNKNOWN;
        }
        if (e instanceof DrlxExpression d) {
            return type(d.getExpr(), scope);
        }
        if (e instanceof SwitchExpr sw) {
            type(sw.getSelector(), scope);
            for (SwitchEntry entry : sw.getEntries()) {
                entry.getLabels().forEach(x -> label(x, scope));
                entry.getStatements().forEach(x -> statement(x, new Scope(scope)));
            }
            return T.UNKNOWN;
        }
        // The engine's own operators in conditions (str[startsWith], memberOf, "> 1 && < 5", …): their operands are
        // checked like any expression; what they give is a truth value.
        for (Node child : e.getChildNodes()) {
            if (child instanceof Expression x) {
                type(x, scope);
            } else if (child instanceof Type t) {
                typeOf(t);
            }
        }
        return T.of(boolean.class);
    }

    private static T literal(Expression e) {
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return T.of(String.class);
        }
        if (e instanceof IntegerLiteralExpr) {
            return T.of(int.class);
        }
        if (e instanceof LongLiteralExpr) {
            return T.of(long.class);
        }
        if (e instanceof DoubleLiteralExpr d) {
            return T.of(d.getValue().toLowerCase().endsWith("f") ? float.class : double.class);
        }
        if (e instanceof CharLiteralExpr) {
            return T.of(char.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return T.of(boolean.class);
        }
        if (e.getClass().getSimpleName().equals("BigDecimalLiteralExpr")) {
            return T.of(java.math.BigDecimal.class);
        }
        if (e.getClass().getSimpleName().equals("BigIntegerLiteralExpr")) {
            return T.of(java.math.BigInteger.class);
        }
        return T.UNKNOWN;
    }

    private static T binary(BinaryExpr b, T left, T right) {
        switch (b.getOperator()) {
            case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS:
                return T.of(boolean.class);
            case PLUS:
                if (left.value() == String.class || right.value() == String.class) {
                    return T.of(String.class);
                }
                return numeric(left, right);
            default:
                return numeric(left, right);
        }
    }

    private static T numeric(T left, T right) {
        Class<?> l = unboxed(left.value());
        Class<?> r = unboxed(right.value());
        if (l == null || r == null) {
            return T.UNKNOWN;
        }
        for (Class<?> wider : List.of(double.class, float.class, long.class)) {
            if (l == wider || r == wider) {
                return T.of(wider);
            }
        }
        return l == boolean.class ? T.of(boolean.class) : T.of(int.class);
    }

    private static Class<?> unboxed(Class<?> c) {
        if (c == null || c.isPrimitive()) {
            return c;
        }
        return Map.<Class<?>, Class<?>>of(Integer.class, int.class, Long.class, long.class, Double.class, double.class,
                Float.class, float.class, Short.class, short.class, Byte.class, byte.class, Character.class, char.class,
                Boolean.class, boolean.class).get(c);
    }

    /** A bare name: a variable, else (in a condition) a property of the pattern's type, else a type, else a package. */
    private T name(Node at, String name, Scope scope) {
        if (scope.has(name)) {
            Class<?> c = scope.get(name);
            return c == null ? T.UNKNOWN : T.of(c);
        }
        if (pattern != null) {
            Class<?> property = property(pattern, name);
            if (property != null) {
                return T.of(property);
            }
        }
        Class<?> type = names.type(name);
        if (type != null) {
            refuseType(at, type);
            return new T(null, type, null);
        }
        return new T(null, null, name);
    }

    private T field(FieldAccessExpr at, T scope, String name) {
        if (scope.pkg() != null) {
            String qualified = scope.pkg() + "." + name;
            Class<?> type = Names.qualified(qualified);
            if (type != null) {
                refuseType(at, type);
                return new T(null, type, null);
            }
            return new T(null, null, qualified);
        }
        Class<?> owner = scope.type() != null ? scope.type() : scope.value();
        if (scope == T.REFUSED) {
            return T.REFUSED;
        }
        if (owner == null) {
            refuse.accept(at, "cannot tell the type of " + at.getScope() + ", so cannot check its " + name);
            return T.UNKNOWN;
        }
        if (owner.isArray() && name.equals("length")) {
            return T.of(int.class);
        }
        if (scope.type() != null) {
            Class<?> nested = Names.qualified(owner.getName() + "." + name);
            if (nested != null) {
                refuseType(at, nested);
                return new T(null, nested, null);
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
            return T.of(f.getType());
        } catch (NoSuchFieldException e) {
            Class<?> property = pattern != null && scope.value() != null ? property(owner, name) : null;
            if (property != null) {
                return T.of(property);
            }
            refuse.accept(at, owner.getSimpleName() + " has no field " + name + " a rule may read");
            return T.UNKNOWN;
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

    private T call(MethodCallExpr at, T receiver, List<Expression> arguments, Scope scope) {
        List<T> args = new ArrayList<>();
        arguments.forEach(a -> args.add(type(a, scope)));
        String name = at.getNameAsString();
        at.getTypeArguments().ifPresent(ts -> ts.forEach(this::typeOf));
        if (receiver == null) {
            return unqualified(at, name, args);
        }
        if (receiver.pkg() != null) {
            refuse.accept(at, "unknown type or package " + receiver.pkg());
            return T.UNKNOWN;
        }
        boolean statics = receiver.type() != null;
        Class<?> owner = statics ? receiver.type() : receiver.value();
        if (receiver == T.REFUSED) {
            return T.REFUSED;
        }
        if (owner == null) {
            refuse.accept(at, "cannot tell the type of " + at.getScope().map(Object::toString).orElse("") + ", so cannot check"
                    + " what ." + name + "(…) calls: give the variable or lambda parameter its type, or cast it");
            return T.UNKNOWN;
        }
        if (owner == RULE_CONTEXT) {
            refuse.accept(at, "kcontext may only be handed to the rule helpers (report, check, outcome, …);"
                    + " ." + name + "(…) would reach into the engine's session");
            return T.REFUSED;
        }
        String why = AllowList.refusal(owner);
        if (why != null) {
            refuse.accept(at, why);
            return T.REFUSED;
        }
        return invoke(at, List.of(owner), name, args, statics);
    }

    private T unqualified(MethodCallExpr at, String name, List<T> args) {
        if (consequence && SESSION_OPERATIONS.contains(name)) {
            return T.UNKNOWN;
        }
        if (pattern != null && pattern != RULE_CONTEXT && hasMethod(pattern, name)) {
            return invoke(at, List.of(pattern), name, args, false);
        }
        Names.Function f = names.function(name);
        if (f != null) {
            return T.of(f.returns());
        }
        List<Class<?>> owners = names.staticOwners(name);
        if (!owners.isEmpty()) {
            return invoke(at, owners, name, args, true);
        }
        refuse.accept(at, name + "(…) is neither a function of this file nor a helper it imports");
        return T.UNKNOWN;
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
    private T invoke(Node at, List<Class<?>> owners, String name, List<T> args, boolean statics) {
        List<Method> candidates = new ArrayList<>();
        for (Class<?> owner : owners) {
            List<Method> methods = new ArrayList<>(List.of(owner.getMethods()));
            if (owner.isInterface()) {
                methods.addAll(List.of(Object.class.getMethods()));
            }
            for (Method m : methods) {
                if (m.getName().equals(name) && arityFits(m, args.size()) && (!statics || Modifier.isStatic(m.getModifiers()))) {
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
            return T.UNKNOWN;
        }
        // The overloads the arguments fit, one of which javac chooses (all of them when an argument's type is unknown).
        List<Method> fitting = candidates.stream().filter(m -> fits(m, args)).toList();
        for (Method m : fitting.isEmpty() ? candidates : fitting) {
            String why = AllowList.refusal(m, m.getDeclaringClass());
            if (why != null) {
                refuse.accept(at, owners.get(0).getName().replace('$', '.') + "." + name + ": " + why);
                return T.REFUSED;
            }
        }
        return T.of(chosen(candidates, args).map(Method::getReturnType).orElse(null));
    }

    private static boolean arityFits(Executable m, int n) {
        return m.isVarArgs() ? n >= m.getParameterCount() - 1 : n == m.getParameterCount();
    }

    /** The candidate the arguments fit, when only one does or all that do give the same type. */
    private static <E extends Executable> java.util.Optional<E> chosen(List<E> candidates, List<T> args) {
        List<E> fitting = new ArrayList<>();
        for (E m : candidates) {
            if (fits(m, args)) {
                fitting.add(m);
            }
        }
        if (fitting.isEmpty()) {
            fitting = candidates;
        }
        if (fitting.size() == 1 || fitting.stream().map(CodeReach::result).distinct().count() == 1) {
            return java.util.Optional.of(fitting.get(0));
        }
        for (E m : fitting) {
            if (fitting.stream().allMatch(o -> result(o).isAssignableFrom(result(m)))) {
                return java.util.Optional.of(m);
            }
        }
        for (E m : fitting) {
            Class<?>[] p = m.getParameterTypes();
            boolean exact = p.length == args.size();
            for (int i = 0; exact && i < p.length; i++) {
                exact = args.get(i).value() == p[i];
            }
            if (exact) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    private static Class<?> result(Executable m) {
        return m instanceof Method method ? method.getReturnType() : m.getDeclaringClass();
    }

    private static boolean fits(Executable m, List<T> args) {
        Class<?>[] p = m.getParameterTypes();
        for (int i = 0; i < args.size(); i++) {
            Class<?> want = m.isVarArgs() && i >= p.length - 1 ? p[p.length - 1].getComponentType() : p[i];
            Class<?> got = args.get(i).value();
            if (got == null || want.isAssignableFrom(got)) {
                continue;
            }
            Class<?> w = unboxed(want);
            Class<?> g = unboxed(got);
            if (w == null || g == null || !widens(g, w)) {
                if (!(m.isVarArgs() && i == p.length - 1 && args.size() == p.length && p[i].isAssignableFrom(got))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean widens(Class<?> from, Class<?> to) {
        List<Class<?>> order = List.of(byte.class, short.class, int.class, long.class, float.class, double.class);
        if (from == to) {
            return true;
        }
        if (from == char.class) {
            return order.indexOf(to) >= order.indexOf(int.class);
        }
        return order.contains(from) && order.contains(to) && order.indexOf(from) <= order.indexOf(to);
    }

    private T creation(ObjectCreationExpr o, Scope scope) {
        o.getScope().ifPresent(x -> type(x, scope));
        List<T> args = new ArrayList<>();
        o.getArguments().forEach(a -> args.add(type(a, scope)));
        Class<?> c = typeOf(o.getType());
        if (o.getAnonymousClassBody().isPresent()) {
            refuse.accept(o, "a rule may not declare classes (an anonymous class); use a lambda or a DRL function");
            return T.of(c);
        }
        if (c == null || AllowList.refusal(c) != null) {
            return T.of(c);
        }
        List<Constructor<?>> candidates = new ArrayList<>();
        for (Constructor<?> k : c.getConstructors()) {
            if (arityFits(k, args.size())) {
                candidates.add(k);
            }
        }
        if (candidates.isEmpty()) {
            refuse.accept(o, c.getSimpleName() + " has no public constructor taking " + args.size() + " argument(s)");
        }
        List<Constructor<?>> fitting = candidates.stream().filter(k -> fits(k, args)).toList();
        for (Constructor<?> k : fitting.isEmpty() ? candidates : fitting) {
            String why = AllowList.refusal(k, c);
            if (why != null) {
                refuse.accept(o, why);
                break;
            }
        }
        return T.of(c);
    }

    private T reference(MethodReferenceExpr r, Scope scope) {
        Expression s = r.getScope();
        Class<?> owner;
        if (s instanceof TypeExpr te) {
            checked.add(te);
            owner = typeOf(te.getType());
        } else {
            T t = type(s, scope);
            owner = t.type() != null ? t.type() : t.value();
        }
        if (owner == null) {
            refuse.accept(r, "cannot tell the type of " + s + ", so cannot check ::" + r.getIdentifier());
            return T.UNKNOWN;
        }
        if (AllowList.refusal(owner) != null) {
            refuse.accept(r, AllowList.refusal(owner));
            return T.UNKNOWN;
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
        return T.UNKNOWN;
    }

    /** The element type of what a for-each with {@code var} walks: an array's component, else unknown. */
    private static Class<?> elementOf(T iterable) {
        return iterable.known() && iterable.value().isArray() ? iterable.value().getComponentType() : null;
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
