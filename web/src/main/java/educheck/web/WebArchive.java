package educheck.web;

import educheck.store.Archive;
import educheck.store.ArchiveException;
import educheck.store.Users;

/** The archive the server and {@code educheck users} work on: its runs and its accounts. Close it when done. */
public record WebArchive(Archive archive, RunArchive runs, Accounts accounts) implements AutoCloseable {

    /** Opens the archive at LOCATION (a JDBC URL or a folder), or the default one when null. */
    public static WebArchive open(String location) throws ArchiveException {
        Archive archive = Archive.open(location);
        return new WebArchive(archive, new RunArchive(archive), new Accounts(new Users(archive)));
    }

    /** The API tokens of the accounts (issued and revoked by an admin). */
    public ApiTokenKeys tokens() {
        return new ApiTokenKeys(new educheck.store.ApiTokens(archive), java.time.Clock.systemUTC());
    }

    public String shown() {
        return archive.shown();
    }

    @Override
    public void close() {
        archive.close();
    }
}
