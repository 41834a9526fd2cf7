package org.flowpilot.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.ui.FlowpilotPreferences;
import org.flowpilot.ui.FlowpilotUi;

/** The defaults of Flowpilot's preferences: Windows 11, validation while editing, two animation steps a second. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(FlowpilotUi.PLUGIN_ID);
		defaults.put(FlowpilotPreferences.DEFAULT_WINDOWS_VERSION, WindowsVersion.WINDOWS11.getName());
		defaults.putBoolean(FlowpilotPreferences.VALIDATE_WHILE_EDITING, true);
		defaults.putInt(FlowpilotPreferences.SIMULATION_STEPS_PER_SECOND, 2);
	}
}
