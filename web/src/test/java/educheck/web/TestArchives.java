package educheck.web;

/** The archive the tests run against. */
final class TestArchives {

    private TestArchives() {
    }

    static RunArchive runs() {
        return new MemoryArchive(100);
    }

    static Accounts accounts() {
        return new MemoryAccounts();
    }
}
