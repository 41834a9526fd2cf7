package org.flowpilot.diagram;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.model.AutopilotModel;

/**
 * One open model as the diagram server sees it: the editing domain every diagram edit runs on (the model editor's own,
 * in the workbench), the diagram layout beside it, how to reach the model safely and how to save it. Register it with
 * a {@link org.flowpilot.diagram.server.DiagramServer} to show its diagrams.
 */
public final class DiagramModel {

    /** Saves the model and its layout; called for the client's Save. */
    @FunctionalInterface
    public interface Saver {
        /** Saves the model and {@code layout}; throws with a message naming the file when that fails. */
        void save(DiagramModel model) throws IOException;
    }

    /** Told about what the diagrams do that the host may follow, such as the selection. */
    public interface Listener {
        /** The selection of a diagram changed to the model elements with {@code elementIds}. */
        default void selectionChanged(DiagramKind kind, List<String> elementIds) {
        }
    }

    private final String key;
    private final AdapterFactoryEditingDomain editingDomain;
    private final Resource resource;
    private final DiagramLayout layout;
    private final ModelAccess access;
    private final Saver saver;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> highlightListeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, Set<Highlight>> highlights = Map.of();

    /**
     * A model whose diagrams edit {@code resource} through {@code editingDomain}; {@code key} names it in page URLs
     * and must be unique on its server.
     */
    public DiagramModel(String key, AdapterFactoryEditingDomain editingDomain, Resource resource, DiagramLayout layout,
            ModelAccess access, Saver saver) {
        this.key = Objects.requireNonNull(key);
        this.editingDomain = Objects.requireNonNull(editingDomain);
        this.resource = Objects.requireNonNull(resource);
        this.layout = Objects.requireNonNull(layout);
        this.access = Objects.requireNonNull(access);
        this.saver = Objects.requireNonNull(saver);
    }

    /** The name of this model in page URLs. */
    public String key() {
        return key;
    }

    /** The editing domain every diagram edit runs on. */
    public AdapterFactoryEditingDomain editingDomain() {
        return editingDomain;
    }

    /** The resource holding the model. */
    public Resource resource() {
        return resource;
    }

    /** The model itself. */
    public AutopilotModel model() {
        return (AutopilotModel) resource.getContents().get(0);
    }

    /** The layout of this model's diagrams. */
    public DiagramLayout layout() {
        return layout;
    }

    /** How to reach the model safely. */
    public ModelAccess access() {
        return access;
    }

    /** Saves the model and its layout. */
    public void save() throws IOException {
        saver.save(this);
    }

    /** The element with {@code id} ({@code xmi:id}), or null. */
    public EObject element(String id) {
        return id == null ? null : resource.getEObject(id);
    }

    /**
     * The model element a diagram element stands for, such as the step of a node, of its name label or of a tracked
     * item row; null for elements that stand for no single element (a group membership edge).
     */
    public EObject elementShownAs(String diagramElementId) {
        return element(elementIdOf(diagramElementId));
    }

    /** The model element id within a diagram element id: labels add a suffix, nested rows a prefix. */
    public static String elementIdOf(String diagramElementId) {
        if (diagramElementId == null) {
            return null;
        }
        String id = diagramElementId;
        for (String suffix : new String[] {"_name", "_label"}) {
            if (id.endsWith(suffix)) {
                id = id.substring(0, id.length() - suffix.length());
            }
        }
        int nested = id.lastIndexOf('/');
        return nested >= 0 ? id.substring(nested + 1) : id;
    }

    /** The id ({@code xmi:id}) of {@code element} in this model, or null when it is not in it. */
    public String idOf(EObject element) {
        return element == null || element.eResource() != resource ? null : resource.getURIFragment(element);
    }

    /** Follows what the diagrams do. */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Stops following. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that a diagram's selection changed. */
    public void fireSelectionChanged(DiagramKind kind, List<String> elementIds) {
        listeners.forEach(listener -> listener.selectionChanged(kind, List.copyOf(elementIds)));
    }

    /**
     * Replaces the highlights of the model's elements, by element id; open diagrams redraw with them. This is where
     * a run animation shows the current step and the path taken.
     */
    public void setHighlights(Map<String, Set<Highlight>> byElementId) {
        Map<String, Set<Highlight>> copy = new HashMap<>();
        byElementId.forEach((id, set) -> copy.put(id, set.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(set))));
        highlights = Map.copyOf(copy);
        highlightListeners.forEach(Runnable::run);
    }

    /** The highlights of the element with {@code id}. */
    public Set<Highlight> highlightsOf(String id) {
        return highlights.getOrDefault(id, Set.of());
    }

    /** Calls {@code listener} whenever the highlights change. */
    public void addHighlightListener(Runnable listener) {
        highlightListeners.add(listener);
    }

    /** Stops calling {@code listener}. */
    public void removeHighlightListener(Runnable listener) {
        highlightListeners.remove(listener);
    }
}
