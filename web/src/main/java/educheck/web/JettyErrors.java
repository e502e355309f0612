package educheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before any route sees the request (a path with an encoded slash, a header too
 * long, a request it cannot parse): the site's security headers and a short page of its own, never Jetty's
 * "Bad Message" page or its version.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.each(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ByteBuffer.wrap(page(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) throws IOException {
        base.setHandled(true);
        SecurityHeaders.each(response::setHeader);
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(page(response.getStatus()).getBytes(StandardCharsets.UTF_8));
    }

    /** Both languages (jetty-error.jte): a request Jetty refuses carries no cookie it has read. */
    private static String page(int status) {
        String message = status == 404 ? "没有这个页面。 No such page." : "请求有误。 The request is not valid.";
        return Layout.html(out -> JtejettyerrorGenerated.render(out, null, status, message));
    }
}
