package org.flowpilot.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowpilot.model.persistence.AtomicFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The layout of every diagram of one model: the bounds of each element and the route of each connection, by diagram
 * and element id. It lives in a sidecar file beside the model ({@code contoso.autopilot.layout} beside
 * {@code contoso.autopilot}), as Sirius keeps its representations apart, so the model file holds domain data only.
 * Element ids are the model's {@code xmi:id}s.
 * <p>
 * A diagram without entries here is laid out by ELK when it opens. Changes come through
 * {@link org.eclipse.emf.common.command.Command}s on the model's command stack, so Undo covers moves too.
 */
public final class DiagramLayout {

    /** The file name suffix of layout sidecars. */
    public static final String SIDECAR_SUFFIX = ".layout";

    // Version 1 kept the bounds of each element directly under its diagram; version 2 adds connection routes.
    private static final int FORMAT_VERSION = 2;

    private final Map<String, Map<String, Bounds>> diagrams = new TreeMap<>();
    private final Map<String, Map<String, Route>> routes = new TreeMap<>();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** A change of one diagram's layout: bounds and routes by element id, a null value removing the entry. */
    public record Change(Map<String, Bounds> nodes, Map<String, Route> edges) {

        /** A change of {@code nodes} and {@code edges}, copied with their null values. */
        public Change {
            nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
            edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
        }

        /** Whether this change changes nothing. */
        public boolean isEmpty() {
            return nodes.isEmpty() && edges.isEmpty();
        }
    }

    /** The sidecar file of {@code model}: the model's file name with {@value #SIDECAR_SUFFIX} added. */
    public static Path sidecarOf(Path model) {
        return model.resolveSibling(model.getFileName() + SIDECAR_SUFFIX);
    }

    /** Reads the sidecar at {@code file}; an empty layout when there is none. */
    public static DiagramLayout read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new DiagramLayout();
        }
        try {
            return fromJson(JsonParser.parseString(text).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
                | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException(file + ": not a Flowpilot diagram layout (" + e.getMessage() + ")", e);
        }
    }

    /** Writes this layout to {@code file} atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, toJsonText().getBytes(StandardCharsets.UTF_8));
    }

    /** The bounds of {@code elementId} on {@code diagramId}, if it has been placed. */
    public synchronized Optional<Bounds> get(String diagramId, String elementId) {
        Map<String, Bounds> diagram = diagrams.get(diagramId);
        return Optional.ofNullable(diagram == null ? null : diagram.get(elementId));
    }

    /** The stored route of the connection {@code edgeId} on {@code diagramId}, if one is stored. */
    public synchronized Optional<Route> route(String diagramId, String edgeId) {
        Map<String, Route> diagram = routes.get(diagramId);
        return Optional.ofNullable(diagram == null ? null : diagram.get(edgeId));
    }

    /** Whether no diagram has any placed element. */
    public synchronized boolean isEmpty() {
        return diagrams.isEmpty() && routes.isEmpty();
    }

    /** Whether {@code diagramId} has any placed element. */
    public synchronized boolean hasLayout(String diagramId) {
        Map<String, Bounds> diagram = diagrams.get(diagramId);
        return diagram != null && !diagram.isEmpty();
    }

    /** A copy of every placement on {@code diagramId}. */
    public synchronized Map<String, Bounds> diagram(String diagramId) {
        Map<String, Bounds> diagram = diagrams.get(diagramId);
        return diagram == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(diagram));
    }

    /** A copy of every stored route on {@code diagramId}. */
    public synchronized Map<String, Route> routes(String diagramId) {
        Map<String, Route> diagram = routes.get(diagramId);
        return diagram == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(diagram));
    }

    /**
     * Sets (or with null bounds removes) placements on {@code diagramId} and returns what they were before, for undo.
     * Callers go through a command; see {@link ChangeLayoutCommand}.
     */
    public Map<String, Bounds> apply(String diagramId, Map<String, Bounds> placements) {
        return apply(diagramId, new Change(placements, Map.of())).nodes();
    }

    /**
     * Applies {@code change} to {@code diagramId} and returns the change that undoes it. Callers go through a
     * command; see {@link ChangeLayoutCommand}.
     */
    public Change apply(String diagramId, Change change) {
        Map<String, Bounds> previousNodes = new LinkedHashMap<>();
        Map<String, Route> previousEdges = new LinkedHashMap<>();
        synchronized (this) {
            applyTo(diagrams, diagramId, change.nodes(), previousNodes);
            applyTo(routes, diagramId, change.edges(), previousEdges);
        }
        listeners.forEach(Runnable::run);
        return new Change(previousNodes, previousEdges);
    }

    private static <T> void applyTo(Map<String, Map<String, T>> all, String diagramId, Map<String, T> values,
            Map<String, T> previous) {
        if (values.isEmpty()) {
            return;
        }
        Map<String, T> diagram = all.computeIfAbsent(diagramId, id -> new TreeMap<>());
        values.forEach((id, value) -> previous.put(id, value == null ? diagram.remove(id) : diagram.put(id, value)));
        if (diagram.isEmpty()) {
            all.remove(diagramId);
        }
    }

    /** Calls {@code listener} after every change. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    synchronized String toJsonText() {
        JsonObject root = new JsonObject();
        root.addProperty("format", "flowpilot-diagram-layout");
        root.addProperty("version", FORMAT_VERSION);
        JsonObject all = new JsonObject();
        TreeMap<String, Boolean> ids = new TreeMap<>();
        diagrams.keySet().forEach(id -> ids.put(id, true));
        routes.keySet().forEach(id -> ids.put(id, true));
        for (String diagramId : ids.keySet()) {
            JsonObject diagram = new JsonObject();
            JsonObject nodes = new JsonObject();
            diagrams.getOrDefault(diagramId, Map.of()).forEach((elementId, bounds) -> {
                JsonObject entry = new JsonObject();
                entry.addProperty("x", round(bounds.x()));
                entry.addProperty("y", round(bounds.y()));
                entry.addProperty("width", round(bounds.width()));
                entry.addProperty("height", round(bounds.height()));
                nodes.add(elementId, entry);
            });
            JsonObject edges = new JsonObject();
            routes.getOrDefault(diagramId, Map.of()).forEach((edgeId, route) -> {
                JsonObject entry = new JsonObject();
                JsonArray points = new JsonArray();
                route.points().forEach(point -> points.add(pair(point)));
                entry.add("points", points);
                if (route.label() != null) {
                    entry.add("label", pair(route.label()));
                }
                edges.add(edgeId, entry);
            });
            diagram.add("nodes", nodes);
            diagram.add("edges", edges);
            all.add(diagramId, diagram);
        }
        root.add("diagrams", all);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }

    private static JsonArray pair(Point point) {
        JsonArray pair = new JsonArray();
        pair.add(round(point.x()));
        pair.add(round(point.y()));
        return pair;
    }

    private static DiagramLayout fromJson(JsonObject root) {
        DiagramLayout layout = new DiagramLayout();
        JsonElement all = root.get("diagrams");
        if (all == null || !all.isJsonObject()) {
            return layout;
        }
        boolean version1 = !root.has("version") || root.get("version").getAsInt() < 2;
        for (Map.Entry<String, JsonElement> diagram : all.getAsJsonObject().entrySet()) {
            JsonObject content = diagram.getValue().getAsJsonObject();
            JsonObject nodes = version1 ? content : content.getAsJsonObject("nodes");
            Map<String, Bounds> elements = new TreeMap<>();
            if (nodes != null) {
                for (Map.Entry<String, JsonElement> element : nodes.entrySet()) {
                    JsonObject b = element.getValue().getAsJsonObject();
                    elements.put(element.getKey(), new Bounds(b.get("x").getAsDouble(), b.get("y").getAsDouble(),
                            b.get("width").getAsDouble(), b.get("height").getAsDouble()));
                }
            }
            if (!elements.isEmpty()) {
                layout.diagrams.put(diagram.getKey(), elements);
            }
            JsonObject edges = version1 ? null : content.getAsJsonObject("edges");
            Map<String, Route> routed = new TreeMap<>();
            if (edges != null) {
                for (Map.Entry<String, JsonElement> edge : edges.entrySet()) {
                    JsonObject entry = edge.getValue().getAsJsonObject();
                    List<Point> points = new ArrayList<>();
                    for (JsonElement point : entry.getAsJsonArray("points")) {
                        points.add(point(point));
                    }
                    routed.put(edge.getKey(), new Route(points, entry.has("label") ? point(entry.get("label")) : null));
                }
            }
            if (!routed.isEmpty()) {
                layout.routes.put(diagram.getKey(), routed);
            }
        }
        return layout;
    }

    private static Point point(JsonElement pair) {
        JsonArray array = pair.getAsJsonArray();
        return new Point(array.get(0).getAsDouble(), array.get(1).getAsDouble());
    }

    // Whole pixels keep the sidecar readable and its diffs small; sub-pixel placement is never intended.
    private static double round(double value) {
        return Math.round(value);
    }
}
