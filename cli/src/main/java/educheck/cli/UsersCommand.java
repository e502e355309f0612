package educheck.cli;

import educheck.web.Accounts;
import educheck.web.Assignment;
import educheck.web.Passwords;
import educheck.web.Role;
import educheck.web.WebArchive;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Accounts of the web application, kept in the archive: add, list, remove; the districts an inspector is"
                + " assigned (assign); API tokens for scripts (token, tokens, revoke-token).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class, UsersCommand.Assign.class,
                UsersCommand.IssueToken.class, UsersCommand.ListTokens.class, UsersCommand.RevokeToken.class})
final class UsersCommand implements Runnable {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public void run() {
        parent.err.println("educheck users: say what to do: add NAME --role R, list, remove NAME, assign NAME SCOPE…, token NAME,"
                + " tokens or revoke-token ID; see `educheck users --help`.");
    }

    /** The archive every users subcommand works on. */
    static final class ArchiveOption {
        @Option(names = "--archive", paramLabel = "LOCATION", description = "The archive (as for `serve`).")
        String location;

        WebArchive open() throws IOException {
            return WebArchive.open(location);
        }
    }

    /** Says whether an action on a user or token was done; exit 0 when it was, 2 when there was nothing to do it to. */
    static int said(EducheckCommand parent, boolean done, String yes, String no) {
        parent.err.println("educheck: " + (done ? yes : no));
        return done ? ExitCodes.PASS : ExitCodes.BAD_INPUT;
    }

    /** Whether the archive has user {@code name}; says so when it has not. */
    static boolean known(WebArchive store, String name, EducheckCommand parent) throws IOException {
        if (store.accounts().find(name).isPresent()) {
            return true;
        }
        parent.err.println("educheck: no user " + name);
        return false;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user, or change one's role and password. The password is read from the terminal (asked twice),"
                    + " or as one line from standard input when that is not a terminal; never from an argument.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "User name: letters, digits and . _ @ -, up to 64.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "inspector, analyst, policy or admin.")
        String role;

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            if (!Passwords.validName(name)) {
                throw new ParameterException(spec.commandLine(), "NAME: use letters, digits and . _ @ -, up to 64 characters");
            }
            Role r = Role.parse(role).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--role: '" + role + "' is not inspector, analyst, policy or admin"));
            char[] password = readPassword(users.parent);
            if (password == null) {
                return ExitCodes.BAD_INPUT;
            }
            try {
                String weak = Passwords.weakness(password);
                if (weak != null) {
                    users.parent.err.println("educheck: " + weak);
                    return ExitCodes.BAD_INPUT;
                }
                try (WebArchive store = archive.open()) {
                    boolean existed = store.accounts().find(name).isPresent();
                    store.accounts().put(new Accounts.Account(name, r, Passwords.hash(password)));
                    users.parent.err.println("educheck: " + (existed ? "changed" : "added") + " user " + name + " (" + r.key()
                            + ") in archive " + store.shown());
                }
                return ExitCodes.PASS;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private static char[] readPassword(EducheckCommand parent) throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password for the new account (10 characters or more): ");
                char[] again = console.readPassword("The same password again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    parent.err.println("educheck: the two passwords differ; nothing was changed");
                    return null;
                }
                Arrays.fill(again, '\0');
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                parent.err.println("educheck: no password on standard input; give it as one line, e.g. from a file");
                return null;
            }
            return line.toCharArray();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            try (WebArchive store = archive.open()) {
                java.util.Map<String, java.util.List<String>> scopes = store.accounts().allScopes();
                for (Accounts.Account a : store.accounts().all()) {
                    String districts = a.role().allows(Role.ANALYST) ? "(all)" : String.join(" ", scopes.getOrDefault(a.name(), java.util.List.of()));
                    users.parent.out.println(a.name() + "\t" + a.role().key() + "\t" + districts);
                }
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            try (WebArchive store = archive.open()) {
                return said(users.parent, store.accounts().remove(name), "removed user " + name, "no user " + name);
            }
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = "Set the districts an inspector uploads and reads: district codes (430626) or jurisdictions (CN-33-3302 for a"
                    + " city's districts, CN-33 for a province's). Replaces what was assigned; none clears it.")
    static final class Assign implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", paramLabel = "SCOPE", arity = "0..*", description = "A district code or a jurisdiction.")
        java.util.List<String> scopes = new java.util.ArrayList<>();

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            Assignment.Parsed parsed = Assignment.parse(String.join(" ", scopes));
            if (parsed.bad().isPresent()) {
                throw new ParameterException(spec.commandLine(), "SCOPE: '" + parsed.bad().get()
                        + "' is neither a six-digit district code nor a jurisdiction such as CN-33-3302");
            }
            try (WebArchive store = archive.open()) {
                if (!known(store, name, users.parent)) {
                    return ExitCodes.BAD_INPUT;
                }
                store.accounts().assign(name, parsed.scopes());
                users.parent.err.println("educheck: " + name + " is assigned " + (parsed.scopes().isEmpty() ? "no district"
                        : String.join(" ", parsed.scopes())) + " in archive " + store.shown());
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Issue an API token for a user: printed once on standard output (the archive keeps only its sha256); a script"
                    + " sends it as `Authorization: Bearer TOKEN` instead of a password.")
    static final class IssueToken implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--label", paramLabel = "TEXT", defaultValue = "-", description = "What the token is for (up to 100 characters).")
        String label;

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            try (WebArchive store = archive.open()) {
                if (!known(store, name, users.parent)) {
                    return ExitCodes.BAD_INPUT;
                }
                String cut = label.length() > 100 ? label.substring(0, 100) : label;
                users.parent.out.println(store.tokens().issue(name, cut, "(educheck users)"));
                users.parent.err.println("educheck: issued a token for " + name + "; it is shown this once");
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "tokens", mixinStandardHelpOptions = true, description = "List the API tokens (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            try (WebArchive store = archive.open()) {
                for (educheck.store.ApiTokens.Token t : store.tokens().all()) {
                    users.parent.out.println(t.id() + "\t" + t.user() + "\t" + t.label() + "\t" + t.issuedAt() + "\t"
                            + (t.revokedAt() == null ? "live" : "revoked " + t.revokedAt()));
                }
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "revoke-token", mixinStandardHelpOptions = true, description = "Revoke an API token by its number (`users tokens`).")
    static final class RevokeToken implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "ID")
        long id;

        @picocli.CommandLine.Mixin
        ArchiveOption archive;

        @Override
        public Integer call() throws IOException {
            try (WebArchive store = archive.open()) {
                return said(users.parent, store.tokens().revoke(id), "revoked token " + id, "no live token " + id);
            }
        }
    }
}
