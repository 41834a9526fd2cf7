import { Action, ExportSvgAction, IActionHandler, IDiagramStartup, MaybePromise } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Counts the models the server sent and notes when the last arrived: the page's `data-revision` and the
 * `flowpilot.revision` tests and the workbench wait for after an edit.
 */
@injectable()
export class ModelUpdateTracker implements IActionHandler, IDiagramStartup {
    static revision = 0;
    static lastUpdate = 0;
    static listeners: Array<() => void> = [];

    handle(action: Action): void {
        if (action.kind === 'setModel' || action.kind === 'updateModel') {
            // After the view has rendered the model: the next animation frame.
            requestAnimationFrame(() => {
                ModelUpdateTracker.revision++;
                ModelUpdateTracker.lastUpdate = performance.now();
                document.body.dataset.revision = String(ModelUpdateTracker.revision);
                ModelUpdateTracker.listeners.forEach(listener => listener());
            });
        }
    }

    postModelInitialization(): MaybePromise<void> {
        document.body.dataset.diagramReady = 'true';
    }
}

/** What the workbench gives the page through SWT BrowserFunctions, when the page runs inside the workbench. */
export interface WorkbenchHost {
    flowpilotSelectionChanged?: (idsJson: string) => void;
    flowpilotSaveSvg?: (svg: string) => void;
}

export function workbenchHost(): WorkbenchHost | undefined {
    const host = window as unknown as WorkbenchHost;
    return typeof host.flowpilotSelectionChanged === 'function' ? host : undefined;
}

/** The exported SVG goes to the workbench's Save dialog when there is one, else to a download in the browser. */
@injectable()
export class SvgExportHandler implements IActionHandler {
    handle(action: Action): void {
        if (!ExportSvgAction.is(action)) {
            return;
        }
        const host = window as unknown as WorkbenchHost;
        if (typeof host.flowpilotSaveSvg === 'function') {
            host.flowpilotSaveSvg(action.svg);
            return;
        }
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([action.svg], { type: 'image/svg+xml' }));
        link.download = `${document.title.split(' · ')[0] || 'diagram'}.svg`;
        document.body.dataset.exported = String(action.svg.length);
        document.body.appendChild(link);
        link.click();
        link.remove();
    }
}
