package educheck.web;

import educheck.store.ArchiveException;
import educheck.store.Users;
import java.util.List;
import java.util.Optional;

/** The users who may sign in, kept in the archive beside the runs (store's {@link Users}). */
public final class Accounts {

    public record Account(String name, Role role, String passwordHash) {
    }

    private final Users users;

    public Accounts(Users users) {
        this.users = users;
    }

    public Optional<Account> find(String name) throws ArchiveException {
        return name == null ? Optional.empty() : users.find(name).flatMap(Accounts::account);
    }

    public List<Account> all() throws ArchiveException {
        return users.all().stream().map(Accounts::account).flatMap(Optional::stream).toList();
    }

    /** Adds the user, or replaces the role and password of one with this name. */
    public void put(Account account) throws ArchiveException {
        users.put(new Users.User(account.name(), account.role().key(), account.passwordHash()));
    }

    public boolean remove(String name) throws ArchiveException {
        return name != null && users.remove(name);
    }

    public boolean anyAdmin() throws ArchiveException {
        return all().stream().anyMatch(a -> a.role() == Role.ADMIN);
    }

    /** A row whose role this version does not know signs in as nobody. */
    private static Optional<Account> account(Users.User u) {
        return Role.parse(u.role()).map(r -> new Account(u.name(), r, u.passwordHash()));
    }
}
