package org.flowpilot.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the Flowpilot workbench.
 */
public class FlowpilotApplication implements IApplication {

	// The About dialog shows this property in place of {0}; a product without a native launcher does not set it.
	private static final String BUILD_ID_PROPERTY = "eclipse.buildId";

	@Override
	public Object start(IApplicationContext context) {
		if (System.getProperty(BUILD_ID_PROPERTY) == null) {
			System.setProperty(BUILD_ID_PROPERTY, FrameworkUtil.getBundle(getClass()).getVersion().toString());
		}
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new FlowpilotWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
