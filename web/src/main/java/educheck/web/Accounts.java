package educheck.web;

import java.util.List;
import java.util.Optional;

/** The users who may sign in, kept in the archive beside the runs. */
public interface Accounts {

    record Account(String name, Role role, String passwordHash) {
    }

    Optional<Account> find(String name);

    List<Account> all();

    /** Adds the user, or replaces the role and password of one with this name. */
    void put(Account account);

    boolean remove(String name);

    default boolean anyAdmin() {
        return all().stream().anyMatch(a -> a.role() == Role.ADMIN);
    }
}
