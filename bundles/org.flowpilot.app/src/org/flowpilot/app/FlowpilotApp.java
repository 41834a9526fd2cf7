package org.flowpilot.app;

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

	private FlowpilotApp() {
	}
}
