package educheck.web;

import java.util.Locale;
import java.util.Optional;

/** What a signed-in user may do. Each role may do what the roles before it may. */
public enum Role implements io.javalin.security.RouteRole {
    /** Uploads submissions and reads reports, runs, district histories and the rule catalogue. */
    INSPECTOR,
    /** Also compares districts. */
    ANALYST,
    /** Also looks after the rules (the catalogue page shows where each rule lives). */
    POLICY,
    /** Also manages accounts. */
    ADMIN;

    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.key().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
