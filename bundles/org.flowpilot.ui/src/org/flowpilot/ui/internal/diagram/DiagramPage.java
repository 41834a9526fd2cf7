package org.flowpilot.ui.internal.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.ui.forms.AbstractFormPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.server.DiagramServer;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorListener;
import org.flowpilot.ui.editor.ModelElementPage;
import org.flowpilot.ui.internal.browser.BrowserScripts;
import org.flowpilot.ui.internal.validation.PageHeader;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * A diagram as a page of the model editor: the GLSP diagram page of the workbench's diagram server in an SWT
 * Browser, editing the editor's own model through its editing domain. The diagram's selection becomes the page's
 * selection (so the Properties view and the Outline follow it), and elements revealed in the Outline are selected in
 * the diagram. The layout sidecar is written by the editor's Save.
 */
abstract class DiagramPage extends FormPage implements ModelElementPage {

    /** The {@code id} widget data of a diagram page's browser, followed by the page id. */
    static final String BROWSER_ID_PREFIX = "diagramPage.browser.";

    protected final ModelEditorContext context;
    protected final EditorDiagrams diagrams;
    private final Selection selection = new Selection();
    private Browser browser;
    private DiagramServer server;
    private List<String> pendingSelection = List.of();
    /** Where the browser's page is, for a reveal; UI thread only. */
    private PageState pageState = PageState.LOADED;

    private enum PageState {
        /** A diagram page was asked for and has not completed loading: asking it anything would hold the UI thread. */
        LOADING,
        /** Loaded; its diagram client ({@code window.flowpilot}) has not answered yet. */
        LOADED,
        /** Its diagram client has answered: reveals are posted, not waited for. */
        CLIENT_READY
    }

    DiagramPage(ModelEditorContext context, String id, String title) {
        super(context.editor(), id, title);
        this.context = context;
        this.diagrams = EditorDiagrams.acquire(context);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        PageHeader.install(managedForm, context, getTitle());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().margins(0, 0).spacing(0, 4).applyTo(body);
        createControls(body, managedForm);
        try {
            browser = new Browser(body, SWT.NONE);
        } catch (SWTError e) {
            Label missing = managedForm.getToolkit().createLabel(body, "Diagrams need a web browser component"
                    + " (WebKitGTK, Debian package libwebkit2gtk-4.1-0): " + e.getMessage(), SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(missing);
            return;
        }
        browser.setData("id", BROWSER_ID_PREFIX + getId());
        // The model editor's pages share the editor's site: the editor passes on the selection of the page in front.
        context.setSelectionProvider(this, selection);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(browser);
        browser.setText("<html><body style=\"font-family: sans-serif; color: #5d6b7e; padding: 24px\">Opening the"
                + " diagram…</body></html>");
        new BrowserFunction(browser, "flowpilotSelectionChanged") {
            @Override
            public Object function(Object[] arguments) {
                diagramSelectionChanged(arguments.length > 0 ? String.valueOf(arguments[0]) : "[]");
                return null;
            }
        };
        new BrowserFunction(browser, "flowpilotSaveSvg") {
            @Override
            public Object function(Object[] arguments) {
                saveSvg(arguments.length > 0 ? String.valueOf(arguments[0]) : "");
                return null;
            }
        };
        browser.addLocationListener(new LocationAdapter() {
            @Override
            public void changing(LocationEvent event) {
                // The page shows the diagram server's pages only; a link elsewhere does not replace the diagram.
                event.doit = server == null || event.location.startsWith("http://127.0.0.1:" + server.port() + "/")
                        || event.location.startsWith("about:");
            }
        });
        browser.addProgressListener(new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                pageState = PageState.LOADED;
                applyPendingSelection();
            }
        });
        managedForm.addPart(new AbstractFormPart() {
            @Override
            public void commit(boolean onSave) {
                super.commit(onSave);
                if (onSave) {
                    saveLayout();
                }
            }
        });
        ModelEditorListener reloads = new ModelEditorListener() {
            @Override
            public void modelReloaded(AutopilotModel model) {
                diagrams.model();
                modelChanged();
                load();
            }
        };
        context.addListener(reloads);
        browser.addDisposeListener(event -> context.removeListener(reloads));
        Display display = body.getDisplay();
        WorkbenchDiagramServer.get().whenComplete((started, failure) -> display.asyncExec(() -> {
            if (browser.isDisposed()) {
                return;
            }
            if (failure != null) {
                browser.setText("<html><body style=\"font-family: sans-serif; padding: 24px\">The diagram server"
                        + " could not start: " + failure.getMessage() + "</body></html>");
                return;
            }
            server = started;
            diagrams.registerWith(started);
            load();
        }));
    }

    /** Adds controls above the diagram, such as a flow chooser. */
    protected void createControls(Composite body, IManagedForm managedForm) {
    }

    /** The address of this page's diagram on {@code started}, or null when there is nothing to show. */
    protected abstract String url(DiagramServer started, DiagramModel model);

    /** The model changed its identity (a reload): controls showing model elements refresh. */
    protected void modelChanged() {
    }

    /** Shows the diagram again, such as another flow. */
    protected final void load() {
        if (browser == null || browser.isDisposed() || server == null) {
            return;
        }
        String url = url(server, diagrams.model());
        if (url == null) {
            browser.setText("<html><body style=\"font-family: sans-serif; color: #5d6b7e; padding: 24px\">This model"
                    + " has nothing to show here yet.</body></html>");
            return;
        }
        pageState = PageState.LOADING;
        browser.setUrl(url + "&embedded=1");
    }

    /** The browser, for tests. */
    Browser browser() {
        return browser;
    }

    /** Selects the elements with {@code ids} in the diagram once it is ready. */
    protected final void selectInDiagram(List<String> ids) {
        pendingSelection = List.copyOf(ids);
        applyPendingSelection();
    }

    private void applyPendingSelection() {
        if (browser == null || browser.isDisposed() || pendingSelection.isEmpty()) {
            return;
        }
        String ids = new Gson().toJson(pendingSelection);
        // A reveal (the Debug view showing a step, the Outline) selects without taking the keyboard focus: the page
        // ignores focus requests of its own scripts, and the focus goes back should the browser take it meanwhile.
        Control focused = browser.getDisplay().getFocusControl();
        String select = "if (window.flowpilot) { flowpilot.ready.then(function () { flowpilot.select(" + ids
                + "); }); return true; } return false;";
        if (pageState == PageState.CLIENT_READY) {
            // The client is there: the reveal is posted, not waited for, as the Debug view reveals each step of a
            // run and a round trip to the browser would hold the UI thread each time.
            BrowserScripts.post(browser, "(function () {" + select + "})();");
            pendingSelection = List.of();
        } else if (pageState == PageState.LOADED && Boolean.TRUE.equals(browser.evaluate(select))) {
            // Until a page's client has answered once, as before: the selection waits while it is not there. While
            // the page loads nothing is asked (each question would hold the UI thread until the browser answers):
            // the selection goes in when the page has loaded.
            pageState = PageState.CLIENT_READY;
            pendingSelection = List.of();
        }
        if (focused != null && focused != browser && !focused.isDisposed() && browser.isFocusControl()) {
            focused.setFocus();
        }
    }

    private void diagramSelectionChanged(String idsJson) {
        String[] ids;
        try {
            ids = new Gson().fromJson(idsJson, String[].class);
        } catch (JsonParseException e) {
            return;
        }
        DiagramModel model = diagrams.model();
        List<EObject> elements = new ArrayList<>();
        for (String id : ids == null ? new String[0] : ids) {
            EObject element = model.elementShownAs(id);
            if (element != null && !elements.contains(element)) {
                elements.add(element);
            }
        }
        StructuredSelection chosen = new StructuredSelection(elements);
        selection.setSelection(chosen);
    }

    private void saveSvg(String svg) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.svg"});
        dialog.setFileName(getTitle().replaceAll("[^A-Za-z0-9 ._-]", "") + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            Files.writeString(Path.of(chosen), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot Export Diagram", "Cannot write " + chosen + ": "
                    + e.getMessage());
        }
    }

    private void saveLayout() {
        try {
            diagrams.saveLayout();
        } catch (IOException e) {
            ILog.of(DiagramPage.class).log(Status.error("The diagram layout could not be saved: " + e.getMessage(),
                    e));
        }
    }

    /** The ids of {@code elements} in the model, for the diagram. */
    protected final List<String> idsOf(List<?> elements) {
        DiagramModel model = diagrams.model();
        return elements.stream().filter(EObject.class::isInstance).map(e -> model.idOf((EObject) e))
                .filter(Objects::nonNull).collect(Collectors.toList());
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void dispose() {
        super.dispose();
        diagrams.release();
    }

    /**
     * The page's selection: the model elements selected in the diagram. A diagram selection is a settled choice
     * (not a keyboard sweep through a list), so it is also the post selection the Properties view follows.
     */
    private static final class Selection implements IPostSelectionProvider {

        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
        private ISelection current = StructuredSelection.EMPTY;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
            postListeners.add(listener);
        }

        @Override
        public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
            postListeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        @Override
        public void setSelection(ISelection selection) {
            // The diagram reports back each selection a reveal made; the same elements again change nothing.
            if (selection.equals(current)) {
                return;
            }
            current = selection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(event);
            }
            for (ISelectionChangedListener listener : postListeners) {
                listener.selectionChanged(event);
            }
        }
    }
}
