package org.flowpilot.ui.internal.simulation;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.flowpilot.ui.simulation.DiagramHighlights;
import org.flowpilot.ui.simulation.SimulationFocus;

/**
 * Makes the workbench's one {@link DiagramHighlights}, which the run animation feeds from the
 * {@link SimulationFocus}; windows and part sites get the workbench's.
 */
public final class DiagramHighlightsFactory extends AbstractServiceFactory {

	@Override
	public Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != DiagramHighlights.class) {
			return null;
		}
		Object inherited = parentLocator == null ? null : parentLocator.getService(DiagramHighlights.class);
		if (inherited != null) {
			return inherited;
		}
		WorkbenchDiagramHighlights highlights = new WorkbenchDiagramHighlights();
		SimulationFocus focus = PlatformUI.getWorkbench().getService(SimulationFocus.class);
		SimulationAnimation animation = new SimulationAnimation(highlights);
		focus.addListener(animation);
		// A diagram opened while a simulation runs shows it at once: the focus tells its listeners on the UI thread.
		focus.changed(focus.current());
		return highlights;
	}
}
