package org.flowpilot.diagram.internal.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.ChangeLayoutCommand;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.diagram.layout.Route;

import com.google.inject.Inject;

/** Lays the whole diagram out again with ELK layered, routes included, on demand; undoable like any move. */
public class LayoutHandler extends BasicOperationHandler<LayoutOperation> {

    @Inject
    private DiagramState state;
    @Inject
    private GModelFactory factory;

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        DiagramFactory diagram = (DiagramFactory) factory;
        DiagramLayout layout = state.model().layout();
        Arrangement arranged = Placements.relayout(layout, state.diagramId(), diagram.layoutInput(), diagram.memo());
        // Every route comes from ELK now; stored routes of connections ELK did not route are forgotten.
        Map<String, Route> routes = new LinkedHashMap<>();
        layout.routes(state.diagramId()).keySet().forEach(id -> routes.put(id, null));
        routes.putAll(arranged.routes());
        return Optional.of(new ChangeLayoutCommand("Layout diagram", layout, state.diagramId(),
                new DiagramLayout.Change(arranged.nodes(), routes)));
    }
}
