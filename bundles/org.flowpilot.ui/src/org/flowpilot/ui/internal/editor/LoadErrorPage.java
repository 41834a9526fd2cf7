package org.flowpilot.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.flowpilot.ui.WidgetIds;

/**
 * What a model file that cannot be read opens as: the problem with its line, the promise that the file stays as it is,
 * and a way to fix it. The editor reopens the model as soon as the file changes into something it can read.
 */
final class LoadErrorPage extends FormPage {

	private static final String ID = "org.flowpilot.ui.pages.loadError";
	private static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor";

	private final ModelLoadException failure;

	LoadErrorPage(ModelEditor editor, ModelLoadException failure) {
		super(editor, ID, "Cannot Open");
		this.failure = failure;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		form.setText("This model cannot be opened");
		form.setMessage("The file is not a readable Flowpilot model", IMessageProvider.ERROR);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Text message = toolkit.createText(body, failure.getMessage(), SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		message.setData(WidgetIds.ID_KEY, WidgetIds.LOAD_ERROR_MESSAGE);
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
		messageData.widthHint = 600;
		message.setLayoutData(messageData);

		toolkit.createLabel(body, "Flowpilot leaves the file as it is and never writes over a file it cannot read."
				+ " Fix it in a text editor or restore an earlier version (Replace With > Local History in the"
				+ " Project Explorer); this editor opens the model as soon as the file can be read.", SWT.WRAP)
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		IFile file = getEditorInput().getAdapter(IFile.class);
		if (file != null) {
			Hyperlink open = toolkit.createHyperlink(body, failure.line() > 0 ? "Open in the text editor at line "
					+ failure.line() : "Open in the text editor", SWT.NONE);
			open.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent event) {
					openInTextEditor(file);
				}
			});
		}
	}

	private void openInTextEditor(IFile file) {
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), file, TEXT_EDITOR_ID);
			if (failure.line() > 0 && editor instanceof ITextEditor text) {
				IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
				IRegion line = document.getLineInformation(failure.line() - 1);
				text.selectAndReveal(line.getOffset(), line.getLength());
			}
		} catch (PartInitException | BadLocationException e) {
			ModelEditorPages.log("Cannot open " + file.getFullPath() + " in the text editor", e);
		}
	}
}
