package org.flowpilot.ui.internal.diagram;

import java.util.List;

import org.eclipse.ui.forms.editor.IFormPage;
import org.flowpilot.diagram.DiagramKind;
import org.flowpilot.diagram.DiagramModel;
import org.flowpilot.diagram.server.DiagramServer;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.Device;
import org.flowpilot.model.Group;
import org.flowpilot.model.User;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorPageFactory;

/** The Assignments page: profiles, ESP configurations, groups, devices and users, and who is assigned what. */
public final class AssignmentDiagramPage extends DiagramPage {

    /** The page id. */
    public static final String ID = "org.flowpilot.ui.pages.assignmentDiagram";

    /** Contributes the page to every model editor. */
    public static final class Factory implements ModelEditorPageFactory {
        @Override
        public IFormPage createPage(ModelEditorContext context) {
            return new AssignmentDiagramPage(context);
        }
    }

    AssignmentDiagramPage(ModelEditorContext context) {
        super(context, ID, "Assignments");
    }

    @Override
    protected String url(DiagramServer server, DiagramModel model) {
        return server.pageUrl(model, DiagramKind.ASSIGNMENT, null);
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof AssignableConfiguration || element instanceof Assignment
                || element instanceof Group || element instanceof Device || element instanceof User;
    }

    @Override
    public void show(List<?> elements) {
        selectInDiagram(idsOf(elements));
    }
}
