package educheck.web;

import educheck.store.ArchiveException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Decides who is asking and whether they may: security headers on every answer, the session cookie, sign-in by
 * session (pages), or by an API token or HTTP Basic (the JSON API, for scripts; Basic throttled like the sign-in
 * form), the route's role, and the CSRF token of every form.
 */
final class Guard {

    static final String SESSION_COOKIE = "educheck_session";
    static final String LANG_COOKIE = "educheck_lang";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    /** Room for the multipart framing and the form's other fields beside the file. */
    static final long FORM_ALLOWANCE = 64 * 1024;

    private final Accounts accounts;
    private final Sessions sessions;
    private final ServeOptions options;
    private final SignInThrottle throttle;
    private final ApiTokenKeys tokens;

    Guard(Accounts accounts, Sessions sessions, ServeOptions options, SignInThrottle throttle, ApiTokenKeys tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.options = options;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** Before every request, matched or not. */
    void headers(Context ctx) throws ArchiveException {
        SecurityHeaders.each(ctx::header);
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxUploadBytes() + FORM_ALLOWANCE) {
            // Refused before a byte of the body is read.
            throw new Refusal(413, "error.tooLarge");
        }
        if (open() && !loopbackHost(ctx.host())) {
            // An open server answers only to its own name: a page elsewhere cannot reach it by DNS rebinding.
            throw new Refusal(403, "error.host");
        }
    }

    /** Before every matched route: who is asking, may they, and does a form carry its token. */
    void admit(Context ctx) throws ArchiveException {
        boolean api = ctx.path().startsWith("/api/") || ctx.path().equals("/healthz") || ctx.path().startsWith("/assets/");
        // Pages get a session (their forms need its CSRF token); the API only uses one a browser already has.
        Sessions.Session session = api ? sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null) : session(ctx);
        if (session != null) {
            ctx.attribute("session", session);
        }
        Principal who = principal(ctx, session, api);
        ctx.attribute("principal", who);
        if (who != null) {
            ctx.attribute("assignment", accounts.assignment(who));
        }
        boolean unsafe = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
        if (unsafe) {
            sameOrigin(ctx);
        }
        FieldLimits.checkQuery(ctx);
        if (unsafe && !api) {
            FieldLimits.check(form(ctx));
        }
        Role needed = needed(ctx);
        if (needed != null) {
            if (who == null) {
                if (api) {
                    throw new Refusal(401, "error.signedOut");
                }
                throw new SignInFirst();
            }
            if (!who.role().allows(needed)) {
                throw new Refusal(403, "error.role");
            }
        }
        // A script with a token or HTTP Basic, or on an open server without a cookie, has no ambient credential to
        // forge; a request from another site's page is refused above by its Origin.
        boolean cookieless = api && (scriptAuth(ctx) || session == null || !session.signedIn());
        if (unsafe && !cookieless) {
            String given = api ? ctx.header(CSRF_HEADER) : ctx.formParam(CSRF_FIELD);
            if (session == null || given == null || !constantTimeEquals(given, session.csrf())) {
                throw new Refusal(403, "error.csrf");
            }
        }
    }

    /**
     * The fields of a form sent to a page. A body that is not the form it says it is (a multipart body cut off
     * half-way, or without its boundary) is the client's fault: 400, noted on the request's log line.
     */
    static java.util.Map<String, java.util.List<String>> form(Context ctx) {
        try {
            return ctx.formParamMap();
        } catch (Exception e) {
            if (UploadReceiver.isSizeLimit(e)) {
                throw new Refusal(413, "error.tooLarge");
            }
            RequestLog.note(ctx, "unreadable form body: " + WebApp.rootMessage(e));
            throw new Refusal(400, "error.badRequest");
        }
    }

    /** Signed out, asking for a page that needs sign-in: sent to the sign-in page. */
    static final class SignInFirst extends RuntimeException {
        SignInFirst() {
            super(null, null, false, false);
        }
    }

    /**
     * Where sign-in leads back to: the page asked for; for a form sent while signed out (what it carried is lost),
     * the page that form is on when the same path answers GET (POST /upload → the upload page), else the start page.
     */
    static String afterSignIn(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        }
        return PAGES_TOO.contains(ctx.path()) ? ctx.path() : "/";
    }

    /** The paths that take a form and also answer GET with a page. */
    private static final java.util.Set<String> PAGES_TOO = java.util.Set.of("/upload", "/accounts");

    private volatile boolean open;
    private volatile long openCheckedAt = Long.MIN_VALUE;

    /**
     * On 127.0.0.1 with no accounts. Asked of the archive at most once a second: an account added by
     * {@code educheck users add} while the server runs closes it within a second.
     */
    boolean open() throws ArchiveException {
        long now = System.nanoTime();
        if (now - openCheckedAt > 1_000_000_000L || openCheckedAt == Long.MIN_VALUE) {
            open = options.loopback() && accounts.all().isEmpty();
            openCheckedAt = now;
        }
        return open;
    }

    /** The visitor's session, made and set in a cookie when there is none yet. */
    Sessions.Session session(Context ctx) throws ArchiveException {
        Sessions.Session existing = ctx.attribute("session");
        if (existing != null) {
            return existing;
        }
        Sessions.Session s = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        if (s == null) {
            s = sessions.visitor();
            setCookie(ctx, s);
        }
        ctx.attribute("session", s);
        return s;
    }

    /** Chinese or English, remembered for a year; Secure like the session cookie under --secure-cookies. */
    void languageCookie(Context ctx, String lang) {
        ctx.cookie(new Cookie(LANG_COOKIE, lang, "/", 365 * 24 * 3600, options.secureCookies(), 0, false, null, null, SameSite.LAX));
    }

    /**
     * Who is asking, for a page answered before the guard admitted the request (413 from the headers' check): the
     * user of a valid session, so the page still shows them signed in; null when that cannot be told.
     */
    Principal signedIn(Context ctx) {
        try {
            Sessions.Session s = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
            return s == null ? null : principal(ctx, s, true);
        } catch (ArchiveException | RuntimeException e) {
            return null;
        }
    }

    void setCookie(Context ctx, Sessions.Session s) {
        Cookie c = new Cookie(SESSION_COOKIE, s.token(), "/", -1, options.secureCookies(), 0, true, null, null, SameSite.LAX);
        ctx.cookie(c);
        ctx.attribute("session", s);
    }

    private Principal principal(Context ctx, Sessions.Session session, boolean api) throws ArchiveException {
        if (session != null && session.signedIn()) {
            // The session's role is the account's now: a role changed since sign-in takes effect at once, and a
            // removed account's sessions are gone with it.
            return new Principal(session.user(), session.role());
        }
        if (api && scriptAuth(ctx)) {
            String h = ctx.header("Authorization");
            return h.regionMatches(true, 0, "Bearer ", 0, 7) ? bearer(ctx, h.substring(7).trim()) : basic(ctx, h);
        }
        return open() ? Principal.LOCAL : null;
    }

    private static boolean scriptAuth(Context ctx) {
        String h = ctx.header("Authorization");
        return ctx.path().startsWith("/api/") && h != null && (h.regionMatches(true, 0, "Basic ", 0, 6) || h.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /** An API token: one lookup. A wrong one counts against the address, as a wrong password does. */
    private Principal bearer(Context ctx, String token) throws ArchiveException {
        String address = clientAddress(ctx);
        long wait = throttle.waitSeconds(null, address);
        if (wait > 0) {
            throw SignInThrottle.tooMany(ctx, wait);
        }
        Optional<Principal> who = tokens.holder(token);
        if (who.isEmpty()) {
            throttle.failed(null, address, "token");
        }
        return who.orElse(null);
    }

    /** HTTP Basic: a bcrypt per request, so throttled as the sign-in form is (per account and per address). */
    private Principal basic(Context ctx, String header) throws ArchiveException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return signIn(ctx, decoded.substring(0, colon), decoded.substring(colon + 1), "basic").orElse(null);
    }

    /**
     * A name and password tried through {@code via} (the form, or Basic): refused 429 while the account or the address
     * must wait, before any hash; the account's principal when right; empty when wrong, and counted. Either way an
     * audit line.
     */
    Optional<Principal> signIn(Context ctx, String name, String password, String via) throws ArchiveException {
        String account = Passwords.validName(name) ? name : null;
        String address = clientAddress(ctx);
        long wait = throttle.waitSeconds(account, address);
        if (wait > 0) {
            throw SignInThrottle.tooMany(ctx, wait);
        }
        Optional<Accounts.Account> found = account == null ? Optional.empty() : accounts.find(account);
        if (!Passwords.matches(password == null ? "" : password, found.map(Accounts.Account::passwordHash).orElse(null))) {
            throttle.failed(account, address, via);
            return Optional.empty();
        }
        throttle.succeeded(account, address, via);
        return Optional.of(new Principal(account, found.get().role()));
    }

    /**
     * The client's address: the peer's, or, when the peer is a proxy named by --trusted-proxy, the last address its
     * X-Forwarded-For adds (the one it saw; earlier ones the client may have written itself).
     */
    String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded != null && options.trustedProxies().contains(peer)) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return RequestLog.printable(last);
            }
        }
        return peer;
    }

    private static Role needed(Context ctx) {
        Role least = null;
        for (RouteRole r : ctx.routeRoles()) {
            if (r instanceof Role role && (least == null || !role.allows(least))) {
                least = role;
            }
        }
        return least;
    }

    /** A browser says where a form came from; one from another site is refused whatever it carries. */
    private static void sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        try {
            String host = URI.create(origin).getAuthority();
            if (host == null || !host.equalsIgnoreCase(ctx.host())) {
                throw new Refusal(403, "error.origin");
            }
        } catch (IllegalArgumentException e) {
            throw new Refusal(403, "error.origin");
        }
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost") || name.equals("[::1]");
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
