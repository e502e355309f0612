package educheck.checker.load.reach;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import educheck.checker.load.RuleFiles;
import educheck.checker.load.RuleIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Rule files are untrusted input: they travel by e-mail and USB stick, and the browser will compile drafts typed by
 * users. Before a rule set is compiled, this finds every type, constructor, method and field each file uses
 * (imports, fully qualified names, conditions, consequences, DRL functions) and refuses, at file:line:column, what
 * is not on the {@link AllowList}: the model, the rule helpers and side-effect-free parts of the JDK.
 */
public final class RuleReach {

    /** What a rule file was refused for, and code that could not be read (left to the compiler to explain first). */
    public record Result(List<String> refusals, List<String> unreadable) {
        public boolean clean() {
            return refusals.isEmpty() && unreadable.isEmpty();
        }
    }

    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "dialect", "date-effective", "date-expires", "enabled");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "average", "min", "max",
            "collectList", "collectSet", "countDistinct");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(\\.\\d+)?|true|false");

    /**
     * Java without the language-level checks run after each parse: they only add problems, never change the tree
     * walked here, and the compiler judges the code anyway; skipping them is a tenth of this check's time.
     */
    private final JavaParser java = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW));
    private final Names names = new Names();
    private final FileRefusals refusals;
    private final List<String> unreadable = new ArrayList<>();

    private RuleReach(String path, String text) {
        this.refusals = new FileRefusals(path, text);
    }

    /** Every DRL file of {@code files}, checked. */
    public static Result check(RuleFiles files) {
        return check(files, RuleIndex.parse(files));
    }

    /** Every DRL file of {@code files}, checked from the parse the rule index was made from. */
    public static Result check(RuleFiles files, Map<String, RuleIndex.ParsedDrl> parsedFiles) {
        List<String> refused = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Map<String, PackageDescr> parsed = new LinkedHashMap<>();
        parsedFiles.forEach((path, drl) -> {
            if (drl.clean()) {
                parsed.put(path, drl.pkg());
            } else {
                // The compiler reports the syntax error, in its words.
                unreadable.add(path + ":1: the file could not be read to check what it uses");
            }
        });
        // A DRL function may be called from any file of its package.
        Map<String, List<FunctionDescr>> functions = new HashMap<>();
        parsed.values().forEach(p -> functions.computeIfAbsent(p.getName(), k -> new ArrayList<>()).addAll(p.getFunctions()));
        parsed.forEach((path, pkg) -> {
            RuleReach reach = new RuleReach(path, files.text(path));
            reach.file(pkg, functions.get(pkg.getName()));
            refused.addAll(reach.refusals.all());
            unreadable.addAll(reach.unreadable);
        });
        return new Result(refused, unreadable);
    }

    private void file(PackageDescr pkg, List<FunctionDescr> packageFunctions) {
        ImportReach.check(pkg, names, refusals);
        pkg.getGlobals().forEach(g -> refusals.refuse(g, "a global: educheck sets none, and a rule reads what it needs from its facts"));
        pkg.getTypeDeclarations().forEach(d -> refusals.refuse(d, "declare: a rule set may not declare types; use an open measure"));
        pkg.getEnumDeclarations().forEach(d -> refusals.refuse(d, "declare: a rule set may not declare types"));
        pkg.getEntryPointDeclarations().forEach(d -> refusals.refuse(d, "entry points are not used by educheck's sessions"));
        pkg.getWindowDeclarations().forEach(d -> refusals.refuse(d, "windows are not used by educheck's sessions"));
        for (AttributeDescr a : pkg.getAttributes()) {
            attribute(a, "the file");
        }
        for (FunctionDescr f : packageFunctions) {
            declareFunction(f, pkg.getFunctions().contains(f));
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            function(f);
        }
        for (RuleDescr r : pkg.getRules()) {
            if (r.isQuery()) {
                refusals.refuse(r, "queries are not used by educheck's sessions");
            } else {
                rule(r);
            }
        }
    }

    /** @param own whether {@code f} is in this file; another file's function is refused in that file, not here */
    private void declareFunction(FunctionDescr f, boolean own) {
        CodeReach types = new CodeReach(names, null, false, (node, why) -> {
            if (own) {
                refusals.refuse(f, why);
            }
        });
        List<Class<?>> parameters = new ArrayList<>();
        for (String t : f.getParameterTypes()) {
            parameters.add(written(types, f, t, own));
        }
        names.function(f.getName(), new Names.Function(written(types, f, f.getReturnType(), own), parameters));
    }

    private Class<?> written(CodeReach types, BaseDescr at, String type, boolean own) {
        try {
            return types.typeOf(parsed(java.parseType(type)));
        } catch (RuntimeException e) {
            if (own) {
                refusals.refuse(at, "unknown type " + type);
            }
            return null;
        }
    }

    private void function(FunctionDescr f) {
        Scope scope = new Scope(null);
        for (int i = 0; i < f.getParameterNames().size(); i++) {
            scope.put(f.getParameterNames().get(i), names.function(f.getName()).parameters().get(i));
        }
        code(f.getBody(), f, scope, null, false);
    }

    private void rule(RuleDescr r) {
        r.getAttributes().values().forEach(a -> attribute(a, "rule \"" + r.getName() + "\""));
        for (AnnotationDescr a : r.getAnnotations()) {
            for (Object v : a.getValueMap().values()) {
                if (!LITERAL.matcher(String.valueOf(v).strip()).matches()) {
                    refusals.refuse(a, "@" + a.getName() + " must hold a plain value (text in quotes, a number, true or false)");
                }
            }
        }
        if (!r.getNamedConsequences().isEmpty()) {
            refusals.refuse(r, "named consequences (then[…]) are not supported in a rule set educheck checks");
        }
        Scope scope = new Scope(null);
        conditions(r.getLhs(), scope);
        scope.put("kcontext", CodeReach.RULE_CONTEXT);
        scope.put("drools", CodeReach.RULE_CONTEXT);
        code(String.valueOf(r.getConsequence()), r, scope, r, true);
    }

    private void attribute(AttributeDescr a, String where) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        if (!ATTRIBUTES.contains(name)) {
            refusals.refuse(a, name + " is not an attribute a rule set educheck checks may use (" + where + ")");
        } else if (name.equals("salience") && !value.matches("-?\\d+")) {
            refusals.refuse(a, "salience must be a whole number, such as -100");
        } else if (name.equals("enabled") && !value.matches("true|false")) {
            refusals.refuse(a, "enabled must be true or false");
        } else if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
            refusals.refuse(a, "dialect must be \"java\"");
        }
    }

    private void conditions(BaseDescr d, Scope scope) {
        if (d instanceof PatternDescr p) {
            pattern(p, scope);
        } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                || d instanceof ForallDescr) {
            for (BaseDescr inner : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                conditions(inner, scope);
            }
        } else if (d instanceof EvalDescr e) {
            condition(String.valueOf(e.getContent()), e, null, scope);
        } else {
            refusals.refuse(d, "this kind of condition (" + d.getClass().getSimpleName().replace("Descr", "") + ") is not supported"
                    + " in a rule set educheck checks");
        }
    }

    private void pattern(PatternDescr p, Scope scope) {
        Class<?> type = names.type(p.getObjectType());
        if (type == null) {
            refusals.refuse(p, "unknown type " + p.getObjectType());
        } else if (!refusals.allowed(p, AllowList.refusal(type))) {
            type = null;
        }
        PatternSourceDescr source = p.getSource();
        if (source instanceof FromDescr from) {
            condition(from.getDataSource().getText(), from, null, scope);
        } else if (source instanceof CollectDescr collect) {
            conditions(collect.getInputPattern(), scope);
        } else if (source instanceof AccumulateDescr acc) {
            accumulate(acc, scope);
        } else if (source != null) {
            refusals.refuse(source, "this kind of source (" + source.getClass().getSimpleName().replace("Descr", "") + ") is not"
                    + " supported in a rule set educheck checks");
        }
        if (p.getIdentifier() != null) {
            scope.put(p.getIdentifier(), type);
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                condition(e.getExpression(), e, type, scope);
            } else {
                refusals.refuse(c, "this kind of constraint is not supported in a rule set educheck checks");
            }
        }
    }

    private void accumulate(AccumulateDescr acc, Scope scope) {
        if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getResultCode() != null) {
            refusals.refuse(acc, "accumulate with init/action/result code is not supported; use sum, count, min, max, average,"
                    + " collectList or collectSet");
        }
        for (BaseDescr input : acc.getDescrs()) {
            conditions(input, scope);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                refusals.refuse(acc, "unknown accumulate function " + f.getFunction());
            }
            for (String param : f.getParams()) {
                condition(param, acc, null, scope);
            }
            if (f.getBind() != null) {
                scope.put(f.getBind(), f.getFunction().equals("count") ? Long.class
                        : f.getFunction().startsWith("collect") ? (f.getFunction().equals("collectSet") ? Set.class : List.class)
                        : Number.class);
            }
        }
    }

    private static <T> T parsed(ParseResult<T> result) {
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            throw new ParseProblemException(result.getProblems());
        }
        return result.getResult().get();
    }

    /** A condition or a source expression, written in the engine's expression language. */
    private void condition(String expression, BaseDescr at, Class<?> pattern, Scope scope) {
        Expression e;
        try {
            e = DrlxParseUtil.parseExpression(expression);
        } catch (RuntimeException ex) {
            unreadable.add(refusals.location(at, expression, null) + ": " + "the condition " + expression.strip()
                    + " could not be read to check what it uses");
            return;
        }
        int offset = refusals.offsetOf(expression, at);
        CodeReach reach = new CodeReach(names, pattern, false, (node, why) -> refusals.at(node, why, offset, 0));
        reach.expression(e, scope);
        if (e instanceof DrlxExpression d && d.getBind() != null) {
            scope.put(d.getBind().asString(), reach.expression(d.getExpr(), new Scope(scope)).value());
        }
    }

    /** A consequence or a function body: Java, as the engine parses it. */
    private void code(String code, BaseDescr at, Scope scope, RuleDescr rule, boolean consequence) {
        BlockStmt block;
        try {
            // Plain Java keeps each node's position for the message; the engine's own parser (which also reads its
            // modify blocks) keeps none, so it is the fallback.
            block = parsed(java.parseBlock("{" + code + "}"));
        } catch (RuntimeException java) {
            block = null;
        }
        try {
            if (block == null) {
                block = MvelParser.parseBlock("{" + code + "}");
            }
        } catch (RuntimeException e) {
            unreadable.add(refusals.location(at, code, null) + ": " + (rule == null ? "the function" : "the consequence of rule \""
                    + rule.getName() + "\"") + " could not be read to check what it uses");
            return;
        }
        int offset = refusals.offsetOf(code, at);
        new CodeReach(names, null, consequence, (node, why) -> refusals.at(node, why, offset, 1)).block(block, scope);
    }
}
