package org.flowpilot.diagram.internal.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.ChangeLayoutCommand;

/**
 * The state of one diagram session: which model and which diagram of it, with the model's own command stack, so every
 * edit of the diagram is a command on the editing domain the workbench's tree and Properties view share.
 */
public class DiagramState extends DefaultGModelState {

    private DiagramModel diagramModel;
    private DiagramKind kind;
    private EObject semanticRoot;
    private String diagramId;

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

    /**
     * A command storing where the top-level nodes are shown now, for a diagram whose layout ELK gives on the fly:
     * run before the first placement of a new element, it keeps everything else where it is. Null when the layout
     * sidecar already knows this diagram.
     */
    public Command keepShownLayout() {
        if (model().layout().hasLayout(diagramId) || getRoot() == null) {
            return null;
        }
        Map<String, Bounds> placements = new LinkedHashMap<>();
        getRoot().getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast)
                .forEach(node -> placements.put(node.getId(), new Bounds(node.getPosition().getX(),
                        node.getPosition().getY(), node.getSize().getWidth(), node.getSize().getHeight())));
        return placements.isEmpty() ? null
                : new ChangeLayoutCommand("Keep layout", model().layout(), diagramId, placements);
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
