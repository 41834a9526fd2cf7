package org.flowpilot.diagram.internal.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.internal.common.Placements.LayoutInput;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.ChangeLayoutCommand;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.diagram.layout.Route;

/**
 * The state of one diagram session: which model and which diagram of it, with the model's own command stack, so every
 * edit of the diagram is a command on the editing domain the workbench's tree and Properties view share.
 */
public class DiagramState extends DefaultGModelState {

    private DiagramModel diagramModel;
    private DiagramKind kind;
    private EObject semanticRoot;
    private String diagramId;
    private LayoutInput shownInput;
    private Arrangement shown;

    @Override
    public void init() {
        // No command stack of its own: the model's stack is set when the model is bound.
    }

    /** Shows {@code root} (a flow, or the whole model) of {@code model} as a diagram of {@code kind}. */
    public void bind(DiagramModel model, DiagramKind diagramKind, EObject root, String layoutId) {
        this.diagramModel = model;
        this.kind = diagramKind;
        this.semanticRoot = root;
        this.diagramId = layoutId;
        // Assigned directly: setCommandStack would flush the stack this diagram shares with the editor.
        this.commandStack = model.editingDomain().getCommandStack();
    }

    /** Whether a model is bound yet. */
    public boolean isBound() {
        return diagramModel != null;
    }

    /** The model shown. */
    public DiagramModel model() {
        if (diagramModel == null) {
            throw new GLSPServerException("No model is loaded in this diagram session");
        }
        return diagramModel;
    }

    /** Which kind of diagram this is. */
    public DiagramKind kind() {
        return kind;
    }

    /** The flow of a flow diagram, the model of the assignment diagram. */
    public EObject semanticRoot() {
        return semanticRoot;
    }

    /** The id of this diagram in the layout sidecar, such as {@code flow:_2ced...}. */
    public String diagramId() {
        return diagramId;
    }

    /** The model element with {@code id}, or null. */
    public EObject element(String id) {
        return model().element(id);
    }

    /** The id of {@code element}, or null when it is not in the model. */
    public String idOf(EObject element) {
        return model().idOf(element);
    }

    /** Notes what the diagram shows now: its layout input and the arrangement drawn from it. */
    public void shown(LayoutInput input, Arrangement arrangement) {
        this.shownInput = input;
        this.shown = arrangement;
    }

    /** The layout input of the diagram as shown, or null before it is first drawn. */
    public LayoutInput shownInput() {
        return shownInput;
    }

    /** The arrangement of the diagram as shown, or null before it is first drawn. */
    public Arrangement shownArrangement() {
        return shown;
    }

    /**
     * A command storing where the top-level nodes are shown now and how their connections run, for a diagram whose
     * layout ELK gives on the fly: run before the first placement of a new element, it keeps everything else where
     * it is. Null when the layout sidecar already knows this diagram.
     */
    public Command keepShownLayout() {
        if (model().layout().hasLayout(diagramId) || shown == null || shown.nodes().isEmpty()) {
            return null;
        }
        Map<String, Bounds> nodes = new LinkedHashMap<>();
        shownInput.boxes().forEach(box -> {
            Bounds bounds = shown.nodes().get(box.id());
            if (bounds != null) {
                nodes.put(box.id(), bounds);
            }
        });
        Map<String, Route> routes = new LinkedHashMap<>();
        shownInput.connections().forEach(connection -> {
            Route route = shown.routes().get(connection.id());
            if (route != null) {
                routes.put(connection.id(), route);
            }
        });
        return new ChangeLayoutCommand("Keep layout", model().layout(), diagramId,
                new DiagramLayout.Change(nodes, routes));
    }

    /**
     * A command forgetting the placements of the nodes {@code nodeIds} and the stored routes of their connections and
     * of the connections {@code edgeIds}, for a delete; null when nothing of them is stored.
     */
    public Command forgetLayout(Collection<String> nodeIds, Collection<String> edgeIds) {
        DiagramLayout layout = model().layout();
        Map<String, Bounds> nodes = new LinkedHashMap<>();
        nodeIds.stream().filter(id -> layout.get(diagramId, id).isPresent()).forEach(id -> nodes.put(id, null));
        Map<String, Route> routes = new LinkedHashMap<>();
        if (shownInput != null) {
            shownInput.connections().stream()
                    .filter(c -> edgeIds.contains(c.id()) || nodeIds.contains(c.sourceId())
                            || nodeIds.contains(c.targetId()))
                    .filter(c -> layout.route(diagramId, c.id()).isPresent())
                    .forEach(c -> routes.put(c.id(), null));
        }
        DiagramLayout.Change change = new DiagramLayout.Change(nodes, routes);
        return change.isEmpty() ? null : new ChangeLayoutCommand("Delete", layout, diagramId, change);
    }

    /** The model's command stack. */
    public CommandStack commandStack() {
        return commandStack;
    }

    @Override
    public void execute(Command command) {
        // Commands that cannot execute (such as a move to where the element already is) are not put on the stack.
        if (commandStack != null && command.canExecute()) {
            commandStack.execute(command);
        }
    }

    @Override
    public void saveIsDone() {
        // The model's saver marks the shared stack saved; the editor or serve decides, not one diagram.
    }

    @Override
    public boolean isDirty() {
        return commandStack instanceof BasicCommandStack basic && basic.isSaveNeeded();
    }
}
