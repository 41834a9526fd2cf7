package org.flowpilot.diagram.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.simulation.Simulations;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The diagram page and its script and styles, from the bundle's {@code web/} folder (the esbuild output of
 * {@code client/}), {@code /api/models}: the open models, their diagrams and whether they can be simulated, for the
 * page's tabs and simulation panel, and
 * {@code /step-kinds.css}: the palette icons of the step types installed extensions declare.
 */
final class WebContent extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "txt",
            "text/plain; charset=utf-8", "json", "application/json; charset=utf-8", "ttf", "font/ttf");

    private static final int MAX_ICON_BYTES = 64 * 1024;

    private final transient DiagramModels models;
    private final transient Simulations simulations;
    private final String contentSecurityPolicy;

    WebContent(DiagramModels models, Simulations simulations, int port) {
        this.models = models;
        this.simulations = simulations;
        // Scripts and styles only from this server; the one WebSocket back to it. Inline style attributes are how
        // the diagram library positions elements. swt: is how the workbench's Browser (WebKitGTK) lets the page
        // call the editor (selection, SVG export); other browsers have no such scheme.
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:" + port
                + " ws://localhost:" + port + " swt:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if ("/api/models".equals(path)) {
            writeModels(response);
            return;
        }
        if ("/step-kinds.css".equals(path)) {
            response.setContentType(TYPES.get("css"));
            response.getOutputStream().write(stepKindStyles().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (name.contains("..") || name.contains("/") || name.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URL resource = WebContent.class.getClassLoader().getResource("web/" + name);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (resource == null || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.get(extension));
        if ("html".equals(extension)) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
        try (InputStream in = resource.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    // One rule per contributed icon, drawn like the built-in icons' codicon classes; an icon that cannot be read, or
    // is larger than an icon should be, is left out and the palette shows the custom step's own.
    private String stepKindStyles() {
        StringBuilder css = new StringBuilder();
        for (CustomStepType type : models.customStepTypes()) {
            if (type.icon() == null) {
                continue;
            }
            String path = type.icon().getPath().toLowerCase(Locale.ROOT);
            String mime = path.endsWith(".svg") ? "image/svg+xml" : path.endsWith(".png") ? "image/png" : null;
            byte[] image;
            try (InputStream in = type.icon().openStream()) {
                image = in.readNBytes(MAX_ICON_BYTES + 1);
            } catch (IOException e) {
                continue;
            }
            if (mime == null || image.length > MAX_ICON_BYTES) {
                continue;
            }
            css.append(".codicon.codicon-").append(type.iconId()).append("::before { content: ''; display: inline-block;"
                    + " width: 16px; height: 16px; background: url(\"data:").append(mime).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(image)).append("\") center / contain no-repeat; }\n");
        }
        return css.toString();
    }

    private void writeModels(HttpServletResponse response) throws IOException {
        JsonArray all = new JsonArray();
        for (DiagramModel model : models.all()) {
            JsonObject described = model.access().call(() -> describe(model));
            described.addProperty("simulation", simulations.of(model.key()).isPresent());
            all.add(described);
        }
        JsonObject root = new JsonObject();
        root.add("models", all);
        response.setContentType(TYPES.get("json"));
        response.getOutputStream().write(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject describe(DiagramModel model) {
        AutopilotModel autopilot = model.model();
        JsonObject json = new JsonObject();
        json.addProperty("key", model.key());
        json.addProperty("name", autopilot.getName());
        JsonArray diagrams = new JsonArray();
        JsonObject assignments = new JsonObject();
        assignments.addProperty("kind", DiagramKind.ASSIGNMENT.name().toLowerCase());
        assignments.addProperty("diagramType", DiagramKind.ASSIGNMENT.diagramType());
        assignments.addProperty("label", "Assignments");
        diagrams.add(assignments);
        for (Flow flow : autopilot.getFlows()) {
            JsonObject diagram = new JsonObject();
            diagram.addProperty("kind", DiagramKind.FLOW.name().toLowerCase());
            diagram.addProperty("diagramType", DiagramKind.FLOW.diagramType());
            diagram.addProperty("flowId", model.idOf(flow));
            diagram.addProperty("label", flow.getName());
            diagrams.add(diagram);
        }
        json.add("diagrams", diagrams);
        return json;
    }
}
