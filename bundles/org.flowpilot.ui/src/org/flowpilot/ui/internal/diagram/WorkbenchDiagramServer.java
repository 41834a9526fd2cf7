package org.flowpilot.ui.internal.diagram;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.server.DiagramServer;

/**
 * The workbench's one diagram server, on 127.0.0.1 behind its token: started in the background when the first
 * diagram page opens, stopped with the workbench. Every editor's diagram pages register their model with it.
 */
final class WorkbenchDiagramServer {

    private static CompletableFuture<DiagramServer> server;

    private WorkbenchDiagramServer() {
    }

    /** The server, started on first use; completes exceptionally when it cannot start. */
    static synchronized CompletableFuture<DiagramServer> get() {
        if (server == null) {
            server = CompletableFuture.supplyAsync(() -> {
                try {
                    return DiagramServer.start(0, CustomStepType::installed, WorkbenchDiagramServer::log);
                } catch (IOException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            IWorkbench workbench = PlatformUI.getWorkbench();
            workbench.addWorkbenchListener(new IWorkbenchListener() {
                @Override
                public boolean preShutdown(IWorkbench closing, boolean forced) {
                    return true;
                }

                @Override
                public void postShutdown(IWorkbench closed) {
                    stop();
                }
            });
        }
        return server;
    }

    private static synchronized void stop() {
        if (server != null && server.isDone() && !server.isCompletedExceptionally()) {
            server.join().close();
        }
        server = null;
    }

    // A refused request means something on this machine tried the diagram server without its token.
    private static void log(String refusal) {
        ILog.of(WorkbenchDiagramServer.class).log(Status.warning("Diagram server: " + refusal));
    }
}
