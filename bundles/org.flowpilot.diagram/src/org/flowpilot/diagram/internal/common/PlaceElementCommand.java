package org.flowpilot.diagram.internal.common;

import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.layout.Bounds;

/**
 * Places a new element on a diagram. Runs after the command that adds the element to the model, when the element has
 * its {@code xmi:id}; the resource keeps that id through undo and redo.
 */
public final class PlaceElementCommand extends AbstractCommand {

    private final DiagramModel model;
    private final String diagramId;
    private final EObject element;
    private final Bounds bounds;
    private Map<String, Bounds> previous = Map.of();

    /** Places {@code element} at {@code bounds} on {@code diagramId}. */
    public PlaceElementCommand(DiagramModel model, String diagramId, EObject element, Bounds bounds) {
        super("Place " + element.eClass().getName());
        this.model = model;
        this.diagramId = diagramId;
        this.element = element;
        this.bounds = bounds;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        String id = model.idOf(element);
        if (id != null) {
            previous = model.layout().apply(diagramId, Map.of(id, bounds));
        }
    }

    @Override
    public void undo() {
        model.layout().apply(diagramId, previous.isEmpty() ? Map.of() : previous);
        previous = Collections.emptyMap();
    }

    @Override
    public void redo() {
        execute();
    }
}
