package educheck.checker.load.reach;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.ModifyStatement;

/**
 * Finds every type, constructor, method and field one piece of rule code uses (a consequence, a function body, a
 * condition): walks its statements and expressions, works out the static type of each expression as javac would
 * ({@link JavaTyping}), and hands each use of a member or type to {@link MemberReach}, which refuses what the
 * {@link AllowList} does not allow. A call on a value whose type cannot be told is refused too, and whatever the
 * walk did not reach is refused rather than trusted: nothing is let through unchecked.
 */
final class CodeReach {

    /** The engine's handle to the session: may be handed to the rule helpers, never used directly. */
    static final Class<?> RULE_CONTEXT = MemberReach.RULE_CONTEXT;

    private final MemberReach members;
    /** Where a refusal goes: the node and the reason. */
    private final BiConsumer<Node, String> refuse;
    /** The type matched by the pattern whose condition this is ({@code this}, and bare property names); null in code. */
    private final Class<?> pattern;
    private final Set<Node> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    CodeReach(Names names, Class<?> pattern, boolean consequence, BiConsumer<Node, String> refuse) {
        this.members = new MemberReach(names, pattern, consequence, refuse);
        this.pattern = pattern;
        this.refuse = refuse;
    }

    /** Checks a block of statements (a consequence, a function body), then that nothing in it went unchecked. */
    void block(BlockStmt block, Scope scope) {
        statement(block, scope);
        unchecked(block);
    }

    /** Checks an expression (a condition, a {@code from} source), then that nothing in it went unchecked. */
    ExprType expression(Expression e, Scope scope) {
        ExprType t = type(e, scope);
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
            ExprType iterable = type(f.getIterable(), scope);
            for (VariableDeclarator v : f.getVariable().getVariables()) {
                Class<?> declared = v.getType() instanceof VarType ? JavaTyping.elementOf(iterable) : typeOf(v.getType());
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
            ExprType target = type(m.getModifyObject(), scope);
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

    private ExprType type(Expression e, Scope scope) {
        checked.add(e);
        if (e instanceof LiteralExpr) {
            return JavaTyping.literal(e);
        }
        if (e instanceof NameExpr n) {
            return members.name(n, n.getNameAsString(), scope);
        }
        if (e instanceof FieldAccessExpr f) {
            return members.field(f, type(f.getScope(), scope), f.getNameAsString());
        }
        if (e instanceof MethodCallExpr m) {
            return call(m, m.getScope().map(x -> type(x, scope)).orElse(null), m.getArguments(), scope);
        }
        if (e instanceof ObjectCreationExpr o) {
            o.getScope().ifPresent(x -> type(x, scope));
            return members.creation(o, types(o.getArguments(), scope));
        }
        if (e instanceof CastExpr c) {
            type(c.getExpression(), scope);
            return ExprType.of(typeOf(c.getType()));
        }
        if (e instanceof InlineCastExpr c) {
            type(c.getExpression(), scope);
            return ExprType.of(typeOf(c.getType()));
        }
        if (e instanceof InstanceOfExpr i) {
            type(i.getExpression(), scope);
            Class<?> t = typeOf(i.getType());
            i.getPattern().ifPresent(p -> {
                if (p instanceof TypePatternExpr pe) {
                    scope.put(pe.getNameAsString(), t);
                }
            });
            return ExprType.of(boolean.class);
        }
        if (e instanceof EnclosedExpr en) {
            return type(en.getInner(), scope);
        }
        if (e instanceof UnaryExpr u) {
            ExprType t = type(u.getExpression(), scope);
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? ExprType.of(boolean.class) : t;
        }
        if (e instanceof BinaryExpr b) {
            return JavaTyping.binary(b, type(b.getLeft(), scope), type(b.getRight(), scope));
        }
        if (e instanceof ConditionalExpr c) {
            type(c.getCondition(), scope);
            ExprType then = type(c.getThenExpr(), scope);
            ExprType otherwise = type(c.getElseExpr(), scope);
            return then.known() && otherwise.known() && then.value() == otherwise.value() ? then : ExprType.UNKNOWN;
        }
        if (e instanceof AssignExpr a) {
            ExprType target = type(a.getTarget(), scope);
            type(a.getValue(), scope);
            return target;
        }
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                ExprType init = d.getInitializer().map(x -> type(x, scope)).orElse(ExprType.UNKNOWN);
                scope.put(d.getNameAsString(), d.getType() instanceof VarType ? init.value() : typeOf(d.getType()));
            }
            return ExprType.UNKNOWN;
        }
        if (e instanceof ArrayAccessExpr a) {
            ExprType array = type(a.getName(), scope);
            type(a.getIndex(), scope);
            return array.known() && array.value().isArray() ? ExprType.of(array.value().getComponentType()) : ExprType.UNKNOWN;
        }
        if (e instanceof ArrayCreationExpr a) {
            Class<?> element = typeOf(a.getElementType());
            a.getLevels().forEach(l -> l.getDimension().ifPresent(x -> type(x, scope)));
            a.getInitializer().ifPresent(x -> type(x, scope));
            Class<?> array = element;
            for (int i = 0; array != null && i < a.getLevels().size(); i++) {
                array = array.arrayType();
            }
            return ExprType.of(array);
        }
        if (e instanceof ArrayInitializerExpr a) {
            a.getValues().forEach(x -> type(x, scope));
            return ExprType.UNKNOWN;
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
            return ExprType.UNKNOWN;
        }
        if (e instanceof MethodReferenceExpr r) {
            return members.reference(r, owner(r.getScope(), scope));
        }
        if (e instanceof ThisExpr) {
            if (pattern == null) {
                refuse.accept(e, "'this' is not available in rule code");
            }
            return ExprType.of(pattern);
        }
        if (e instanceof ClassExpr) {
            refuse.accept(e, "a class literal (X.class) is reflection, which rules may not use");
            return ExprType.UNKNOWN;
        }
        if (e instanceof SuperExpr) {
            refuse.accept(e, "'super' is not available in rule code");
            return ExprType.UNKNOWN;
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
            return ExprType.UNKNOWN;
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
        return ExprType.of(boolean.class);
    }

    /** A call: its receiver (typed by the caller) and arguments typed here, then what it reaches. */
    private ExprType call(MethodCallExpr at, ExprType receiver, List<Expression> arguments, Scope scope) {
        return members.call(at, receiver, types(arguments, scope));
    }

    private List<ExprType> types(List<Expression> arguments, Scope scope) {
        List<ExprType> args = new ArrayList<>();
        arguments.forEach(a -> args.add(type(a, scope)));
        return args;
    }

    /** What the scope of a method reference stands for: a written type, or the type of a value or a type name. */
    private Class<?> owner(Expression s, Scope scope) {
        if (s instanceof TypeExpr te) {
            checked.add(te);
            return typeOf(te.getType());
        }
        ExprType t = type(s, scope);
        return t.type() != null ? t.type() : t.value();
    }

    /** The class a written type stands for, refusing it (and its type arguments) when rules may not use it. */
    Class<?> typeOf(Type t) {
        return members.typeOf(t);
    }
}
