package educheck.checker.load.reach;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * javac's rules for the static type of an expression, as far as the allow-list needs them: the type of a literal
 * and of an operator's result, boxing and widening, and which overloads a call's arguments fit.
 */
final class JavaTyping {

    private JavaTyping() {
    }

    static ExprType literal(Expression e) {
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return ExprType.of(String.class);
        }
        if (e instanceof IntegerLiteralExpr) {
            return ExprType.of(int.class);
        }
        if (e instanceof LongLiteralExpr) {
            return ExprType.of(long.class);
        }
        if (e instanceof DoubleLiteralExpr d) {
            return ExprType.of(d.getValue().toLowerCase().endsWith("f") ? float.class : double.class);
        }
        if (e instanceof CharLiteralExpr) {
            return ExprType.of(char.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return ExprType.of(boolean.class);
        }
        if (e.getClass().getSimpleName().equals("BigDecimalLiteralExpr")) {
            return ExprType.of(java.math.BigDecimal.class);
        }
        if (e.getClass().getSimpleName().equals("BigIntegerLiteralExpr")) {
            return ExprType.of(java.math.BigInteger.class);
        }
        return ExprType.UNKNOWN;
    }

    static ExprType binary(BinaryExpr b, ExprType left, ExprType right) {
        switch (b.getOperator()) {
            case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS:
                return ExprType.of(boolean.class);
            case PLUS:
                if (left.value() == String.class || right.value() == String.class) {
                    return ExprType.of(String.class);
                }
                return numeric(left, right);
            default:
                return numeric(left, right);
        }
    }

    private static ExprType numeric(ExprType left, ExprType right) {
        Class<?> l = unboxed(left.value());
        Class<?> r = unboxed(right.value());
        if (l == null || r == null) {
            return ExprType.UNKNOWN;
        }
        for (Class<?> wider : List.of(double.class, float.class, long.class)) {
            if (l == wider || r == wider) {
                return ExprType.of(wider);
            }
        }
        return l == boolean.class ? ExprType.of(boolean.class) : ExprType.of(int.class);
    }

    static Class<?> unboxed(Class<?> c) {
        if (c == null || c.isPrimitive()) {
            return c;
        }
        return Map.<Class<?>, Class<?>>of(Integer.class, int.class, Long.class, long.class, Double.class, double.class,
                Float.class, float.class, Short.class, short.class, Byte.class, byte.class, Character.class, char.class,
                Boolean.class, boolean.class).get(c);
    }

    static boolean arityFits(Executable m, int n) {
        return m.isVarArgs() ? n >= m.getParameterCount() - 1 : n == m.getParameterCount();
    }

    /** The candidate the arguments fit, when only one does or all that do give the same type. */
    static <E extends Executable> java.util.Optional<E> chosen(List<E> candidates, List<ExprType> args) {
        List<E> fitting = new ArrayList<>();
        for (E m : candidates) {
            if (fits(m, args)) {
                fitting.add(m);
            }
        }
        if (fitting.isEmpty()) {
            fitting = candidates;
        }
        if (fitting.size() == 1 || fitting.stream().map(JavaTyping::result).distinct().count() == 1) {
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

    static boolean fits(Executable m, List<ExprType> args) {
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

    /** The element type of what a for-each with {@code var} walks: an array's component, else unknown. */
    static Class<?> elementOf(ExprType iterable) {
        return iterable.known() && iterable.value().isArray() ? iterable.value().getComponentType() : null;
    }
}
