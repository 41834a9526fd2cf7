package org.flowpilot.diagram.internal.common;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.flowpilot.diagram.layout.ChangeLayoutCommand;

import com.google.inject.Inject;

/** Lays the whole diagram out again with ELK layered, on demand; undoable like any move. */
public class LayoutHandler extends BasicOperationHandler<LayoutOperation> {

    @Inject
    private DiagramState state;
    @Inject
    private GModelFactory factory;

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        DiagramFactory diagram = (DiagramFactory) factory;
        return Optional.of(new ChangeLayoutCommand("Layout diagram", state.model().layout(), state.diagramId(),
                Placements.relayout(state.model().layout(), state.diagramId(), diagram.layoutInput())));
    }
}
