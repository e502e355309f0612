package educheck.cli;

import educheck.web.Accounts;
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

@Command(name = "users", description = "Accounts of the web application, kept in the archive.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class})
final class UsersCommand implements Runnable {

    @ParentCommand
    EducheckCommand parent;

    @Override
    public void run() {
        parent.err.println("educheck users: say what to do: add NAME --role R, list or remove NAME; see `educheck users --help`.");
    }

    static WebArchive archive(String location) throws IOException {
        return WebArchive.open(location);
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

        @Option(names = "--archive", paramLabel = "LOCATION", description = "The archive (as for `serve`).")
        String location;

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
                try (WebArchive store = archive(location)) {
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

        @Option(names = "--archive", paramLabel = "LOCATION", description = "The archive (as for `serve`).")
        String location;

        @Override
        public Integer call() throws IOException {
            try (WebArchive store = archive(location)) {
                for (Accounts.Account a : store.accounts().all()) {
                    users.parent.out.println(a.name() + "\t" + a.role().key());
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

        @Option(names = "--archive", paramLabel = "LOCATION", description = "The archive (as for `serve`).")
        String location;

        @Override
        public Integer call() throws IOException {
            boolean removed;
            try (WebArchive store = archive(location)) {
                removed = store.accounts().remove(name);
            }
            users.parent.err.println("educheck: " + (removed ? "removed user " + name : "no user " + name));
            return removed ? ExitCodes.PASS : ExitCodes.BAD_INPUT;
        }
    }
}
