package educheck.web;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, Jetty's own refusals included: method, path (never the query, which may carry what a user
 * typed), status, who asked, milliseconds, and a note when the server refused something a client sent. Never a
 * password, token or cookie. The time is the logging backend's (simplelogger.properties).
 */
final class RequestLog implements org.eclipse.jetty.server.RequestLog {

    static final Logger LOG = LoggerFactory.getLogger("educheck.web.request");
    private static final String NOTE = "educheck.log.note";

    @Override
    public void log(Request request, Response response) {
        Object who = request.getAttribute("principal");
        Object note = request.getAttribute(NOTE);
        long ms = Math.max(0, System.currentTimeMillis() - request.getTimeStamp());
        LOG.info("{} {} {} user={} {} ms{}", request.getMethod(), printable(request.getRequestURI()), response.getCommittedMetaData() == null
                        ? response.getStatus() : response.getCommittedMetaData().getStatus(),
                who instanceof Principal p ? printable(p.user()) : "-", ms, note == null ? "" : " (" + note + ")");
    }

    /** Why a request was refused, added to its line (one line, never a trace). */
    static void note(io.javalin.http.Context ctx, String note) {
        ctx.attribute(NOTE, printable(note));
    }

    /** A text a client chose, safe on one line of a log: no line breaks or other control characters, at most 200. */
    static String printable(String s) {
        if (s == null) {
            return "-";
        }
        String one = s.codePoints().limit(200).map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return s.length() > one.length() ? one + "…" : one;
    }
}
