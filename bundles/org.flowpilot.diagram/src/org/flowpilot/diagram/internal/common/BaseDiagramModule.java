package org.flowpilot.diagram.internal.common;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.actions.SaveModelActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler;
import org.eclipse.glsp.server.features.core.model.RequestModelActionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.RequestEditValidationHandler;
import org.eclipse.glsp.server.features.contextactions.RequestContextActionsHandler;
import org.eclipse.glsp.server.features.navigation.RequestNavigationTargetsActionHandler;
import org.eclipse.glsp.server.features.navigation.ResolveNavigationTargetActionHandler;
import org.eclipse.glsp.server.features.popup.PopupModelFactory;
import org.eclipse.glsp.server.features.popup.RequestPopupModelActionHandler;
import org.eclipse.glsp.server.features.typehints.RequestCheckEdgeActionHandler;
import org.eclipse.glsp.server.features.typehints.RequestTypeHintsActionHandler;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.features.validation.RequestMarkersHandler;
import org.eclipse.glsp.server.actions.SetEditModeActionHandler;
import org.eclipse.glsp.server.gmodel.GModelCutOperationHandler;
import org.eclipse.glsp.server.internal.actions.DefaultActionDispatcher;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * What both Flowpilot diagrams share: the session state on the model's own command stack, the model registry as
 * source, operations run where the model may change, one redraw per change, validation markers, hover popups, rename
 * in place, move and resize, layout on demand, copy and paste.
 */
public abstract class BaseDiagramModule extends DiagramModule {

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return DiagramState.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return ModelStorage.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return ValidationMarkers.class;
    }

    @Override
    protected Class<? extends PopupModelFactory> bindPopupModelFactory() {
        return Popups.class;
    }

    @Override
    protected Class<? extends LabelEditValidator> bindLabelEditValidator() {
        return NameValidator.class;
    }

    @Override
    protected Class<? extends ContextMenuItemProvider> bindContextMenuItemProvider() {
        return ContextMenu.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        // GLSP's defaults, with operations and undo/redo on the shared stack and copy and model-change added.
        binding.add(DefaultActionDispatcher.JoinActionHandler.class);
        binding.add(OperationDispatch.class);
        binding.add(RequestModelActionHandler.class);
        binding.add(RequestPopupModelActionHandler.class);
        binding.add(ResolveNavigationTargetActionHandler.class);
        binding.add(RequestNavigationTargetsActionHandler.class);
        binding.add(RequestTypeHintsActionHandler.class);
        binding.add(RequestContextActionsHandler.class);
        binding.add(RequestEditValidationHandler.class);
        binding.add(RequestMarkersHandler.class);
        binding.add(SetEditModeActionHandler.class);
        binding.add(ComputedBoundsActionHandler.class);
        binding.add(SaveModelActionHandler.class);
        binding.add(UndoRedoDispatch.class);
        binding.add(RequestCheckEdgeActionHandler.class);
        binding.add(ModelChangedActionHandler.class);
        binding.add(CopyHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CompoundOperationHandler.class);
        binding.add(GModelCutOperationHandler.class);
        binding.add(MoveHandler.class);
        binding.add(RoutingPointsHandler.class);
        binding.add(RenameHandler.class);
        binding.add(LayoutHandler.class);
        binding.add(PasteHandler.class);
        configureDiagramOperations(binding);
    }

    /** Binds the create, reconnect, delete and other operations of one diagram. */
    protected abstract void configureDiagramOperations(MultiBinding<OperationHandler<?>> binding);
}
