package org.flowpilot.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * For {@code releng/scripts/benchmark-workbench-start}: with {@code -Dflowpilot.startupProbe=FILE}, writes the
 * milliseconds from the JVM's start to the first moment the started workbench is idle, then closes the workbench.
 * The platform runs early startup after the workbench advisor's {@code postStartup}, so in Flowpilot the time
 * includes opening the example; the same probe runs in the platform's own IDE application for comparison. Without
 * the property it does nothing.
 */
public final class StartupProbe implements IStartup {

	/** The system property naming the file the time is written to. */
	public static final String PROPERTY = "flowpilot.startupProbe";

	@Override
	public void earlyStartup() {
		String target = System.getProperty(PROPERTY);
		if (target == null || target.isBlank()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		// Queued behind what the start left to do on the UI thread (painting the editor), so it runs once that is done.
		display.asyncExec(() -> {
			long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			try {
				Files.writeString(Path.of(target), millis + "\n", StandardCharsets.UTF_8);
			} catch (IOException e) {
				ILog.of(getClass()).error("The start-up time cannot be written to " + target, e);
			}
			PlatformUI.getWorkbench().close();
		});
	}
}
