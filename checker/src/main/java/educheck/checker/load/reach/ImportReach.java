package educheck.checker.load.reach;

import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * A rule file's imports: types, packages on demand, static members and accumulate functions. What the allow-list
 * allows becomes a name the file's code may use ({@link Names}); the rest is refused at the import.
 */
final class ImportReach {

    private ImportReach() {
    }

    static void check(PackageDescr pkg, Names names, FileRefusals refusals) {
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (target.endsWith(".*")) {
                names.importPackage(target.substring(0, target.length() - 2));
                continue;
            }
            Class<?> c = Names.qualified(target);
            if (c == null) {
                refusals.refuse(i, "unknown type " + target);
            } else if (refusals.allowed(i, AllowList.refusal(c))) {
                names.importType(c);
            }
        }
        for (FunctionImportDescr i : pkg.getFunctionImports()) {
            String target = i.getTarget();
            int dot = target.lastIndexOf('.');
            Class<?> owner = dot < 0 ? null : Names.qualified(target.substring(0, dot));
            if (owner == null) {
                refusals.refuse(i, "unknown class in import static " + target);
                continue;
            }
            if (!refusals.allowed(i, AllowList.refusal(owner))) {
                continue;
            }
            String member = target.substring(dot + 1);
            boolean allowed = true;
            for (java.lang.reflect.Method m : owner.getMethods()) {
                if (allowed && (member.equals("*") || m.getName().equals(member))) {
                    allowed = refusals.allowed(i, AllowList.refusal(m, owner));
                }
            }
            if (allowed) {
                names.importStatic(member, owner);
            }
        }
        for (AccumulateImportDescr i : pkg.getAccumulateImports()) {
            Class<?> c = Names.qualified(i.getTarget());
            if (c == null || c.getPackageName().equals("educheck.rules") == false) {
                refusals.refuse(i, "an accumulate function must come from educheck.rules: " + i.getTarget());
            }
        }
    }
}
