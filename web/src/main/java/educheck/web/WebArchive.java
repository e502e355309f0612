package educheck.web;

/**
 * The archive the server and {@code educheck users} work on: its runs and its accounts. Until the store module is
 * in the build, both are kept in memory (and accounts cannot outlive the process).
 */
public record WebArchive(RunArchive runs, Accounts accounts, String description) {

    /** Opens the archive at LOCATION (a JDBC URL or a folder), or the default one when null. */
    public static WebArchive open(String location) {
        return new WebArchive(new MemoryArchive(500), new MemoryAccounts(), "memory (no archive module yet)");
    }
}
