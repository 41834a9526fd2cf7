package org.flowpilot.ui.internal.simulation;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.flowpilot.ui.simulation.SimulationFocus;

/** Makes the workbench's one {@link SimulationFocus}; windows and part sites get the workbench's. */
public final class SimulationFocusFactory extends AbstractServiceFactory {

	@Override
	public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != SimulationFocus.class) {
			return null;
		}
		Object inherited = parentLocator == null ? null : parentLocator.getService(SimulationFocus.class);
		if (inherited != null) {
			return inherited;
		}
		return new WorkbenchSimulationFocus(PlatformUI.getWorkbench().getDisplay());
	}
}
