package educheck.web;

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
 */
public record ServeOptions(String bind, int port, long maxUploadBytes, int workers, int queue, boolean secureCookies) {

    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    public static ServeOptions defaults() {
        return new ServeOptions("127.0.0.1", 8080, DEFAULT_MAX_UPLOAD, Math.max(1, Runtime.getRuntime().availableProcessors()), 64, false);
    }

    public ServeOptions withPort(int p) {
        return new ServeOptions(bind, p, maxUploadBytes, workers, queue, secureCookies);
    }

    public ServeOptions withBind(String b) {
        return new ServeOptions(b, port, maxUploadBytes, workers, queue, secureCookies);
    }

    public ServeOptions withMaxUploadBytes(long n) {
        return new ServeOptions(bind, port, n, workers, queue, secureCookies);
    }

    public ServeOptions withWorkers(int n, int q) {
        return new ServeOptions(bind, port, maxUploadBytes, n, q, secureCookies);
    }

    public ServeOptions withSecureCookies(boolean secure) {
        return new ServeOptions(bind, port, maxUploadBytes, workers, queue, secure);
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
