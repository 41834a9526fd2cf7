package org.flowpilot.ui.internal.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** Makes the compare editor show two models as {@link ModelCompareViewer}: what people see differently. */
public class ModelCompareViewerCreator implements IViewerCreator {

	@Override
	public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
		return new ModelCompareViewer(parent, configuration);
	}
}
