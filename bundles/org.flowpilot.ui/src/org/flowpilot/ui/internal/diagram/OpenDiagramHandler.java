package org.flowpilot.ui.internal.diagram;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Flow;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * Open Diagram, from the model tree or the Outline: a flow opens its flow diagram; the model, a profile, an ESP
 * configuration, a group, a device or a user opens the Assignments diagram with it selected.
 */
public final class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (editor == null || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return null;
        }
        ModelEditorContext context = editor.getAdapter(ModelEditorContext.class);
        if (context == null) {
            return null;
        }
        FormEditor formEditor = context.editor();
        Object element = structured.getFirstElement();
        if (element instanceof Flow flow) {
            IFormPage page = formEditor.setActivePage(FlowDiagramPage.ID);
            if (page instanceof FlowDiagramPage flowPage) {
                flowPage.showFlow(flow);
            }
        } else {
            IFormPage page = formEditor.setActivePage(AssignmentDiagramPage.ID);
            if (page instanceof AssignmentDiagramPage assignments && !(element instanceof AutopilotModel)
                    && assignments.canShow(element)) {
                assignments.show(List.of(element));
            }
        }
        return null;
    }
}
