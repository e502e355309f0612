package educheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Accounts held in memory, for a server with no archive to keep them in (and for tests). */
public final class MemoryAccounts implements Accounts {

    private final Map<String, Account> byName = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    @Override
    public List<Account> all() {
        return new ArrayList<>(byName.values());
    }

    @Override
    public void put(Account account) {
        byName.put(account.name(), account);
    }

    @Override
    public boolean remove(String name) {
        return byName.remove(name) != null;
    }
}
