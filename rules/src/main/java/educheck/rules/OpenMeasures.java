package educheck.rules;

import educheck.model.District;
import educheck.model.Kindergarten;
import educheck.model.Level;
import educheck.model.Measured;
import educheck.model.School;
import educheck.model.SchoolType;
import educheck.model.Section;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values local rules derive from open measures ({@code <measure key="…">}) and school data. An open measure is
 * typed only by what the district wrote, so the rule states what it expects: a number reported as true/false (or
 * the reverse) is NOT_ASSESSED with that said, not compared with the wrong kind of standard.
 */
public final class OpenMeasures {

    private OpenMeasures() {
    }

    /** A measure the rule compares as a number. */
    public static Measured number(Measured m) {
        return m.isPresent() && m.isFlag()
                ? Measured.missing(m.getField(), "measure " + m.getField() + " is true/false; a number is expected") : m;
    }

    /** A measure the rule compares as a yes/no. */
    public static Measured yesNo(Measured m) {
        return m.isPresent() && !m.isFlag()
                ? Measured.missing(m.getField(), "measure " + m.getField() + " is a number; true or false is expected") : m;
    }

    /** One amount over another, e.g. rural ÷ urban teacher income; {@code unit} is the numerator's. */
    public static Measured ratio(Measured numerator, Measured denominator, String unit) {
        Measured num = number(numerator);
        Measured den = number(denominator);
        String field = numerator.getField() + " / " + denominator.getField();
        if (!num.isPresent()) {
            return Measured.missing(field, num.getMissing());
        }
        if (!den.isPresent()) {
            return Measured.missing(field, den.getMissing());
        }
        return Measured.ratio(field, num.number(), den.number(), 1, unit, false);
    }

    /**
     * {@code part ÷ whole} of two reported counts, e.g. rotations on 3-year terms ÷ all rotations, keeping both so a
     * shortfall can be stated in whole {@code unit}s. Missing, naming the input, when either is missing or not a
     * number, or when {@code whole} is 0.
     */
    public static Measured share(Measured part, Measured whole, String unit) {
        Measured num = number(part);
        Measured den = number(whole);
        String field = part.getField() + " / " + whole.getField();
        if (!num.isPresent()) {
            return Measured.missing(field, num.getMissing());
        }
        if (!den.isPresent()) {
            return Measured.missing(field, den.getMissing());
        }
        return Measured.ratio(field, num.number(), den.number(), 1, unit, true);
    }

    /** A school's yes/no measure: TRUE, FALSE, or null when it is not reported as true/false. */
    public static Boolean schoolFlag(School school, String key) {
        Measured m = school.measure(key);
        return m.isPresent() && m.isFlag() ? (Boolean) m.getValue() : null;
    }

    /**
     * The share of {@code schools} whose yes/no measure {@code key} is true, e.g. schools in a school group.
     * Missing, naming the schools, when any does not report it; a share over part of the schools would mislead.
     */
    public static Measured schoolShare(String field, Collection<?> schools, String key) {
        List<String> unreported = new ArrayList<>();
        int yes = 0;
        for (Object o : schools) {
            School s = (School) o;
            Boolean flag = schoolFlag(s, key);
            if (flag == null) {
                unreported.add(s.getId());
            } else if (flag) {
                yes++;
            }
        }
        if (!unreported.isEmpty()) {
            return Measured.missing(field, key + " (true/false) not reported for " + String.join(", ", unreported));
        }
        return Measured.ratio(field, yes, schools.size(), 1, "schools", true);
    }

    /** As {@link #schoolShare}, unless some schools cannot be placed in or out of scope: then missing, naming them. */
    public static Measured schoolShare(String field, Collection<?> schools, String key, Collection<?> unclassified,
                                       String scopeInput) {
        if (unclassified.isEmpty()) {
            return schoolShare(field, schools, key);
        }
        List<String> ids = new ArrayList<>();
        unclassified.forEach(o -> ids.add(((School) o).getId()));
        return Measured.missing(field, scopeInput + " not reported for " + String.join(", ", ids)
                + ", so the schools this share covers are not known");
    }

    /** The largest class of any of the school's sections; missing when a section does not report it. */
    public static Measured largestClass(School school) {
        if (school.getSections().isEmpty()) {
            return Measured.missing("largestClass", "no sections reported for " + school.getId());
        }
        int largest = 0;
        for (Section s : school.getSections()) {
            if (s.getLargestClass() == null) {
                return Measured.missing("largestClass", "largestClass of " + school.getId() + "/" + s.getLevel() + " not reported");
            }
            largest = Math.max(largest, s.getLargestClass());
        }
        return Measured.of("largestClass", largest, "students");
    }

    /** True only when the school is known to have a class larger than {@code limit}; false when unknown. */
    public static boolean largestClassAbove(School school, int limit) {
        Measured m = largestClass(school);
        return m.isPresent() && m.number() > limit;
    }

    /**
     * The share of {@code kindergartens} whose yes/no measure {@code key} is true, e.g. public kindergartens in a
     * group. Missing, naming the kindergartens, when any does not report it.
     */
    public static Measured kindergartenShare(String field, Collection<?> kindergartens, String key) {
        List<String> unreported = new ArrayList<>();
        int yes = 0;
        for (Object o : kindergartens) {
            Kindergarten k = (Kindergarten) o;
            Measured m = k.measure(key);
            if (!m.isPresent() || !m.isFlag()) {
                unreported.add(k.getId());
            } else if ((Boolean) m.getValue()) {
                yes++;
            }
        }
        if (!unreported.isEmpty()) {
            return Measured.missing(field, key + " (true/false) not reported for kindergartens " + String.join(", ", unreported));
        }
        return Measured.ratio(field, yes, kindergartens.size(), 1, "kindergartens", true);
    }

    /**
     * A district's rate or mean weighted for a city's figure (see {@link Measured#weighted}): e.g. a share of schools
     * by the district's schools, a rate of children by its children. Missing, naming the input, when either is.
     */
    public static Measured weighted(Measured value, Measured weight) {
        Measured w = number(weight);
        if (!w.isPresent()) {
            return Measured.missing(value.getField() + Measured.WEIGHTED_BY + weight.getField(), w.getMissing());
        }
        return Measured.weighted(number(value), w.number(), weight.getField());
    }

    /** An amount that adds up over a city's districts (schools lifted, CNY spent, a change in either). */
    public static Measured summed(Measured amount) {
        return number(amount).summed();
    }

    /** The district's compulsory schools, teaching points left to their central school: a share of schools' weight. */
    public static Measured compulsorySchools(District d) {
        long n = d.getSchools().stream().filter(s -> s.getType() != SchoolType.TEACHING_POINT).count();
        return Measured.of("compulsory schools", n);
    }

    /** The district's compulsory-school students (every section of every school): a rate of students' weight. */
    public static Measured compulsoryStudents(District d) {
        long n = 0;
        for (School s : d.getSchools()) {
            n += s.getStudents();
        }
        return Measured.of("students", n);
    }

    /** The district's schools with a junior section: a share of junior schools' weight. */
    public static Measured juniorSchools(District d) {
        long n = d.getSchools().stream()
                .filter(s -> s.getSections().stream().anyMatch(sec -> sec.getLevel() == Level.JUNIOR)).count();
        return Measured.of("schools with a junior section", n);
    }
}
