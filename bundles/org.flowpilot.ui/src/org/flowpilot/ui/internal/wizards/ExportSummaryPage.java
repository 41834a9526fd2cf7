package org.flowpilot.ui.internal.wizards;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flowpilot.ui.WidgetIds;

/** What the export will write, shown before anything is written. */
class ExportSummaryPage extends WizardPage {

	static final String CONTENTS_ID = "export.summary.contents";
	static final String PREVIEW_ID = "export.summary.preview";

	private static final int PREVIEW_LINES = 60;

	private Label destination;
	private Label contents;
	private Text preview;

	ExportSummaryPage() {
		super("exportSummary");
		setTitle("Summary");
		setDescription("What the export will write. Nothing is written until you select Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		destination = label(body);
		contents = label(body);
		contents.setData(WidgetIds.ID_KEY, CONTENTS_ID);
		preview = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setData(WidgetIds.ID_KEY, PREVIEW_ID);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
		previewData.heightHint = 200;
		previewData.widthHint = 540;
		preview.setLayoutData(previewData);
		setControl(body);
	}

	private static Label label(Composite body) {
		Label label = new Label(body, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 540;
		label.setLayoutData(data);
		return label;
	}

	void show(String where, String what, byte[] content) {
		destination.setText(where);
		contents.setText(what + " (" + String.format("%,d", content.length) + " bytes)");
		String text = new String(content, StandardCharsets.UTF_8);
		long lines = text.lines().count();
		preview.setText(text.lines().limit(PREVIEW_LINES).collect(Collectors.joining("\n"))
				+ (lines > PREVIEW_LINES ? "\n... " + (lines - PREVIEW_LINES) + " more lines" : ""));
		((Composite) getControl()).layout(true, true);
		setErrorMessage(null);
		setPageComplete(true);
	}

	void showFailure(String message) {
		contents.setText("");
		preview.setText("");
		setErrorMessage(message);
		setPageComplete(false);
	}
}
