package org.flowpilot.ui.tests;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.User;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorPageFactory;

/**
 * A model editor page contributed through the extension point from another bundle, as the diagram pages will be: it
 * lists the users (its selection) and renames the model through the shared editing domain.
 */
public class ProbePage extends FormPage {

	static final String ID = "org.flowpilot.ui.tests.probePage";
	static final String RENAME_BUTTON_ID = "probe.rename";
	static final String USERS_ID = "probe.users";
	static final String NEW_NAME = "Renamed by the probe page";

	/** Adds the page only while a test asks for it, so other tests see the editor as users do. */
	public static class Factory implements ModelEditorPageFactory {

		static volatile boolean enabled;

		@Override
		public IFormPage createPage(ModelEditorContext context) {
			return enabled ? new ProbePage(context) : null;
		}
	}

	final ModelEditorContext context;

	ProbePage(ModelEditorContext context) {
		super(context.editor(), ID, "Probe");
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		managedForm.getForm().setText("Probe");
		managedForm.getForm().getBody().setLayout(new GridLayout(1, false));
		ListViewer users = new ListViewer(managedForm.getForm().getBody(), SWT.BORDER | SWT.SINGLE);
		users.getList().setData("id", USERS_ID);
		users.setContentProvider(ArrayContentProvider.getInstance());
		users.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((User) element).getDisplayName();
			}
		});
		users.setInput(context.model().getUsers());
		context.setSelectionProvider(this, users);

		Button rename = managedForm.getToolkit().createButton(managedForm.getForm().getBody(), "Rename the model",
				SWT.PUSH);
		rename.setData("id", RENAME_BUTTON_ID);
		rename.addListener(SWT.Selection, event -> {
			Command command = SetCommand.create(context.editingDomain(), context.model(),
					FlowpilotPackage.Literals.NAMED_ELEMENT__NAME, NEW_NAME);
			context.editingDomain().getCommandStack().execute(command);
		});
	}
}
