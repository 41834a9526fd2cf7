package org.flowpilot.ui.internal.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.diagram.server.DiagramServer;
import org.flowpilot.diagram.ModelAccess;
import org.flowpilot.diagram.layout.DiagramLayout;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.simulation.DiagramHighlights;

/**
 * The diagrams of one model editor: its model as the diagram server sees it (on the editor's editing domain, read
 * and changed on the UI thread like the tree), and the layout sidecar beside the model file, which the editor's
 * Save writes too. Shared by the editor's diagram pages.
 */
final class EditorDiagrams {

    private static final Map<ModelEditorContext, EditorDiagrams> BY_EDITOR = new WeakHashMap<>();

    private final ModelEditorContext context;
    private final Display display;
    private final DiagramHighlights highlights = PlatformUI.getWorkbench().getService(DiagramHighlights.class);
    private final DiagramHighlights.Listener highlightsListener = this::highlightsChanged;
    private volatile DiagramModel model;
    /** The newest highlights not yet handed to the diagram server, or null. */
    private final AtomicReference<Map<String, Set<Highlight>>> pendingHighlights = new AtomicReference<>();
    private final ExecutorService highlighter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "Flowpilot diagram highlights");
        thread.setDaemon(true);
        return thread;
    });
    private DiagramServer server;
    private int pages;

    private EditorDiagrams(ModelEditorContext context, Display display) {
        this.context = context;
        this.display = display;
        highlights.addListener(highlightsListener);
    }

    /** The diagrams of the editor behind {@code context}, for one more page; {@link #release} when it closes. */
    static synchronized EditorDiagrams acquire(ModelEditorContext context) {
        EditorDiagrams diagrams = BY_EDITOR.computeIfAbsent(context, c -> new EditorDiagrams(c, c.editor().getSite()
                .getShell().getDisplay()));
        diagrams.pages++;
        return diagrams;
    }

    /** The model as the diagram server sees it, made for the editor's current model on first use or after a reload. */
    DiagramModel model() {
        AutopilotModel current = context.model();
        if (model == null || model.model() != current) {
            DiagramModel previous = model;
            Resource resource = current.eResource();
            DiagramLayout layout = readLayout(resource);
            model = new DiagramModel(UUID.randomUUID().toString(), context.editingDomain(), resource, layout,
                    new UiThreadAccess(display), diagramModel -> display.asyncExec(() -> context.editor().doSave(null)));
            if (context.file() != null) {
                model.setHighlights(highlights.of(context.file()));
            }
            if (server != null) {
                if (previous != null) {
                    server.unregister(previous);
                }
                server.register(model);
            }
        }
        return model;
    }

    // A run animation or a breakpoint marks the file's elements; the diagrams redraw with the marks. The marks go to
    // the diagram server on a thread of their own, the newest only: handing them over queues a redraw on each open
    // diagram's dispatcher, whose locks the UI thread (where a run's steps are told) would otherwise wait for.
    private void highlightsChanged(IFile file) {
        if (model == null || !file.equals(context.file())) {
            return;
        }
        if (pendingHighlights.getAndSet(highlights.of(file)) == null) {
            highlighter.execute(() -> {
                Map<String, Set<Highlight>> latest = pendingHighlights.getAndSet(null);
                DiagramModel current = model;
                if (latest != null && current != null) {
                    current.setHighlights(latest);
                }
            });
        }
    }

    /** Registers the model with {@code started}, once. */
    void registerWith(DiagramServer started) {
        if (server == null) {
            DiagramModel current = model();
            server = started;
            server.register(current);
        }
    }

    /** The layout sidecar of the model file; null when the model is not in a local file. */
    Path sidecar() {
        IFile file = context.file();
        if (file != null && file.getLocation() != null) {
            return DiagramLayout.sidecarOf(file.getLocation().toPath());
        }
        URI uri = context.model().eResource().getURI();
        return uri.isFile() ? DiagramLayout.sidecarOf(Path.of(uri.toFileString())) : null;
    }

    private DiagramLayout readLayout(Resource resource) {
        Path sidecar = sidecar();
        try {
            return sidecar == null ? new DiagramLayout() : DiagramLayout.read(sidecar);
        } catch (IOException e) {
            // A damaged sidecar costs the layout, never the model: the diagrams open laid out by ELK.
            ILog.of(EditorDiagrams.class).log(Status.warning(e.getMessage(), e));
            return new DiagramLayout();
        }
    }

    /** Writes the layout beside the model, as part of the editor's Save; removes it when nothing was placed. */
    void saveLayout() throws IOException {
        Path sidecar = sidecar();
        if (model == null || sidecar == null) {
            return;
        }
        if (model.layout().isEmpty()) {
            Files.deleteIfExists(sidecar);
        } else {
            model.layout().write(sidecar);
        }
        if (context.file() != null) {
            try {
                context.file().getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                ILog.of(EditorDiagrams.class).log(e.getStatus());
            }
        }
    }

    /** A page closed; the last one stops showing this editor's diagrams. */
    void release() {
        synchronized (EditorDiagrams.class) {
            if (--pages > 0) {
                return;
            }
            BY_EDITOR.remove(context);
        }
        highlights.removeListener(highlightsListener);
        highlighter.shutdown();
        if (server != null && model != null) {
            server.unregister(model);
        }
    }

    /** Model access on the UI thread, where the editor's tree and Properties view read and change the model. */
    private static final class UiThreadAccess implements ModelAccess {

        private final Display display;

        UiThreadAccess(Display display) {
            this.display = display;
        }

        @Override
        public <T> T call(Supplier<T> work) {
            if (Display.getCurrent() == display) {
                return work.get();
            }
            Object[] result = new Object[1];
            RuntimeException[] failure = new RuntimeException[1];
            try {
                display.syncExec(() -> {
                    try {
                        result[0] = work.get();
                    } catch (RuntimeException e) {
                        failure[0] = e;
                    }
                });
            } catch (SWTException e) {
                throw new IllegalStateException("The workbench is closing", e);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            @SuppressWarnings("unchecked")
            T typed = (T) result[0];
            return typed;
        }
    }
}
