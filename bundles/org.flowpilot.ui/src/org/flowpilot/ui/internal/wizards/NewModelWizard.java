package org.flowpilot.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.ui.FlowpilotUi;

/**
 * File &gt; New &gt; Flowpilot Model: the folder and file name, then the organization, the deployment and the Windows
 * version; the wizard writes a valid model with the deployment's standard flows, a profile, an Enrollment Status Page
 * and a scenario, and opens it.
 */
public class NewModelWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private FilePage file;
	private SettingsPage settings;

	public NewModelWizard() {
		setWindowTitle("New Flowpilot Model");
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
		workbench = newWorkbench;
		selection = newSelection;
	}

	@Override
	public void addPages() {
		file = new FilePage(selection);
		settings = new SettingsPage();
		addPage(file);
		addPage(settings);
	}

	@Override
	public boolean performFinish() {
		file.content = ModelBytes.of(StarterModel.create(settings.starter.name(), settings.starter.deployment(),
				settings.starter.windows()), file.getContainerFullPath().append(file.getFileName()));
		IFile created = file.createNewFile();
		if (created == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, FlowpilotUi.MODEL_EDITOR_ID);
		} catch (PartInitException e) {
			file.setErrorMessage("The model is created but cannot be opened: " + e.getMessage());
		}
		return true;
	}

	/** The platform's page for the folder and file name, writing the new model's content. */
	private static final class FilePage extends WizardNewFileCreationPage {

		private byte[] content;

		FilePage(IStructuredSelection selection) {
			super("newModelFile", selection);
			setTitle("Flowpilot model");
			setDescription("Choose the folder and the name of the model file.");
			setFileExtension("autopilot");
			setFileName("tenant.autopilot");
		}

		@Override
		protected InputStream getInitialContents() {
			return content == null ? null : new ByteArrayInputStream(content);
		}
	}

	/** The organization, deployment and Windows version the model starts with. */
	private static final class SettingsPage extends WizardPage {

		private StarterSettings starter;

		SettingsPage() {
			super("newModelSettings");
			setTitle("Deployment");
			setDescription("What the model starts with; everything can be changed later.");
		}

		@Override
		public void createControl(Composite parent) {
			starter = new StarterSettings(parent, "Contoso", this::validate);
			setControl(starter.control());
			validate();
		}

		private void validate() {
			String problem = starter == null ? null : starter.problem();
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
