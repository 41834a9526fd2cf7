package org.flowpilot.diagram.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * Places, moves, resizes or forgets elements of one diagram as an undoable command, so a move is undone by the same
 * Edit > Undo as a rename in the tree.
 */
public final class ChangeLayoutCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String diagramId;
    private final Map<String, Bounds> placements;
    private Map<String, Bounds> previous;

    /** A command that applies {@code placements} to {@code diagramId}; a null value removes that placement. */
    public ChangeLayoutCommand(String label, DiagramLayout layout, String diagramId, Map<String, Bounds> placements) {
        super(label);
        this.layout = layout;
        this.diagramId = diagramId;
        // A copy that keeps null values, which mean "remove".
        this.placements = Collections.unmodifiableMap(new LinkedHashMap<>(placements));
    }

    @Override
    protected boolean prepare() {
        return !placements.isEmpty();
    }

    @Override
    public void execute() {
        previous = layout.apply(diagramId, placements);
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
