package org.flowpilot.diagram.internal.server;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.simulation.SimulationApi;
import org.flowpilot.diagram.internal.simulation.Simulations;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Jetty on 127.0.0.1: the security gate in front of the diagram page, the simulation endpoints and GLSP's WebSocket
 * endpoint {@code /glsp}.
 */
public final class DiagramHttpServer {

    /** The path of the GLSP WebSocket. */
    public static final String GLSP_PATH = "/glsp";

    private final Server server;
    private final int port;

    private DiagramHttpServer(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the server on {@code port} (0: any free one) of 127.0.0.1 with {@code token}, for {@code models} and
     * their {@code simulations}.
     */
    public static DiagramHttpServer start(int port, String token, DiagramModels models, Simulations simulations,
            Consumer<String> log) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("flowpilot-diagrams");
        // The workbench and serve decide when to stop; the server never keeps a JVM alive by itself.
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        // Opened before the handlers are made: they need the port a request for port 0 got.
        connector.open();
        int actualPort = connector.getLocalPort();
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new WebContent(models, simulations, actualPort)), "/");
        // A prefix mapping also matches the prefix itself: GET /api/simulation and POST /api/simulation/step.
        context.addServlet(new ServletHolder(new SimulationApi(models, simulations)), SimulationApi.PATH + "/*");
        GlspConnections connections = new GlspConnections(models);
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.addEndpoint(ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, GLSP_PATH)
                    .configurator(new GLSPConfigurator(connections::newInjector)).build());
        });
        server.setHandler(new SecurityGate(context, token, actualPort, log));
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // Already failing; the start failure is what the caller needs to know.
            }
            throw new IOException("Cannot start the diagram server on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        return new DiagramHttpServer(server, actualPort);
    }

    /** The port listened on. */
    public int port() {
        return port;
    }

    /** Stops the server. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the diagram server: " + e.getMessage(), e);
        }
    }
}
