package org.flowpilot.app.internal;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.flowpilot.app.FlowpilotApp;

/**
 * Shapes each workbench window: its title, size, tool bar and status line.
 */
class FlowpilotWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final Point INITIAL_SIZE = new Point(1280, 800);

	// Action sets of text editors and IDEs that add menu entries a modeling user does not need: Convert Line
	// Delimiters To (File) and Show Active Keybindings (Help).
	private static final List<String> HIDDEN_ACTION_SETS = List.of(
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo", "org.eclipse.ui.actionSet.keyBindings");

	FlowpilotWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new FlowpilotActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(INITIAL_SIZE);
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(FlowpilotApp.WINDOW_TITLE);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		hideActionSets(window.getActivePage());
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hideActionSets(page);
			}
		});
	}

	private static void hideActionSets(IWorkbenchPage page) {
		if (page != null) {
			HIDDEN_ACTION_SETS.forEach(page::hideActionSet);
		}
	}
}
