package org.flowpilot.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.ui.FlowpilotProjects;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;

/**
 * File &gt; New &gt; Project &gt; Flowpilot Project: a project with a new model (deployment and Windows version chosen
 * as in the New Flowpilot Model wizard), with the Contoso example, or empty; the model opens in the Design
 * perspective.
 */
public class NewProjectWizard extends Wizard implements INewWizard {

	/** What the new project holds. */
	enum Contents {
		NEW_MODEL, EXAMPLE, EMPTY
	}

	static final String CONTENTS_ID = "newProject.contents";

	private final Contents fixed;
	private IWorkbench workbench;
	private WizardNewProjectCreationPage name;
	private ContentsPage contents;

	public NewProjectWizard() {
		this(null);
	}

	/** A wizard whose project always holds {@code fixed} (the example wizard), or lets the user choose (null). */
	NewProjectWizard(Contents fixed) {
		this.fixed = fixed;
		setWindowTitle(fixed == Contents.EXAMPLE ? "New Flowpilot Example" : "New Flowpilot Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		name = new WizardNewProjectCreationPage("newProject");
		name.setTitle(fixed == Contents.EXAMPLE ? "Contoso example" : "Flowpilot project");
		name.setDescription(fixed == Contents.EXAMPLE
				? "A project with the Contoso example: a pre-provisioned Microsoft Entra join deployment."
				: "A project for the models of one organization or tenant.");
		if (fixed == Contents.EXAMPLE) {
			name.setInitialProjectName(uniqueName("Contoso example"));
		}
		addPage(name);
		if (fixed == null) {
			contents = new ContentsPage();
			addPage(contents);
		}
	}

	private String uniqueName(String base) {
		String candidate = base;
		for (int number = 2; ResourcesPlugin.getWorkspace().getRoot().getProject(candidate).exists(); number++) {
			candidate = base + " " + number;
		}
		return candidate;
	}

	@Override
	public boolean performFinish() {
		String project = name.getProjectName();
		Contents chosen = fixed != null ? fixed : contents.chosen();
		String fileName = chosen == Contents.NEW_MODEL
				? contents.starter.name().replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase() + ".autopilot"
				: null;
		byte[] model = chosen == Contents.NEW_MODEL ? ModelBytes.of(StarterModel.create(contents.starter.name(),
				contents.starter.deployment(), contents.starter.windows()), IPath.fromOSString("/" + project + "/"
						+ fileName)) : null;
		IFile[] created = new IFile[1];
		try {
			getContainer().run(true, false, monitor -> {
				try {
					created[0] = switch (chosen) {
						case EXAMPLE -> FlowpilotProjects.createExampleProject(project, monitor);
						case NEW_MODEL -> FlowpilotProjects.createProject(project, fileName, model, monitor);
						case EMPTY -> FlowpilotProjects.createProject(project, null, null, monitor);
					};
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			name.setErrorMessage("Cannot create " + project + ": " + WorkspaceFiles.messageOf(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		try {
			workbench.showPerspective(FlowpilotUi.DESIGN_PERSPECTIVE_ID, window);
			if (created[0] != null) {
				IDE.openEditor(window.getActivePage(), created[0], FlowpilotUi.MODEL_EDITOR_ID);
			}
		} catch (WorkbenchException e) {
			// The project exists; the perspective or editor is a convenience.
			name.setErrorMessage(e.getMessage());
		}
		return true;
	}

	/** A new model, the example, or nothing. */
	private static final class ContentsPage extends WizardPage {

		private StarterSettings starter;
		private Button newModel;
		private Button example;

		ContentsPage() {
			super("newProjectContents");
			setTitle("Contents");
			setDescription("Start with a new model, with the Contoso example, or with an empty project.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(1, false));
			newModel = radio(body, "A new model", Contents.NEW_MODEL);
			starter = new StarterSettings(body, "Contoso", this::validate);
			((GridData) starter.control().getLayoutData()).horizontalIndent = 20;
			example = radio(body, "The Contoso example (pre-provisioned Microsoft Entra join)", Contents.EXAMPLE);
			radio(body, "An empty project", Contents.EMPTY);
			newModel.setSelection(true);
			setControl(body);
			validate();
		}

		private Button radio(Composite body, String text, Contents choice) {
			Button button = new Button(body, SWT.RADIO);
			button.setText(text);
			button.setData(WidgetIds.ID_KEY, CONTENTS_ID + "." + choice.name());
			button.addListener(SWT.Selection, event -> validate());
			return button;
		}

		Contents chosen() {
			return newModel.getSelection() ? Contents.NEW_MODEL : example.getSelection() ? Contents.EXAMPLE
					: Contents.EMPTY;
		}

		private void validate() {
			if (starter == null || newModel == null) {
				return;
			}
			starter.setEnabled(newModel.getSelection());
			String problem = newModel.getSelection() ? starter.problem() : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
