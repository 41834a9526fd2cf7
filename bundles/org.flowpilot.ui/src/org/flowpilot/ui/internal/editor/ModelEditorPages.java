package org.flowpilot.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.editor.ModelEditorPageFactory;

/** The page factories contributed to {@code org.flowpilot.ui.modelEditorPages}, in their declared order. */
final class ModelEditorPages {

	private static final String PAGE = "page";
	private static final String ORDER = "order";
	private static final String CLASS = "class";

	private ModelEditorPages() {
	}

	static List<ModelEditorPageFactory> factories() {
		List<IConfigurationElement> elements = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(FlowpilotUi.MODEL_EDITOR_PAGES_EXTENSION_POINT)) {
			if (PAGE.equals(element.getName())) {
				elements.add(element);
			}
		}
		elements.sort(Comparator.comparingInt(ModelEditorPages::order));
		List<ModelEditorPageFactory> factories = new ArrayList<>(elements.size());
		for (IConfigurationElement element : elements) {
			try {
				if (element.createExecutableExtension(CLASS) instanceof ModelEditorPageFactory factory) {
					factories.add(factory);
				} else {
					log(element.getContributor().getName() + " contributes a model editor page whose class is not a "
							+ ModelEditorPageFactory.class.getName(), null);
				}
			} catch (CoreException e) {
				log("The model editor page " + element.getAttribute("id") + " of "
						+ element.getContributor().getName() + " cannot be created", e);
			}
		}
		return factories;
	}

	private static int order(IConfigurationElement element) {
		try {
			String order = element.getAttribute(ORDER);
			return order == null ? Integer.MAX_VALUE : Integer.parseInt(order.strip());
		} catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}

	static void log(String message, Throwable failure) {
		ILog.of(ModelEditorPages.class).log(Status.error(message, failure));
	}
}
