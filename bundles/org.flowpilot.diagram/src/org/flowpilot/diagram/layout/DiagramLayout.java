package org.flowpilot.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowpilot.model.persistence.AtomicFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The layout of every diagram of one model: the bounds of each element, by diagram and element id. It lives in a
 * sidecar file beside the model ({@code contoso.autopilot.layout} beside {@code contoso.autopilot}), as Sirius keeps
 * its representations apart, so the model file holds domain data only. Element ids are the model's {@code xmi:id}s.
 * <p>
 * A diagram without entries here is laid out by ELK when it opens. Changes come through
 * {@link org.eclipse.emf.common.command.Command}s on the model's command stack, so Undo covers moves too.
 */
public final class DiagramLayout {

    /** The file name suffix of layout sidecars. */
    public static final String SIDECAR_SUFFIX = ".layout";

    private static final int FORMAT_VERSION = 1;

    private final Map<String, Map<String, Bounds>> diagrams = new TreeMap<>();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

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
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
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

    /** Whether no diagram has any placed element. */
    public synchronized boolean isEmpty() {
        return diagrams.isEmpty();
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

    /**
     * Sets (or with null bounds removes) placements on {@code diagramId} and returns what they were before, for undo.
     * Callers go through a command; see {@link ChangeLayoutCommand}.
     */
    public Map<String, Bounds> apply(String diagramId, Map<String, Bounds> placements) {
        Map<String, Bounds> previous = new LinkedHashMap<>();
        synchronized (this) {
            Map<String, Bounds> diagram = diagrams.computeIfAbsent(diagramId, id -> new TreeMap<>());
            placements.forEach((elementId, bounds) -> {
                previous.put(elementId, bounds == null ? diagram.remove(elementId) : diagram.put(elementId, bounds));
            });
            if (diagram.isEmpty()) {
                diagrams.remove(diagramId);
            }
        }
        listeners.forEach(Runnable::run);
        return previous;
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
        diagrams.forEach((diagramId, elements) -> {
            JsonObject diagram = new JsonObject();
            elements.forEach((elementId, bounds) -> {
                JsonObject entry = new JsonObject();
                entry.addProperty("x", round(bounds.x()));
                entry.addProperty("y", round(bounds.y()));
                entry.addProperty("width", round(bounds.width()));
                entry.addProperty("height", round(bounds.height()));
                diagram.add(elementId, entry);
            });
            all.add(diagramId, diagram);
        });
        root.add("diagrams", all);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }

    private static DiagramLayout fromJson(JsonObject root) {
        DiagramLayout layout = new DiagramLayout();
        JsonElement all = root.get("diagrams");
        if (all == null || !all.isJsonObject()) {
            return layout;
        }
        for (Map.Entry<String, JsonElement> diagram : all.getAsJsonObject().entrySet()) {
            Map<String, Bounds> elements = new TreeMap<>();
            for (Map.Entry<String, JsonElement> element : diagram.getValue().getAsJsonObject().entrySet()) {
                JsonObject b = element.getValue().getAsJsonObject();
                elements.put(element.getKey(), new Bounds(b.get("x").getAsDouble(), b.get("y").getAsDouble(),
                        b.get("width").getAsDouble(), b.get("height").getAsDouble()));
            }
            layout.diagrams.put(diagram.getKey(), elements);
        }
        return layout;
    }

    // Whole pixels keep the sidecar readable and its diffs small; sub-pixel placement is never intended.
    private static double round(double value) {
        return Math.round(value);
    }
}
