package org.flowpilot.ui;

import org.eclipse.core.runtime.Platform;
import org.flowpilot.model.WindowsVersion;

/**
 * The workbench preferences other bundles read (Window &gt; Preferences &gt; Flowpilot), in the instance scope of
 * {@link FlowpilotUi#PLUGIN_ID} with defaults from the bundle's preference initializer.
 */
public final class FlowpilotPreferences {

	/** The Windows version new models and scenarios start with: a {@link WindowsVersion} literal name. */
	public static final String DEFAULT_WINDOWS_VERSION = "defaultWindowsVersion";

	/** Whether models are validated while they are edited (they always are on open, on save and on demand). */
	public static final String VALIDATE_WHILE_EDITING = "validateWhileEditing";

	/** How many simulated steps the run animation shows per second. */
	public static final String SIMULATION_STEPS_PER_SECOND = "simulationStepsPerSecond";

	/** The slowest animation, in steps per second. */
	public static final int MIN_STEPS_PER_SECOND = 1;

	/** The fastest animation, in steps per second. */
	public static final int MAX_STEPS_PER_SECOND = 20;

	private FlowpilotPreferences() {
	}

	/** The Windows version new models and scenarios start with. */
	public static WindowsVersion defaultWindowsVersion() {
		String name = Platform.getPreferencesService().getString(FlowpilotUi.PLUGIN_ID, DEFAULT_WINDOWS_VERSION,
				WindowsVersion.WINDOWS11.getName(), null);
		WindowsVersion version = WindowsVersion.getByName(name);
		return version == null ? WindowsVersion.WINDOWS11 : version;
	}

	/** Whether models are validated while they are edited. */
	public static boolean validateWhileEditing() {
		return Platform.getPreferencesService().getBoolean(FlowpilotUi.PLUGIN_ID, VALIDATE_WHILE_EDITING, true, null);
	}

	/** How many simulated steps the run animation shows per second. */
	public static int simulationStepsPerSecond() {
		int value = Platform.getPreferencesService().getInt(FlowpilotUi.PLUGIN_ID, SIMULATION_STEPS_PER_SECOND, 2,
				null);
		return Math.max(MIN_STEPS_PER_SECOND, Math.min(MAX_STEPS_PER_SECOND, value));
	}
}
