package org.flowpilot.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorPageFactory;
import org.flowpilot.ui.editor.ModelElementPage;
import org.flowpilot.ui.internal.validation.PageHeader;

/** The Model page: every element of the model as a tree, edited through the context menu, drag and drop and Properties. */
public final class ModelTreePage extends FormPage implements ModelElementPage {

	/** Contributes the page to the model editor. */
	public static final class Factory implements ModelEditorPageFactory {
		@Override
		public IFormPage createPage(ModelEditorContext context) {
			return new ModelTreePage(context);
		}
	}

	private final ModelEditorContext context;
	private ModelTree tree;

	ModelTreePage(ModelEditorContext context) {
		super(context.editor(), FlowpilotUi.MODEL_TREE_PAGE_ID, "Model");
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		PageHeader.install(managedForm, context, "Model");
		form.getBody().setLayout(new FillLayout());
		tree = new ModelTree(form.getBody(), context, WidgetIds.MODEL_TREE);
		managedForm.getToolkit().adapt(tree.viewer().getControl(), false, false);
		getSite().registerContextMenu(FlowpilotUi.MODEL_TREE_PAGE_ID,
				tree.installContextMenu(FlowpilotUi.MODEL_TREE_PAGE_ID), tree.viewer());
		context.setSelectionProvider(this, tree.viewer());
	}

	@Override
	public boolean canShow(Object element) {
		return element instanceof EObject;
	}

	@Override
	public void show(List<?> elements) {
		if (tree != null) {
			tree.select(elements);
		}
	}

	@Override
	public void setFocus() {
		if (tree != null) {
			tree.viewer().getControl().setFocus();
		}
	}
}
