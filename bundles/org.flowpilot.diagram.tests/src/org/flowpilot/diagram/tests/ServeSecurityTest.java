package org.flowpilot.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The door of {@code flowpilot serve}, tested with hand-made HTTP requests (a browser cannot forge a Host or Origin
 * header, so this is how a DNS-rebinding page or another site would look to the server).
 */
class ServeSecurityTest {

    @TempDir
    static Path folder;

    private static ServeProcess serve;

    @BeforeAll
    static void start() throws IOException {
        serve = ServeProcess.start(Example.copyTo(folder), folder);
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    /** The status line and headers and body of one raw HTTP/1.1 exchange. */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.port())) {
            socket.setSoTimeout(10000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[65536];
            StringBuilder response = new StringBuilder();
            int read;
            while ((read = in.read(buffer)) > 0) {
                response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (response.indexOf("\r\n\r\n") >= 0 && (response.toString().startsWith("HTTP/1.1 101")
                        || response.indexOf("Content-Length: 0") >= 0)) {
                    break;
                }
            }
            return response.toString();
        }
    }

    private static String get(String target, String... headers) throws IOException {
        return request("GET", target, headers);
    }

    private static String post(String target, String... headers) throws IOException {
        String[] withLength = new String[headers.length + 1];
        System.arraycopy(headers, 0, withLength, 0, headers.length);
        withLength[headers.length] = "Content-Length: 0";
        return request("POST", target, withLength);
    }

    private static String request(String method, String target, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        boolean host = false;
        for (String header : headers) {
            request.append(header).append("\r\n");
            host |= header.startsWith("Host:");
        }
        if (!host) {
            request.append("Host: 127.0.0.1:").append(serve.port()).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return exchange(request.toString());
    }

    private static String cookie() {
        return "Cookie: flowpilot_token_" + serve.port() + "=" + serve.token();
    }

    private static String upgrade(String... headers) throws IOException {
        String[] all = new String[headers.length + 4];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Upgrade: websocket";
        all[headers.length + 1] = "Connection: Upgrade";
        all[headers.length + 2] = "Sec-WebSocket-Version: 13";
        all[headers.length + 3] = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==";
        StringBuilder request = new StringBuilder("GET /glsp HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port() + "\r\n");
        for (String header : all) {
            request.append(header).append("\r\n");
        }
        return exchange(request.append("\r\n").toString());
    }

    private static void assertRefused(String response) {
        assertTrue(response.startsWith("HTTP/1.1 403"), response);
        assertTrue(response.endsWith("\r\n\r\n"), "a refusal renders nothing: " + response);
    }

    @Test
    void theTokenIsLongAndRandom() {
        assertTrue(serve.token().matches("[A-Za-z0-9_-]{43}"), "256 bits in base64url: " + serve.token());
        assertTrue(serve.url().startsWith("http://127.0.0.1:"), serve.url());
    }

    @Test
    void withoutATokenNothingIsServed() throws IOException {
        assertRefused(get("/"));
        assertRefused(get("/diagram.js"));
        assertRefused(get("/api/models"));
        assertTrue(serve.errors().contains("refused GET /api/models from 127.0.0.1: no token"), serve.errors());
    }

    @Test
    void aWrongTokenIsRefusedInTheUrlAndInTheCookie() throws IOException {
        assertRefused(get("/?token=" + serve.token().substring(1) + "A"));
        assertRefused(get("/api/models", "Cookie: flowpilot_token_" + serve.port() + "=guess"));
        assertTrue(serve.errors().contains("wrong token"), serve.errors());
    }

    @Test
    void theTokenIsExchangedForAnHttpOnlyStrictCookieAndLeavesTheAddress() throws IOException {
        String response = get("/?token=" + serve.token() + "&diagram=flow");
        assertTrue(response.startsWith("HTTP/1.1 303"), response);
        assertTrue(response.contains("Set-Cookie: flowpilot_token_" + serve.port() + "=" + serve.token()
                + "; Path=/; HttpOnly; SameSite=Strict"), response);
        assertTrue(response.contains("Location: /?diagram=flow"), response);
        String page = get("/", cookie());
        assertTrue(page.startsWith("HTTP/1.1 200"), page);
        assertTrue(page.contains("Content-Security-Policy: default-src 'self'"), page);
    }

    @Test
    void aRebindingHostNameIsRefusedEvenWithTheToken() throws IOException {
        assertRefused(get("/?token=" + serve.token(), "Host: attacker.example:" + serve.port()));
        assertRefused(get("/api/models", cookie(), "Host: 127.0.0.1.attacker.example"));
        assertRefused(get("/api/models", cookie(), "Host: 127.0.0.1:" + (serve.port() + 1)));
        assertTrue(serve.errors().contains("Host header 'attacker.example:" + serve.port() + "' is not this server"),
                serve.errors());
    }

    @Test
    void aWebSocketNeedsTheTokenAndThisOrigin() throws IOException {
        String origin = "Origin: http://127.0.0.1:" + serve.port();
        assertRefused(upgrade(origin));
        assertRefused(upgrade(cookie(), "Origin: http://attacker.example"));
        assertRefused(upgrade(cookie()));
        assertTrue(serve.errors().contains("WebSocket Origin 'http://attacker.example' is not this server"));
        String accepted = upgrade(cookie(), origin);
        assertTrue(accepted.startsWith("HTTP/1.1 101"), accepted);
    }

    @Test
    void theSimulationEndpointsNeedTheTokenAndPostsThisOrigin() throws IOException {
        String model = "model";
        String origin = "Origin: http://127.0.0.1:" + serve.port();
        assertRefused(get("/api/simulation?model=" + model));
        assertRefused(post("/api/simulation/step?model=" + model, origin));
        assertRefused(post("/api/simulation/start?model=" + model + "&flow=x&scenario=y", origin,
                "Cookie: flowpilot_token_" + serve.port() + "=guess"));
        assertRefused(post("/api/simulation/step?model=" + model, cookie(), "Origin: http://attacker.example"));
        assertRefused(post("/api/simulation/step?model=" + model, cookie()));
        assertTrue(serve.errors().contains("refused POST /api/simulation/step from 127.0.0.1: no token"),
                serve.errors());
        assertTrue(serve.errors().contains("POST Origin 'http://attacker.example' is not this server"),
                serve.errors());
        String scenarios = get("/api/simulation?model=" + model, cookie());
        assertTrue(scenarios.startsWith("HTTP/1.1 200"), scenarios);
        assertTrue(scenarios.contains("\"name\":\"Adele signs in to her laptop\""), scenarios);
        String unknown = post("/api/simulation/fly?model=" + model, cookie(), origin);
        assertTrue(unknown.startsWith("HTTP/1.1 400"), unknown);
        String noModel = post("/api/simulation/step?model=other", cookie(), origin);
        assertTrue(noModel.startsWith("HTTP/1.1 404"), noModel);
    }

    @Test
    void theServerListensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (outside.isPresent()) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class,
                        () -> socket.connect(new InetSocketAddress(outside.get(), serve.port()), 2000));
            }
        }
        try (Socket socket = new Socket("127.0.0.1", serve.port())) {
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void ctrlCStopsTheServerAndBadInputIsOneLine() throws Exception {
        Path model = Example.copyTo(Files.createTempDirectory(folder, "stop"));
        try (ServeProcess own = ServeProcess.start(model, folder)) {
            int code = own.interrupt();
            assertTrue(code == 130 || code == 0, "exit code " + code);
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", own.port()).close());
        }
        Path broken = folder.resolve("broken.autopilot");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<autopilot:AutopilotModel xmlns:autopilot="
                + "\"http://flowpilot.org/autopilot/1.0\" name=\"Broken\">\n  <profiles name=\"unclosed\"\n");
        Process bad = ServeProcess.command(broken).redirectErrorStream(true).start();
        assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
        String output = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, bad.exitValue());
        assertFalse(output.contains("\n"), "one line: " + output);
        assertTrue(output.startsWith("flowpilot serve: cannot open " + broken), output);
        assertTrue(output.contains("(line 4, column 1)") || output.contains("(line 3,"), output);
    }
}
