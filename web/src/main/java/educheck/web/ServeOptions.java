package educheck.web;

import educheck.checker.run.RuleBudget;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server runs.
 *
 * @param bind           the address to listen on; 127.0.0.1 unless told otherwise
 * @param port           0 picks a free port (tests)
 * @param maxUploadBytes larger uploads are answered 413
 * @param workers        checks run at once; the rest wait in a queue of {@code queue} places, then 503
 * @param secureCookies  set the cookies' Secure flag (behind a proxy that ends TLS)
 * @param budget         each uploaded district's time budget and bound on rule firings
 * @param trustedProxies addresses of the proxies in front, whose X-Forwarded-For names the client (sign-in throttling
 *                       counts clients by address); a request from any other address is its own client
 */
public record ServeOptions(String bind, int port, long maxUploadBytes, int workers, int queue, boolean secureCookies,
                           RuleBudget budget, java.util.List<String> trustedProxies) {

    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    public static ServeOptions defaults() {
        return new ServeOptions("127.0.0.1", 8080, DEFAULT_MAX_UPLOAD, Math.max(1, Runtime.getRuntime().availableProcessors()), 64, false,
                RuleBudget.DEFAULT, java.util.List.of());
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(bind, p, maxUploadBytes, workers, queue, secureCookies, budget, trustedProxies);
    }

    public ServeOptions withBind(String b) {
        return new ServeOptions(b, port, maxUploadBytes, workers, queue, secureCookies, budget, trustedProxies);
    }

    public ServeOptions withMaxUploadBytes(long n) {
        return new ServeOptions(bind, port, n, workers, queue, secureCookies, budget, trustedProxies);
    }

    public ServeOptions withWorkers(int n, int q) {
        return new ServeOptions(bind, port, maxUploadBytes, n, q, secureCookies, budget, trustedProxies);
    }

    public ServeOptions withSecureCookies(boolean secure) {
        return new ServeOptions(bind, port, maxUploadBytes, workers, queue, secure, budget, trustedProxies);
    }

    public ServeOptions withBudget(RuleBudget b) {
        return new ServeOptions(bind, port, maxUploadBytes, workers, queue, secureCookies, b, trustedProxies);
    }

    public ServeOptions withTrustedProxies(java.util.List<String> proxies) {
        return new ServeOptions(bind, port, maxUploadBytes, workers, queue, secureCookies, budget, java.util.List.copyOf(proxies));
    }

    /** Loopback only: the one case where the server may run without accounts, open to the person at this PC. */
    public boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
