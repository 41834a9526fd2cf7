package org.flowpilot.diagram.internal.flow;

import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.internal.common.BaseDiagramModule;

/** The flow diagram: one per flow. */
public class FlowModule extends BaseDiagramModule {

    @Override
    public String getDiagramType() {
        return DiagramKind.FLOW.diagramType();
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return FlowConfiguration.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return FlowFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return FlowPalette.class;
    }

    @Override
    protected Class<? extends ContextMenuItemProvider> bindContextMenuItemProvider() {
        return FlowContextMenu.class;
    }

    @Override
    protected void configureDiagramOperations(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CreateStepHandler.class);
        binding.add(CreateTransitionHandler.class);
        binding.add(ReconnectTransitionHandler.class);
        binding.add(FlowDeleteHandler.class);
        binding.add(ScreenVisibilityHandler.class);
    }
}
