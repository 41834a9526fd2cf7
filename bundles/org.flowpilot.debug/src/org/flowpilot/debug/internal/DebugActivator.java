package org.flowpilot.debug.internal;

import org.eclipse.ui.PlatformUI;
import org.flowpilot.debug.internal.ui.SimulationFocusPublisher;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts with the bundle, which the first simulation launch (or the launch dialog, a Simulate command) activates:
 * from then on simulation launches go into the workbench's simulation focus.
 */
public final class DebugActivator implements BundleActivator {

	private SimulationFocusPublisher publisher;

	@Override
	public void start(BundleContext context) {
		if (PlatformUI.isWorkbenchRunning()) {
			publisher = new SimulationFocusPublisher(PlatformUI.getWorkbench());
			publisher.install();
		}
	}

	@Override
	public void stop(BundleContext context) {
		if (publisher != null) {
			publisher.uninstall();
			publisher = null;
		}
	}
}
