import {
    ConsoleLogger,
    FeatureModule,
    GEdge,
    GLabel,
    GNode,
    IDiagramOptions,
    LogLevel,
    ExportSvgAction,
    STANDALONE_MODULES,
    TYPES,
    bindAsService,
    bindOrRebind,
    configureActionHandler,
    configureElementNavigationTool,
    configureKeyboardControlTools,
    configureKeyboardToolPaletteTool,
    configureMoveZoom,
    configureResizeTools,
    configureSearchPaletteModule,
    configureShortcutHelpTool,
    configureToastTool,
    configureViewKeyTools,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    standaloneExportModule,
    toolPaletteModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { FlowpilotContextMenu } from './context-menu';
import { ModelUpdateTracker, SvgExportHandler } from './host';
import { ServerPlacedEdgeLabel, ServerRouteEdgeRouter } from './routing';
import { ArrowEdgeView, CardNodeView, EdgeLabelView, EspPhaseView, NameLabelView, TrackedItemView } from './views';

/** The element types of both diagrams, with the views that draw them. */
const flowpilotDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        for (const type of ['node:step', 'node:unknown', 'node:profile', 'node:esp', 'node:group', 'node:device', 'node:user']) {
            configureModelElement(context, type, GNode, CardNodeView);
        }
        configureModelElement(context, 'node:esp-phase', GNode, EspPhaseView);
        configureModelElement(context, 'node:tracked-item', GNode, TrackedItemView);
        configureModelElement(context, 'label:name', GLabel, NameLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:edge', ServerPlacedEdgeLabel, EdgeLabelView);
        for (const type of ['edge:transition', 'edge:assignment', 'edge:member', 'edge:assigned-user']) {
            configureModelElement(context, type, GEdge, ArrowEdgeView);
        }
        bind(ServerRouteEdgeRouter).toSelf().inSingletonScope();
        bind(TYPES.IEdgeRouter).toService(ServerRouteEdgeRouter);
        bind(FlowpilotContextMenu).toSelf().inSingletonScope();
        bind(TYPES.IContextMenuService).toService(FlowpilotContextMenu);
        // bindAsService binds the tracker itself, as a singleton the action handler registrations then reuse.
        bindAsService(context, TYPES.IDiagramStartup, ModelUpdateTracker);
        configureActionHandler(context, 'setModel', ModelUpdateTracker);
        configureActionHandler(context, 'updateModel', ModelUpdateTracker);
        bind(SvgExportHandler).toSelf().inSingletonScope();
        configureActionHandler(context, ExportSvgAction.KIND, SvgExportHandler);
    },
    { featureId: Symbol('flowpilotDiagram') }
);

/**
 * Keyboard access: move between elements, move, resize and zoom them with keys, search, the palette by keys, the
 * shortcut help. GLSP's accessibility module minus its focus tracker, whose toast on every focus change is a
 * developer aid, not something an admin wants to read.
 */
const keyboardModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureResizeTools(context);
        configureViewKeyTools(context);
        configureMoveZoom(context);
        configureSearchPaletteModule(context);
        configureShortcutHelpTool(context);
        configureKeyboardToolPaletteTool(context);
        configureKeyboardControlTools(context);
        configureElementNavigationTool(context);
        configureToastTool(context);
    },
    { featureId: Symbol('flowpilotKeyboard') }
);

/** A diagram container with GLSP's standalone modules, keyboard access and Flowpilot's element views. */
export function createFlowpilotContainer(options: IDiagramOptions): Container {
    return initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(options),
        flowpilotDiagramModule,
        // GLSP's standalone modules, except its SVG download: Flowpilot's handler also serves the workbench.
        {
            add: [keyboardModule, ...STANDALONE_MODULES.filter(module => module !== standaloneExportModule)],
            // The keyboard-accessible palette of the accessibility module replaces the plain one.
            remove: toolPaletteModule
        }
    );
}
