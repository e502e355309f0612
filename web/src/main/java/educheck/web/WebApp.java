package educheck.web;

import educheck.checker.load.RuleSet;
import educheck.checker.load.RuleSetException;
import educheck.store.ApiTokens;
import educheck.store.Archive;
import educheck.store.SignInFailures;
import educheck.store.WebSessions;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The web application: one process, Jetty embedded through Javalin, judging by the archive's rules in force
 * ({@link RulesInForce}), each version built once and shared by the check queue's workers. {@link Routes} lists what it answers.
 */
public final class WebApp implements AutoCloseable {

    /** The handlers, built once; {@link Routes} wires them to paths. */
    record Parts(Guard guard, UploadPages upload, ReportPages reports, DistrictPages districts, ComparePage compare,
                 RulesPage rules, DraftPages drafts, AccountPages accounts, Api api) {
    }

    /** Thrown when the server must not start: the message says why and what to do. */
    public static final class RefusedToStart extends Exception {
        public RefusedToStart(String message) {
            super(message);
        }
    }

    private final Javalin javalin;
    private final CheckQueue queue;
    private final RulesInForce inForce;
    private final ServeOptions options;

    private WebApp(Javalin javalin, CheckQueue queue, RulesInForce inForce, ServeOptions options) {
        this.javalin = javalin;
        this.queue = queue;
        this.inForce = inForce;
        this.options = options;
    }

    /**
     * Starts serving; refuses when bound beyond this PC with no admin account to sign in with.
     *
     * @param rules the bundled rules, used whenever they are the archive's rules in force; or a rules folder's, which
     *              then judge every upload whatever the archive publishes
     */
    public static WebApp start(ServeOptions options, RuleSet rules, RunArchive archive, Accounts accounts)
            throws RefusedToStart, IOException, RuleSetException {
        return start(options, rules, archive, accounts, Clock.systemUTC());
    }

    /** As above, with the clock sessions and sign-in throttling read (a test's, to let time pass). */
    static WebApp start(ServeOptions options, RuleSet rules, RunArchive archive, Accounts accounts, Clock clock)
            throws RefusedToStart, IOException, RuleSetException {
        if (!options.loopback() && !accounts.anyAdmin()) {
            throw new RefusedToStart("--bind " + options.bind() + " opens the server to other machines, and the archive has no admin"
                    + " account; add one first: educheck users add NAME --role admin");
        }
        // Every upload is judged by the archive's rules in force (a new archive takes the bundled rules as version 1).
        RulesInForce inForce = new RulesInForce(archive.archive(), rules, options.budget());
        CheckQueue queue = new CheckQueue(inForce, archive, options.workers(), options.queue());
        Archive store = archive.archive();
        Sessions sessions = new Sessions(new WebSessions(store), clock);
        SignInThrottle throttle = new SignInThrottle(new SignInFailures(store), clock);
        ApiTokenKeys tokens = new ApiTokenKeys(new ApiTokens(store), clock);
        Guard guard = new Guard(accounts, sessions, options, throttle, tokens);
        ReportPages reports = new ReportPages(archive);
        Parts parts = new Parts(guard, new UploadPages(queue, options), reports, new DistrictPages(archive),
                new ComparePage(archive, queue, rules.jurisdictions()), new RulesPage(inForce), new DraftPages(inForce, archive, options),
                new AccountPages(accounts, sessions, guard, tokens), new Api(queue, archive, options, reports));
        Path spool = Files.createTempDirectory("educheck-multipart-");
        spool.toFile().deleteOnExit();
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 1024 * 1024;
            config.jetty.multipartConfig.cacheDirectory(spool.toString());
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + Guard.FORM_ALLOWANCE, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, SizeUnit.BYTES);
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(2000);
                server.setErrorHandler(new JettyErrors());
                server.setRequestLog(new RequestLog());
            });
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            Routes.mount(config, parts);
        });
        try {
            javalin.start(options.bind(), options.port());
        } catch (RuntimeException e) {
            queue.close();
            inForce.close();
            throw new IOException("cannot listen on " + options.bind() + ":" + options.port() + ": " + rootMessage(e), e);
        }
        return new WebApp(javalin, queue, inForce, options);
    }

    public int port() {
        return javalin.port();
    }

    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + host + ":" + port();
    }

    @Override
    public void close() {
        javalin.stop();
        queue.close();
        inForce.close();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
