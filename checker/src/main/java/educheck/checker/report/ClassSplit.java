package educheck.checker.report;

import educheck.model.District;
import educheck.model.Finding;
import educheck.model.School;
import educheck.model.Section;
import java.util.Optional;

/**
 * A largest class over its limit is not put right by moving pupils alone when the section has too few classes for
 * its students: 1500 pupils in 28 classes cannot all be in classes of 50. Then the section needs more classes
 * (分班) as well, {@code ⌈students ÷ limit⌉ − classes} of them, before its largest class can come down.
 */
final class ClassSplit {

    static final String FIELD = "largestClass";

    private ClassSplit() {
    }

    /** The classes to add alongside {@code item} (which lowers the largest class), when there are too few. */
    static Optional<RectificationItem> of(RectificationItem item, Finding f, District district) {
        if (district == null || !FIELD.equals(item.field()) || !"reduce".equals(item.action())
                || !(f.getRequired() instanceof Number limit)) {
            return Optional.empty();
        }
        Section section = section(district, f.getSubject());
        if (section == null || section.getClasses() == null || section.getClasses() == 0) {
            return Optional.empty();
        }
        boolean strict = "<".equals(f.getComparator());
        double l = limit.doubleValue();
        long largestAllowed = strict ? (long) Math.ceil(l) - 1 : (long) Math.floor(l);
        if (largestAllowed <= 0) {
            return Optional.empty();
        }
        long needed = (section.getStudents() + largestAllowed - 1) / largestAllowed;
        long more = needed - section.getClasses();
        return more > 0
                ? Optional.of(new RectificationItem(item.id(), item.subject(), "add", more, "classes", "classes",
                        item.target(), item.gap(), null))
                : Optional.empty();
    }

    /** The section a subject such as {@code J03/JUNIOR} names, or null. */
    private static Section section(District district, String subject) {
        String[] parts = subject.split("/");
        if (parts.length != 2) {
            return null;
        }
        for (School school : district.getSchools()) {
            if (school.getId().equals(parts[0])) {
                for (Section s : school.getSections()) {
                    if (s.getLevel().name().equals(parts[1])) {
                        return s;
                    }
                }
            }
        }
        return null;
    }
}
