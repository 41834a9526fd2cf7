import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    CenterAction,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPWebSocketProvider,
    LayoutOperation,
    RedoAction,
    RequestExportSvgAction,
    SelectAction,
    SelectionService,
    SetViewportAction,
    UndoAction
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import '@vscode/codicons/dist/codicon.css';
import '../css/flowpilot.css';
import { createFlowpilotContainer } from './container';
import { ModelUpdateTracker, workbenchHost } from './host';
import { installIconStyles } from './icons';
import { installSimulationPanel } from './simulation';

// The diagram page: a header with the model's diagrams as tabs and the view actions, and one GLSP diagram below.
// Inside the workbench (embedded=1) the editor's page tabs take the place of the header tabs. A flow diagram of a
// model the server simulates has the simulation panel beside it.

interface DiagramEntry {
    kind: 'flow' | 'assignment';
    diagramType: string;
    flowId?: string;
    label: string;
}

interface ModelEntry {
    key: string;
    name: string;
    diagrams: DiagramEntry[];
    /** Whether the server runs simulations of this model (`flowpilot serve`; the workbench has its own). */
    simulation?: boolean;
}

const params = new URLSearchParams(window.location.search);
const embedded = params.get('embedded') === '1';

// In the workbench the page must not take the keyboard focus on its own: GLSP and sprotty focus the graph after
// selecting, centring or redrawing, which pulls the focus out of the view the person works in (the Debug view while
// a step is revealed). A script's focus() acts only while the page has the focus already, as after a click in it.
if (embedded) {
    for (const prototype of [HTMLElement.prototype, SVGElement.prototype]) {
        const focus = prototype.focus;
        prototype.focus = function (this: HTMLElement | SVGElement, options?: FocusOptions): void {
            if (document.hasFocus()) {
                focus.call(this, options);
            }
        };
    }
}
let container: Container | undefined;
let resolveReady: () => void;
const ready = new Promise<void>(resolve => (resolveReady = resolve));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    created.className = className;
    if (text !== undefined) {
        created.textContent = text;
    }
    return created;
}

function dispatch(...actions: Action[]): void {
    container?.get(GLSPActionDispatcher).dispatchAll(actions);
}

function selectedIds(): string[] {
    return container ? container.get(SelectionService).getSelectedElementIDs() : [];
}

function diagramHref(model: ModelEntry, diagram: DiagramEntry): string {
    const query = new URLSearchParams({ model: model.key, diagram: diagram.kind });
    if (diagram.flowId) {
        query.set('flow', diagram.flowId);
    }
    if (embedded) {
        query.set('embedded', '1');
    }
    return `?${query.toString()}`;
}

function button(label: string, title: string, id: string, onClick: () => void): HTMLButtonElement {
    const created = element('button', 'fp-tool', label);
    created.type = 'button';
    created.title = title;
    created.id = id;
    created.addEventListener('click', onClick);
    return created;
}

function renderHeader(model: ModelEntry, current: DiagramEntry): void {
    const header = document.getElementById('fp-header') as HTMLElement;
    header.replaceChildren();
    if (!embedded) {
        const brand = element('div', 'fp-brand');
        brand.append(element('span', 'fp-logo'), element('span', 'fp-app', 'Flowpilot'), element('span', 'fp-model', model.name));
        header.appendChild(brand);
        const tabs = element('nav', 'fp-tabs');
        tabs.setAttribute('aria-label', 'Diagrams');
        for (const diagram of model.diagrams) {
            const tab = element('a', 'fp-tab', diagram.label);
            tab.href = diagramHref(model, diagram);
            tab.dataset.kind = diagram.kind;
            if (diagram === current) {
                tab.classList.add('active');
                tab.setAttribute('aria-current', 'page');
            }
            tabs.appendChild(tab);
        }
        header.appendChild(tabs);
    } else {
        header.appendChild(element('div', 'fp-title', current.label));
    }
    const tools = element('div', 'fp-tools');
    tools.append(
        button('Undo', 'Undo (Ctrl+Z)', 'fp-undo', () => dispatch(UndoAction.create())),
        button('Redo', 'Redo (Ctrl+Shift+Z)', 'fp-redo', () => dispatch(RedoAction.create())),
        button('Layout', 'Lay the diagram out again (ELK)', 'fp-layout', () => dispatch(LayoutOperation.create([]))),
        button('Fit', 'Fit the diagram to the window', 'fp-fit', () => fitDiagram()),
        button('−', 'Zoom out (-)', 'fp-zoom-out', () => zoom(1 / 1.25)),
        button('+', 'Zoom in (+)', 'fp-zoom-in', () => zoom(1.25)),
        button('Export SVG', 'Export the diagram as SVG (Ctrl+Shift+E)', 'fp-export', () => dispatch(RequestExportSvgAction.create()))
    );
    header.appendChild(tools);
}

function zoom(factor: number): void {
    if (!container) {
        return;
    }
    const root = container.get(SelectionService).getModelRoot() as unknown as {
        id: string;
        zoom: number;
        scroll: { x: number; y: number };
        canvasBounds: { width: number; height: number };
    };
    const zoomLevel = Math.min(8, Math.max(0.1, root.zoom * factor));
    // Zoom about the middle of the window: the model point there stays there.
    const middleX = root.scroll.x + root.canvasBounds.width / 2 / root.zoom;
    const middleY = root.scroll.y + root.canvasBounds.height / 2 / root.zoom;
    const scroll = { x: middleX - root.canvasBounds.width / 2 / zoomLevel, y: middleY - root.canvasBounds.height / 2 / zoomLevel };
    dispatch(SetViewportAction.create(root.id, { scroll, zoom: zoomLevel }, { animate: false }));
}

/**
 * Fits every node into the window with some padding, never zooming in beyond `maxZoom`; leaves the view as it is
 * when that would take a zoom below `minZoom`.
 */
function fitDiagram(maxZoom = 8, minZoom = 0): void {
    if (!container) {
        return;
    }
    const root = container.get(SelectionService).getModelRoot() as unknown as {
        id: string;
        children: Array<{ position?: { x: number; y: number }; size?: { width: number; height: number } }>;
        canvasBounds: { width: number; height: number };
    };
    const boxes = root.children.filter(child => child.position && child.size && child.size.width > 0);
    if (boxes.length === 0 || root.canvasBounds.width <= 0) {
        return;
    }
    const left = Math.min(...boxes.map(b => b.position!.x));
    const top = Math.min(...boxes.map(b => b.position!.y));
    const right = Math.max(...boxes.map(b => b.position!.x + b.size!.width));
    const bottom = Math.max(...boxes.map(b => b.position!.y + b.size!.height));
    const padding = 30;
    const zoom = Math.min(
        maxZoom,
        (root.canvasBounds.width - 2 * padding) / Math.max(1, right - left),
        (root.canvasBounds.height - 2 * padding) / Math.max(1, bottom - top)
    );
    if (zoom < minZoom) {
        return;
    }
    const scroll = { x: left - padding / zoom, y: top - padding / zoom };
    dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
}

function showProblem(message: string): void {
    const problem = document.getElementById('fp-problem') as HTMLElement;
    problem.textContent = message;
    problem.hidden = false;
}

async function start(): Promise<void> {
    installIconStyles();
    document.body.classList.toggle('embedded', embedded);
    const response = await fetch('/api/models', { credentials: 'same-origin' });
    if (!response.ok) {
        showProblem(`The server refused the page (${response.status}). Open the address flowpilot serve printed.`);
        return;
    }
    const models = ((await response.json()) as { models: ModelEntry[] }).models;
    const model = models.find(m => m.key === params.get('model')) ?? models[0];
    if (!model) {
        showProblem('No model is open on this server.');
        return;
    }
    const wanted = params.get('diagram');
    const current =
        model.diagrams.find(d => d.kind === wanted && (d.kind === 'assignment' || d.flowId === params.get('flow'))) ??
        model.diagrams.find(d => d.kind === 'flow') ??
        model.diagrams[0];
    document.title = `${current.label} · ${model.name} · Flowpilot`;
    document.body.dataset.diagramKind = current.kind;
    renderHeader(model, current);
    if (!embedded && model.simulation && current.kind === 'flow' && current.flowId) {
        const flows = model.diagrams
            .filter(d => d.kind === 'flow' && d.flowId)
            .map(d => ({ flowId: d.flowId as string, label: d.label, href: diagramHref(model, d) }));
        await installSimulationPanel(
            model.key,
            current.flowId,
            flows,
            id => dispatch(CenterAction.create([id], { animate: true, retainZoom: true })),
            showProblem
        );
    }

    const provider = new GLSPWebSocketProvider(`ws://${window.location.host}/glsp`);
    provider.listen({
        onConnection: async connection => {
            const client = new BaseJsonrpcGLSPClient({ id: 'flowpilot', connectionProvider: connection });
            container = createFlowpilotContainer({
                clientId: 'fp-diagram',
                diagramType: current.diagramType,
                glspClientProvider: async () => client,
                sourceUri: model.key
            });
            const options: Record<string, string> = current.flowId ? { flowId: current.flowId } : {};
            await container.get(DiagramLoader).load({ requestModelOptions: options });
            // The whole diagram in view when it can be read that way; a large one starts at its top left.
            fitDiagram(1, 0.6);
            followSelection();
            resolveReady();
        },
        onReconnect: () => showProblem('The connection to the diagram server was lost and made again; reload the page.'),
        logger: console
    });
}

function followSelection(): void {
    if (!container) {
        return;
    }
    container.get(SelectionService).onSelectionChanged(change => {
        const ids = [...change.selectedElements];
        document.body.dataset.selection = ids.join(' ');
        // Looked up at each change: the workbench installs its functions into the page as it loads.
        workbenchHost()?.flowpilotSelectionChanged?.(JSON.stringify(ids));
    });
}

/** What the workbench and tests use: wait for the diagram, select, read the selection, export. */
const api = {
    ready,
    revision: (): number => ModelUpdateTracker.revision,
    /** When the last model from the server was drawn, in `performance.now()` time. */
    lastUpdate: (): number => ModelUpdateTracker.lastUpdate,
    select(ids: string[]): void {
        dispatch(SelectAction.setSelection(ids));
        if (ids.length > 0) {
            dispatch(CenterAction.create(ids, { animate: false, retainZoom: true }));
        }
    },
    selection: selectedIds,
    /** The id of the element whose name is `name`, if one is on the diagram. */
    idOfName(name: string): string | undefined {
        if (!container) {
            return undefined;
        }
        const root = container.get(SelectionService).getModelRoot();
        const label = Array.from(root.index.all()).find(
            element => element.type === 'label:name' && (element as unknown as { text: string }).text === name
        );
        return label ? (label as unknown as { parent: { id: string } }).parent.id : undefined;
    },
    /** Fits the whole diagram into the window. */
    fit(): void {
        fitDiagram();
    },
    /** Scrolls `id` to the middle of the window, at the zoom there is. */
    reveal(id: string): void {
        dispatch(CenterAction.create([id], { animate: false, retainZoom: true }));
    },
    /** The ids of the diagram's elements of `type`, drawn or not (elements outside the window are not drawn). */
    elements(type: string): string[] {
        if (!container) {
            return [];
        }
        const root = container.get(SelectionService).getModelRoot();
        return Array.from(root.index.all())
            .filter(element => element.type === type)
            .map(element => element.id);
    },
    /**
     * The ids of the elements marked with the highlight `id` (`current-step`, `path-taken`, `breakpoint`...), drawn or
     * not.
     */
    highlighted(id: string): string[] {
        if (!container) {
            return [];
        }
        const root = container.get(SelectionService).getModelRoot();
        return Array.from(root.index.all())
            .filter(element => (element as unknown as { cssClasses?: string[] }).cssClasses?.includes(`highlight-${id}`))
            .map(element => element.id);
    },
    exportSvg(): void {
        dispatch(RequestExportSvgAction.create());
    },
    dispatch
};
(window as unknown as { flowpilot: typeof api }).flowpilot = api;

start().catch(error => showProblem(`The diagram could not be shown: ${error instanceof Error ? error.message : String(error)}`));
