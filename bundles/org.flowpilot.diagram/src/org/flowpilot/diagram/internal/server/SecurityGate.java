package org.flowpilot.diagram.internal.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The door of the diagram server, in front of everything it serves. A request passes only when
 * <ul>
 * <li>its Host header is this server's loopback address and port (a page of another site that rebinds its DNS name to
 * 127.0.0.1 sends its own name: refused),</li>
 * <li>it carries the session token, in the {@code token} query parameter or in the cookie this gate sets in exchange
 * for it (HttpOnly, SameSite=Strict), compared in constant time,</li>
 * <li>and, for a WebSocket upgrade or a request that changes something (any method but GET and HEAD), its Origin
 * is this server.</li>
 * </ul>
 * Anything else gets 403 with an empty body and a log line. A page request with a valid token in its URL is answered
 * with the cookie and a redirect to the same address without the token, so the token leaves the address bar.
 */
public final class SecurityGate extends Handler.Wrapper {

    /** The query parameter carrying the token. */
    public static final String TOKEN_PARAMETER = "token";

    private final byte[] token;
    private final String cookieName;
    private final Set<String> hosts;
    private final Set<String> origins;
    private final Consumer<String> log;

    /** A gate for the server on {@code port} with {@code token}; refusals go to {@code log}. */
    public SecurityGate(Handler handler, String token, int port, Consumer<String> log) {
        super(handler);
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        // Browsers share cookies across the ports of a host: one name per port keeps two servers apart.
        this.cookieName = "flowpilot_token_" + port;
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(host.toLowerCase())) {
            return refuse(request, response, callback, "Host header '" + host + "' is not this server");
        }
        Fields query = Request.extractQueryParameters(request);
        String fromQuery = query.getValue(TOKEN_PARAMETER);
        boolean queryValid = fromQuery != null && matches(fromQuery);
        boolean cookieValid = Request.getCookies(request).stream()
                .anyMatch(cookie -> cookieName.equals(cookie.getName()) && matches(cookie.getValue()));
        if (!queryValid && !cookieValid) {
            return refuse(request, response, callback, fromQuery != null || hasCookie(request) ? "wrong token"
                    : "no token");
        }
        boolean upgrade = "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeader.UPGRADE));
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (upgrade || !reading) {
            // Browsers send Origin with every WebSocket and every POST; a page of another site cannot forge it.
            String origin = request.getHeaders().get(HttpHeader.ORIGIN);
            if (origin == null || !origins.contains(origin.toLowerCase())) {
                return refuse(request, response, callback, (upgrade ? "WebSocket" : request.getMethod()) + " Origin '"
                        + origin + "' is not this server");
            }
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        if (queryValid) {
            response.getHeaders().add(HttpHeader.SET_COOKIE, cookieName + "=" + new String(token,
                    StandardCharsets.US_ASCII) + "; Path=/; HttpOnly; SameSite=Strict");
            if (!upgrade && "GET".equals(request.getMethod())) {
                response.setStatus(HttpStatus.SEE_OTHER_303);
                response.getHeaders().put(HttpHeader.LOCATION, withoutToken(request.getHttpURI().toURI()));
                response.write(true, BufferUtil.EMPTY_BUFFER, callback);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }

    private boolean hasCookie(Request request) {
        return Request.getCookies(request).stream().map(HttpCookie::getName).anyMatch(cookieName::equals);
    }

    private boolean matches(String candidate) {
        // MessageDigest.isEqual takes the same time whatever the first differing byte: no timing oracle.
        return MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean refuse(Request request, Response response, Callback callback, String reason) {
        log.accept("refused " + request.getMethod() + " " + request.getHttpURI().getPath() + " from "
                + Request.getRemoteAddr(request) + ": " + reason);
        response.setStatus(HttpStatus.FORBIDDEN_403);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, BufferUtil.EMPTY_BUFFER, callback);
        return true;
    }

    private static String withoutToken(URI uri) {
        String query = uri.getRawQuery();
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith(TOKEN_PARAMETER + "=") && !part.equals(TOKEN_PARAMETER)) {
                    kept.append(kept.isEmpty() ? "?" : "&").append(part);
                }
            }
        }
        return uri.getRawPath() + kept;
    }
}
