package educheck.cli;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.web.ServeOptions;
import educheck.web.WebApp;
import educheck.web.WebArchive;
import educheck.store.RuleVersions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web application: upload submissions, read reports, follow districts, compare (docs/api.md).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    EducheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port to listen on (default 8080).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1: this PC only). Any other needs an admin account.")
    String bind;

    @Option(names = "--archive", paramLabel = "LOCATION",
            description = "The archive: a JDBC URL (jdbc:postgresql://…) or a folder; default $EDUCHECK_ARCHIVE or ~/.educheck/archive.")
    String archive;

    @Option(names = "--rules", paramLabel = "DIR", description = "Judge every upload by the rule files in DIR instead of the"
            + " archive's rules in force (versions published meanwhile are not used).")
    Path rulesDir;

    @Option(names = "--max-upload-mb", defaultValue = "50", paramLabel = "MB", description = "Largest upload accepted (default 50 MB); larger is answered 413.")
    long maxUploadMb;

    @Option(names = "--workers", paramLabel = "N", description = "Uploads checked at once (default: one per core); the rest wait their turn.")
    Integer workers;

    @Mixin
    RuleOptions.Timeout timeout;

    @Option(names = "--secure-cookies", description = "Mark cookies Secure: set this when a proxy in front serves the site over TLS.")
    boolean secureCookies;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = "The address of a proxy in front (repeat or separate by commas): its X-Forwarded-For names the client, whose"
                    + " wrong passwords are counted by address. Without it every request's own peer address is the client's.")
    java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    /**
     * The rules given with --rules, which then judge every upload whatever the archive publishes; else the bundled
     * rules, which the server uses when they are the archive's rules in force (looked up before every check). Bundled
     * rules that differ from those in force are offered for review, never put in force on their own.
     */
    private RuleSet rules(WebArchive store) throws IOException, RuleSetException {
        if (rulesDir != null) {
            return RuleSource.load(rulesDir, parent.err);
        }
        ArchivedRules.offerBundled(store.archive(), parent.err);
        return RuleSet.bundled();
    }

    @Override
    public Integer call() throws IOException, RuleSetException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: give 0 to 65535");
        }
        if (maxUploadMb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-upload-mb: give 1 or more");
        }
        ServeOptions defaults = ServeOptions.defaults();
        int threads = workers == null ? defaults.workers() : workers;
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--workers: give 1 or more");
        }
        ServeOptions options = defaults.withBind(bind).withPort(port).withMaxUploadBytes(maxUploadMb * 1024 * 1024)
                .withWorkers(threads, Math.max(64, 16 * threads)).withSecureCookies(secureCookies).withBudget(timeout.budget(spec))
                .withTrustedProxies(trustedProxies);
        WebArchive store = WebArchive.open(archive);
        WebApp app;
        try {
            app = WebApp.start(options, rules(store), store.runs(), store.accounts());
        } catch (WebApp.RefusedToStart e) {
            store.close();
            parent.err.println("educheck: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException | RuleSetException | RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            store.close();
            stopped.countDown();
        }, "educheck-serve-stop"));
        Optional<RuleVersions.Version> inForce = store.archive().ruleVersions().latest();
        parent.err.println(rulesDir != null ? "educheck: judging uploads by the rules in " + rulesDir + ", whatever the archive publishes"
                : "educheck: judging uploads by the archive's rules in force, now version " + inForce.map(RuleVersions.Version::number).orElse(1)
                        + " (looked up before every check, so a version published by another server or `educheck rules publish` is used at once)");
        boolean open = options.loopback() && store.accounts().all().isEmpty();
        parent.err.println("educheck: serving " + app.url() + "/  (archive " + store.shown() + "; "
                + (open ? "no accounts: open to the person at this PC" : "sign-in required") + "); Ctrl-C stops it");
        stopped.await();
        return ExitCodes.PASS;
    }
}
