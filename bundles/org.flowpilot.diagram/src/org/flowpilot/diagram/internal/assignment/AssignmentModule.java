package org.flowpilot.diagram.internal.assignment;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.internal.common.BaseDiagramModule;

/** The assignment diagram: one per model. */
public class AssignmentModule extends BaseDiagramModule {

    @Override
    public String getDiagramType() {
        return DiagramKind.ASSIGNMENT.diagramType();
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return AssignmentConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return AssignmentFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return AssignmentPalette.class;
    }

    @Override
    protected void configureDiagramOperations(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CreateNodeHandler.class);
        binding.add(CreateConnectionHandler.class);
        binding.add(ReconnectHandler.class);
        binding.add(AssignmentDeleteHandler.class);
    }
}
