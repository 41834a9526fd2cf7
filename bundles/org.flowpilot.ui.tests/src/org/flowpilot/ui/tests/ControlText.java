package org.flowpilot.ui.tests;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The text a message control shows, for tests that look for error messages wherever a part puts them. */
final class ControlText {

	private ControlText() {
	}

	static String of(Control control) {
		if (control instanceof Text text) {
			return text.getText();
		}
		if (control instanceof Label label) {
			return label.getText();
		}
		return "";
	}
}
