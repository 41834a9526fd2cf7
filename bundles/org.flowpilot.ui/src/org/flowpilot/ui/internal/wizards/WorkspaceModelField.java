package org.flowpilot.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.flowpilot.ui.WidgetIds;

/**
 * A model file of the workspace, chosen with Browse from the projects and folders or typed as a workspace path such
 * as {@code /Contoso/tenant.autopilot}; a file that does not exist yet may be named when {@code mayBeNew}.
 */
final class WorkspaceModelField {

	static final String EXTENSION = "autopilot";

	private final Text text;
	private final boolean mayBeNew;
	private final List<Runnable> listeners = new ArrayList<>();

	WorkspaceModelField(Composite parent, String label, String id, boolean mayBeNew) {
		this.mayBeNew = mayBeNew;
		new Label(parent, SWT.NONE).setText(label);
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(WidgetIds.ID_KEY, id);
		text.setMessage(mayBeNew ? "/project/folder/model.autopilot, new or existing" : "/project/model.autopilot");
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText("Browse...");
		browse.setData(WidgetIds.ID_KEY, id + ".browse");
		browse.addListener(SWT.Selection, event -> browse());
		text.addListener(SWT.Modify, event -> listeners.forEach(Runnable::run));
	}

	void onChange(Runnable listener) {
		listeners.add(listener);
	}

	void setFile(IFile file) {
		text.setText(file == null ? "" : file.getFullPath().toString());
	}

	/** The file named, or null when the text is not a workspace path of an .autopilot file. */
	IFile file() {
		String value = text.getText().strip();
		if (value.isEmpty()) {
			return null;
		}
		IPath path = new Path(value).makeAbsolute();
		if (path.segmentCount() < 2 || !EXTENSION.equals(path.getFileExtension())) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(path);
	}

	/** What is wrong with the text, or null when it names a usable model. */
	String problem() {
		String value = text.getText().strip();
		if (value.isEmpty()) {
			return "Choose the model: a workspace path such as /project/model.autopilot.";
		}
		IFile file = file();
		if (file == null) {
			return value + " is not a workspace path of an .autopilot file.";
		}
		if (!file.getParent().exists()) {
			return "The folder " + file.getParent().getFullPath() + " does not exist in the workspace.";
		}
		if (!mayBeNew && !file.exists()) {
			return file.getFullPath() + ": no such model in the workspace.";
		}
		return null;
	}

	private void browse() {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(text.getShell(),
				new WorkbenchLabelProvider(), new WorkbenchContentProvider());
		dialog.setTitle("Choose a Model");
		dialog.setMessage(mayBeNew ? "Choose a model, or a folder to create one in:" : "Choose a model:");
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		dialog.setInput(root);
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return element instanceof IContainer container && container.isAccessible()
						|| element instanceof IFile file && EXTENSION.equals(file.getFileExtension());
			}
		});
		dialog.setAllowMultiple(false);
		dialog.setValidator(selection -> selection.length == 1 && (selection[0] instanceof IFile
				|| mayBeNew && selection[0] instanceof IContainer && !(selection[0] instanceof IWorkspaceRoot))
						? Status.OK_STATUS
						: Status.error(mayBeNew ? "Choose a model or a folder." : "Choose a model."));
		IFile current = file();
		if (current != null && current.exists()) {
			dialog.setInitialSelection(current);
		}
		if (dialog.open() != ElementTreeSelectionDialog.OK) {
			return;
		}
		Object chosen = dialog.getFirstResult();
		if (chosen instanceof IFile file) {
			setFile(file);
		} else if (chosen instanceof IContainer container) {
			setFile(container.getFile(new Path("imported.autopilot")));
		}
	}
}
