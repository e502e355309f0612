package educheck.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * District-wide kindergarten totals for MoE-2020 (CN.PK.2, 3, 7, 8). A total is missing, naming the
 * kindergartens, when any kindergarten does not report the count it needs: a partial sum would flatter.
 */
public final class PreschoolSummary {

    private final List<Kindergarten> kindergartens;

    PreschoolSummary(List<Kindergarten> kindergartens) {
        this.kindergartens = List.copyOf(kindergartens);
    }

    public boolean isEmpty() {
        return kindergartens.isEmpty();
    }

    public int getKindergartenCount() {
        return kindergartens.size();
    }

    /** Children in public and inclusive private kindergartens ÷ all children (普惠性幼儿园覆盖率). */
    public Measured getInclusiveCoverage() {
        return share("children in public and inclusive kindergartens / children", Kindergarten::isInclusive, "inclusive places");
    }

    /** Children in public kindergartens ÷ all children (公办园在园幼儿占比). */
    public Measured getPublicShare() {
        return share("children in public kindergartens / children", k -> k.getOwnership() == Ownership.PUBLIC, "public places");
    }

    /** Classes within the size limit ÷ all classes (班额达标率). */
    public Measured getClassesWithinLimitShare() {
        Measured within = sum("classesWithinLimit", Kindergarten::getClassesWithinLimit);
        Measured classes = sum("classes", Kindergarten::getClasses);
        if (!within.isPresent()) {
            return within;
        }
        if (!classes.isPresent()) {
            return classes;
        }
        return Measured.ratio("classesWithinLimit / classes", within.number(), classes.number(), 1, "classes", true);
    }

    /** Children per full-time teacher; met by adding teachers (专任教师与幼儿比). */
    public Measured getChildrenPerTeacher() {
        Measured children = sum("children", Kindergarten::getChildren);
        Measured teachers = sum("teachers", Kindergarten::getTeachers);
        if (!children.isPresent()) {
            return children;
        }
        if (!teachers.isPresent()) {
            return teachers;
        }
        return Measured.ratio("children / teachers", children.number(), teachers.number(), 1, "children", true)
                .withRemedy(Measured.Remedy.RAISE_DENOMINATOR, "teachers", true);
    }

    private Measured share(String field, Predicate<Kindergarten> counted, String unit) {
        Measured all = sum("children", Kindergarten::getChildren);
        if (!all.isPresent()) {
            return all;
        }
        // Summed as long: counts of up to ten million each, over as many kindergartens as a file holds, pass an int.
        long part = kindergartens.stream().filter(counted).mapToLong(Kindergarten::getChildren).sum();
        return Measured.ratio(field, part, all.number(), 1, unit, true);
    }

    private Measured sum(String field, Function<Kindergarten, Integer> count) {
        if (kindergartens.isEmpty()) {
            return Measured.missing(field, "no kindergartens listed");
        }
        List<String> unreported = kindergartens.stream().filter(k -> count.apply(k) == null)
                .map(Kindergarten::getId).collect(Collectors.toList());
        if (!unreported.isEmpty()) {
            return Measured.missing(field, field + " not reported for kindergarten" + (unreported.size() > 1 ? "s " : " ")
                    + abbreviate(unreported));
        }
        return Measured.of(field, kindergartens.stream().mapToLong(count::apply).sum());
    }

    static String abbreviate(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
    }
}
