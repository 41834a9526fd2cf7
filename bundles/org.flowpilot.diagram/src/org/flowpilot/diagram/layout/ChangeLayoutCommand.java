package org.flowpilot.diagram.layout;

import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Places, moves, resizes or forgets elements of one diagram, and stores or forgets the routes of its connections, as
 * an undoable command, so a move is undone by the same Edit > Undo as a rename in the tree.
 */
public final class ChangeLayoutCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String diagramId;
    private final DiagramLayout.Change change;
    private DiagramLayout.Change previous;

    /** A command that applies {@code placements} to {@code diagramId}; a null value removes that placement. */
    public ChangeLayoutCommand(String label, DiagramLayout layout, String diagramId, Map<String, Bounds> placements) {
        this(label, layout, diagramId, new DiagramLayout.Change(placements, Map.of()));
    }

    /** A command that applies {@code change} to {@code diagramId}. */
    public ChangeLayoutCommand(String label, DiagramLayout layout, String diagramId, DiagramLayout.Change change) {
        super(label);
        this.layout = layout;
        this.diagramId = diagramId;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return !change.isEmpty();
    }

    @Override
    public void execute() {
        previous = layout.apply(diagramId, change);
    }

    @Override
    public void undo() {
        layout.apply(diagramId, previous);
    }

    @Override
    public void redo() {
        execute();
    }
}
