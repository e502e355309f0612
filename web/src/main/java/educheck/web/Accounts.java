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

    /** The districts assigned to {@code name}: what an inspector may upload and read (the other roles read all). */
    Assignment assignment(Principal who) throws ArchiveException {
        return who.role().allows(Role.ANALYST) ? Assignment.ALL : new Assignment(users.scopes(who.user()));
    }

    /** The districts and jurisdictions assigned to account {@code name}. */
    public List<String> scopes(String name) throws ArchiveException {
        return users.scopes(name);
    }

    /** Every account's assigned districts and jurisdictions, by name. */
    public java.util.Map<String, List<String>> allScopes() throws ArchiveException {
        return users.allScopes();
    }

    /** Replaces what is assigned to {@code name} (scopes as {@link Assignment#parse} checks them). */
    public void assign(String name, List<String> scopes) throws ArchiveException {
        users.assign(name, scopes);
    }

    public boolean anyAdmin() throws ArchiveException {
        return all().stream().anyMatch(a -> a.role() == Role.ADMIN);
    }

    /** A row whose role this version does not know signs in as nobody. */
    private static Optional<Account> account(Users.User u) {
        return Role.parse(u.role()).map(r -> new Account(u.name(), r, u.passwordHash()));
    }
}
