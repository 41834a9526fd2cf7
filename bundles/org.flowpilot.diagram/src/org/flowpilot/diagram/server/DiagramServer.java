package org.flowpilot.diagram.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.server.DiagramHttpServer;
import org.flowpilot.diagram.internal.simulation.Simulations;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.preview.ScreenPreviews;

/**
 * The diagram server: GLSP over a WebSocket and the diagram page, on 127.0.0.1 only, behind a per-session token. The
 * workbench runs one for its editors; {@code flowpilot serve} runs one for a model file. Register the models whose
 * diagrams it shows; each page URL carries the token once, and the page keeps it in an HttpOnly cookie.
 */
public final class DiagramServer implements AutoCloseable {

    private static final int TOKEN_BYTES = 32;

    private final DiagramModels models;
    private final Simulations simulations;
    private final DiagramHttpServer http;
    private final String token;

    private DiagramServer(DiagramModels models, Simulations simulations, DiagramHttpServer http, String token) {
        this.models = models;
        this.simulations = simulations;
        this.http = http;
        this.token = token;
    }

    /**
     * Starts a server on 127.0.0.1 at {@code port} (0: any free port) whose flow palettes also offer
     * {@code customStepTypes}; refused requests are reported to {@code log}, one line each.
     */
    public static DiagramServer start(int port, List<CustomStepType> customStepTypes, Consumer<String> log)
            throws IOException {
        List<CustomStepType> fixed = List.copyOf(customStepTypes);
        return start(port, () -> fixed, log);
    }

    /**
     * Starts a server on 127.0.0.1 at {@code port} (0: any free port) whose flow palettes also offer the step types
     * {@code customStepTypes} supplies when a diagram opens, such as {@code CustomStepType::installed}; refused
     * requests are reported to {@code log}, one line each.
     */
    public static DiagramServer start(int port, Supplier<List<CustomStepType>> customStepTypes, Consumer<String> log)
            throws IOException {
        configureLogging();
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        DiagramModels models = new DiagramModels(customStepTypes);
        Simulations simulations = new Simulations(FlowEngine.withInstalledExtensions(), ScreenPreviews.standard());
        DiagramHttpServer http = DiagramHttpServer.start(port, token, models, simulations, log);
        return new DiagramServer(models, simulations, http, token);
    }

    // GLSP logs through Log4j's API and Jetty through SLF4J; neither needs more than warnings on the console.
    private static void configureLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.eclipse.jetty.LEVEL") == null) {
            System.setProperty("org.eclipse.jetty.LEVEL", "WARN");
        }
    }

    /** The port the server listens on. */
    public int port() {
        return http.port();
    }

    /** Shows the diagrams of {@code model}; its key must be unique on this server. */
    public void register(DiagramModel model) {
        models.add(model);
    }

    /** Stops showing the diagrams of {@code model}. */
    public void unregister(DiagramModel model) {
        simulations.forbid(model);
        models.remove(model);
    }

    /**
     * Gives the flow diagram pages of {@code model}, a registered model, a simulation panel: a run of a flow for one
     * of the model's scenarios, moved on this server (one run per model, which its pages share), its position drawn
     * as {@link org.flowpilot.diagram.Highlight}s on the diagrams and its screen beside them. For a host that does
     * not animate runs itself, such as {@code flowpilot serve}.
     */
    public void allowSimulation(DiagramModel model) {
        if (models.get(model.key()).orElse(null) != model) {
            throw new IllegalArgumentException("The model " + model.key() + " is not registered");
        }
        simulations.allow(model);
    }

    /** The address of the diagram page with the token, such as {@code http://127.0.0.1:PORT/?token=TOKEN}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + token;
    }

    /**
     * The address of one diagram of {@code model} with the token: the assignment diagram, or the flow diagram of the
     * flow with {@code flowId}.
     */
    public String pageUrl(DiagramModel model, DiagramKind kind, String flowId) {
        StringBuilder url = new StringBuilder(url()).append("&model=").append(encode(model.key()))
                .append("&diagram=").append(kind.name().toLowerCase());
        if (kind == DiagramKind.FLOW) {
            url.append("&flow=").append(encode(flowId));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Stops the server; open pages lose their connection. */
    @Override
    public void close() {
        http.stop();
    }
}
