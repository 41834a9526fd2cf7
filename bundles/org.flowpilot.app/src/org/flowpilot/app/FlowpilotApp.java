package org.flowpilot.app;

import org.flowpilot.ui.FlowpilotProjects;

/**
 * Identifiers of the Flowpilot application and product.
 */
public final class FlowpilotApp {

	/** The Equinox application that starts the Flowpilot workbench. */
	public static final String APPLICATION_ID = "org.flowpilot.app.application";

	/** The product whose branding (name, icons, about text) the workbench shows. */
	public static final String PRODUCT_ID = "org.flowpilot.app.product";

	/** The title of every Flowpilot workbench window. */
	public static final String WINDOW_TITLE = "Flowpilot";

	/** The project a first start creates in an empty workspace, holding a copy of the Contoso example. */
	public static final String EXAMPLE_PROJECT_NAME = "Contoso example";

	/** The model file in {@link #EXAMPLE_PROJECT_NAME} that the first start opens. */
	public static final String EXAMPLE_MODEL_FILE_NAME = FlowpilotProjects.EXAMPLE_FILE_NAME;

	private FlowpilotApp() {
	}
}
