package org.flowpilot.ui.internal.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The rows the import and export pages share: a label, a field and a Browse button, in a three-column grid.
 * Every field gets an id ({@code setData("id", …)}) so tests and accessibility tools can find it.
 */
final class WizardFields {

	static final String ID_KEY = "id";

	private WizardFields() {
	}

	static Text pathField(Composite parent, String label, String id, int dialogStyle, String[] extensions) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(ID_KEY, id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText("Browse...");
		browse.setData(ID_KEY, id + ".browse");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(parent.getShell(), dialogStyle);
			dialog.setFilterExtensions(extensions);
			dialog.setFileName(text.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}
}
