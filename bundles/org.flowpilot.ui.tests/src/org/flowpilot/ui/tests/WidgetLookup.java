package org.flowpilot.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.flowpilot.testing.SwtDriver;

/** Widgets in the order a person reads them, for tests that check names and order. Call on the UI thread. */
final class WidgetLookup {

	private WidgetLookup() {
	}

	/** The texts of the visible labels whose id starts with {@code prefix} and ends with {@code suffix}, in order. */
	static List<String> texts(Display display, String prefix, String suffix) {
		List<String> texts = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			collect(shell, prefix, suffix, texts);
		}
		return texts;
	}

	private static void collect(Control control, String prefix, String suffix, List<String> texts) {
		if (!control.isVisible()) {
			return;
		}
		if (control instanceof Label label && label.getData(SwtDriver.ID_KEY) instanceof String id
				&& id.startsWith(prefix) && id.endsWith(suffix)) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, prefix, suffix, texts);
			}
		}
	}
}
