package org.flowpilot.ui.internal.diagram;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.server.DiagramServer;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;
import org.flowpilot.model.Transition;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorPageFactory;

/** The Flow diagram page: one flow of the model at a time, chosen above the diagram. */
public final class FlowDiagramPage extends DiagramPage {

    /** The page id. */
    public static final String ID = "org.flowpilot.ui.pages.flowDiagram";
    /** The {@code id} widget data of the flow chooser. */
    public static final String FLOW_CHOOSER_ID = "diagramPage.flowChooser";

    /** Contributes the page to model editors of models with flows. */
    public static final class Factory implements ModelEditorPageFactory {
        @Override
        public IFormPage createPage(ModelEditorContext context) {
            return new FlowDiagramPage(context);
        }
    }

    private Combo chooser;
    private Flow flow;

    FlowDiagramPage(ModelEditorContext context) {
        super(context, ID, "Flow diagram");
    }

    @Override
    protected void createControls(Composite body, IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite bar = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        toolkit.createLabel(bar, "Flow:");
        chooser = new Combo(bar, SWT.READ_ONLY);
        chooser.setData("id", FLOW_CHOOSER_ID);
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(chooser);
        chooser.addListener(SWT.Selection, event -> {
            List<Flow> flows = context.model().getFlows();
            int index = chooser.getSelectionIndex();
            if (index >= 0 && index < flows.size() && flows.get(index) != flow) {
                flow = flows.get(index);
                load();
            }
        });
        // Flows added, renamed or deleted anywhere in the editor show in the chooser.
        CommandStackListener flowsChanged = event -> chooser.getDisplay().asyncExec(this::refreshChooser);
        context.editingDomain().getCommandStack().addCommandStackListener(flowsChanged);
        chooser.addDisposeListener(event -> context.editingDomain().getCommandStack()
                .removeCommandStackListener(flowsChanged));
        refreshChooser();
    }

    private void refreshChooser() {
        if (chooser == null || chooser.isDisposed()) {
            return;
        }
        List<Flow> flows = context.model().getFlows();
        if (flow == null || !flows.contains(flow)) {
            boolean changed = flow != null;
            flow = flows.isEmpty() ? null : flows.get(0);
            if (changed) {
                load();
            }
        }
        String[] names = flows.stream().map(f -> f.getName() == null ? "(unnamed flow)" : f.getName())
                .toArray(String[]::new);
        if (!Arrays.equals(names, chooser.getItems())) {
            chooser.setItems(names);
        }
        chooser.select(flows.indexOf(flow));
    }

    @Override
    protected void modelChanged() {
        flow = null;
        refreshChooser();
    }

    @Override
    protected String url(DiagramServer server, DiagramModel model) {
        return flow == null ? null : server.pageUrl(model, DiagramKind.FLOW, model.idOf(flow));
    }

    /** Shows {@code shown}. */
    void showFlow(Flow shown) {
        if (shown != flow && context.model().getFlows().contains(shown)) {
            flow = shown;
            refreshChooser();
            load();
        }
    }

    /** The flow shown. */
    Flow flow() {
        return flow;
    }

    @Override
    public boolean canShow(Object element) {
        return flowOf(element) != null;
    }

    @Override
    public void show(List<?> elements) {
        Flow target = flowOf(elements.get(0));
        if (target != null && target != flow) {
            showFlow(target);
        }
        selectInDiagram(idsOf(elements.stream().filter(e -> !(e instanceof Flow)).toList()));
    }

    private static Flow flowOf(Object element) {
        if (element instanceof Flow flow) {
            return flow;
        }
        if ((element instanceof Step || element instanceof Transition)
                && ((EObject) element).eContainer() instanceof Flow flow) {
            return flow;
        }
        return null;
    }
}
