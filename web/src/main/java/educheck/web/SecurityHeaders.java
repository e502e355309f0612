package educheck.web;

import java.util.function.BiConsumer;

/** The headers every answer carries, whether a route, the guard or Jetty itself wrote it. */
final class SecurityHeaders {

    /**
     * No inline script: the report's few lines of script are served as /assets/report.js. Styles may be inline
     * because the report renderers draw bar widths and chart colours with style attributes and inline their style
     * sheet so a saved report opens offline; every value in them is escaped, so a style cannot be injected.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void each(BiConsumer<String, String> put) {
        put.accept("Content-Security-Policy", CSP);
        put.accept("X-Content-Type-Options", "nosniff");
        put.accept("X-Frame-Options", "DENY");
        put.accept("Referrer-Policy", "same-origin");
        put.accept("Cache-Control", "no-store");
    }
}
