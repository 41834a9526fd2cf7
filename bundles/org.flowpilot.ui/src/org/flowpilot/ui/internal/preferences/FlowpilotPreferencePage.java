package org.flowpilot.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.ui.FlowpilotPreferences;
import org.flowpilot.ui.FlowpilotUi;

/**
 * Window &gt; Preferences &gt; Flowpilot: the Windows version new models start with, validation while editing, and the
 * speed of the run animation.
 */
public class FlowpilotPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public FlowpilotPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, FlowpilotUi.PLUGIN_ID));
		setDescription("How Flowpilot starts new models, checks them and animates runs.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// Everything is read from and written to the preference store.
	}

	@Override
	protected void createFieldEditors() {
		String[][] versions = new String[WindowsVersion.VALUES.size()][];
		for (int i = 0; i < versions.length; i++) {
			WindowsVersion version = WindowsVersion.VALUES.get(i);
			versions[i] = new String[] { version.getLiteral(), version.getName() };
		}
		addField(new ComboFieldEditor(FlowpilotPreferences.DEFAULT_WINDOWS_VERSION,
				"Default &Windows version of new models and devices:", versions, getFieldEditorParent()));
		addField(new BooleanFieldEditor(FlowpilotPreferences.VALIDATE_WHILE_EDITING,
				"&Validate models while editing (they are always validated on open, on save and on Validate)",
				getFieldEditorParent()));
		addField(new ComboFieldEditor(FlowpilotPreferences.SIMULATION_STEPS_PER_SECOND, "Run &animation speed:",
				new String[][] { { "Slow (1 step a second)", "1" }, { "Normal (2 steps a second)", "2" },
						{ "Fast (5 steps a second)", "5" }, { "Very fast (10 steps a second)", "10" } },
				getFieldEditorParent()));
	}
}
