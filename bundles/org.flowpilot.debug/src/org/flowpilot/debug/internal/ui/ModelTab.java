package org.flowpilot.debug.internal.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.BaseWorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.flowpilot.debug.internal.launch.LaunchSettings;
import org.flowpilot.model.AutopilotModel;

/** The Model tab: the model file to run, and how a debug session steps through it. */
final class ModelTab extends SimulationTab {

	private Text model;
	private Button stopBeforeFirstStep;
	private Button suspendOnFailure;
	private Spinner pace;

	ModelTab(ModelChoices choices) {
		super(choices);
	}

	@Override
	public String getName() {
		return "Model";
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		setControl(page);

		Group file = new Group(page, SWT.NONE);
		file.setText("Model");
		file.setLayout(new GridLayout(3, false));
		file.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		model = text(file, "Model file:", "simulation.model");
		Button browse = new Button(file, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> browse());

		Group stepping = new Group(page, SWT.NONE);
		stepping.setText("Debugging");
		stepping.setLayout(new GridLayout(2, false));
		stepping.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		stopBeforeFirstStep = check(stepping, "Suspend before the first step", "simulation.stopBeforeFirstStep", 2);
		suspendOnFailure = check(stepping, "Suspend after a step that fails or times out",
				"simulation.suspendOnFailure", 2);
		new Label(stepping, SWT.NONE).setText("Pace of a resumed run, in ms per step (0: as fast as it goes):");
		pace = new Spinner(stepping, SWT.BORDER);
		pace.setData(ID, "simulation.pace");
		pace.setValues(LaunchSettings.DEFAULT_PACE_MILLIS, 0, LaunchSettings.MAX_PACE_MILLIS, 0, 50, 500);
		pace.addModifyListener(event -> changed());
	}

	private void browse() {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(getShell(), new WorkbenchLabelProvider(),
				new BaseWorkbenchContentProvider());
		dialog.setTitle("Model File");
		dialog.setMessage("Choose the Flowpilot model to simulate:");
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return !(element instanceof IFile file) || "autopilot".equals(file.getFileExtension());
			}
		});
		dialog.setValidator(selection -> null);
		dialog.setAllowMultiple(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile chosen) {
			model.setText(chosen.getFullPath().toString());
		}
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		LaunchSettings.of("", "").write(configuration);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		LaunchSettings settings = settingsOf(configuration);
		filling = true;
		try {
			model.setText(settings.model());
			stopBeforeFirstStep.setSelection(settings.stopBeforeFirstStep());
			suspendOnFailure.setSelection(settings.suspendOnFailure());
			pace.setSelection(settings.paceMillis());
		} finally {
			filling = false;
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		String path = model.getText().trim();
		configuration.setAttribute(LaunchSettings.MODEL, path);
		configuration.setAttribute(LaunchSettings.STOP_BEFORE_FIRST_STEP, stopBeforeFirstStep.getSelection());
		configuration.setAttribute(LaunchSettings.SUSPEND_ON_FAILURE, suspendOnFailure.getSelection());
		configuration.setAttribute(LaunchSettings.PACE_MILLIS, pace.getSelection());
		IResource file = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		configuration.setMappedResources(file instanceof IFile ? new IResource[] { file } : null);
	}

	@Override
	protected String problemOf(LaunchSettings settings, AutopilotModel read) {
		// The model could be read; the other tabs check what they choose from it.
		return null;
	}
}
