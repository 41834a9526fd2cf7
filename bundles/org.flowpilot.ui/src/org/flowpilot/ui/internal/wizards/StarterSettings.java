package org.flowpilot.ui.internal.wizards;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.ui.FlowpilotPreferences;
import org.flowpilot.ui.WidgetIds;

/**
 * What a new model starts with: the organization's name, the deployment (user-driven Microsoft Entra join, hybrid
 * join, pre-provisioned, self-deploying) and the Windows version of its devices.
 */
final class StarterSettings {

	static final String NAME_ID = "newModel.name";
	static final String DEPLOYMENT_ID = "newModel.deployment";
	static final String WINDOWS_ID = "newModel.windows";

	private final Composite body;
	private final Text name;
	private final Map<StarterModel.Deployment, Button> deployments = new EnumMap<>(StarterModel.Deployment.class);
	private final Combo windows;

	StarterSettings(Composite parent, String initialName, Runnable changed) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		new Label(body, SWT.NONE).setText("&Organization:");
		name = new Text(body, SWT.BORDER | SWT.SINGLE);
		name.setData(WidgetIds.ID_KEY, NAME_ID);
		name.setText(initialName);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.addListener(SWT.Modify, event -> changed.run());

		Group deployment = new Group(body, SWT.NONE);
		deployment.setText("Deployment");
		deployment.setLayout(new GridLayout(1, false));
		deployment.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		for (StarterModel.Deployment choice : StarterModel.Deployment.values()) {
			Button button = new Button(deployment, SWT.RADIO);
			button.setText(choice.label());
			button.setData(WidgetIds.ID_KEY, DEPLOYMENT_ID + "." + choice.name());
			Label description = new Label(deployment, SWT.WRAP);
			description.setText(choice.description());
			GridData indent = new GridData(SWT.FILL, SWT.TOP, true, false);
			indent.horizontalIndent = 24;
			indent.widthHint = 420;
			description.setLayoutData(indent);
			deployments.put(choice, button);
		}
		deployments.get(StarterModel.Deployment.USER_DRIVEN_ENTRA_JOIN).setSelection(true);

		new Label(body, SWT.NONE).setText("&Windows version:");
		windows = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		windows.setData(WidgetIds.ID_KEY, WINDOWS_ID);
		for (WindowsVersion version : WindowsVersion.VALUES) {
			windows.add(version.getLiteral());
		}
		windows.select(FlowpilotPreferences.defaultWindowsVersion().getValue());
		new Label(body, SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Label note = new Label(body, SWT.WRAP);
		note.setText("The model starts with the deployment's standard flows, a deployment profile and an Enrollment"
				+ " Status Page assigned to a device group, one device in it, and a scenario that runs the first flow"
				+ " on that device.");
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		noteData.widthHint = 440;
		note.setLayoutData(noteData);
	}

	Composite control() {
		return body;
	}

	/** Enables or disables every setting, for pages where a new model is one choice among others. */
	void setEnabled(boolean enabled) {
		name.setEnabled(enabled);
		deployments.values().forEach(button -> button.setEnabled(enabled));
		windows.setEnabled(enabled);
	}

	/** What is wrong with the settings, or null. */
	String problem() {
		return name.getText().isBlank() ? "Name the organization the model is for." : null;
	}

	String name() {
		return name.getText().strip();
	}

	StarterModel.Deployment deployment() {
		return deployments.entrySet().stream().filter(entry -> entry.getValue().getSelection())
				.map(Map.Entry::getKey).findFirst().orElse(StarterModel.Deployment.USER_DRIVEN_ENTRA_JOIN);
	}

	WindowsVersion windows() {
		return WindowsVersion.get(windows.getSelectionIndex());
	}
}
