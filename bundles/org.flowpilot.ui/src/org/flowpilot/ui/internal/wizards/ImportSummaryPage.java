package org.flowpilot.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.flowpilot.ui.WidgetIds;

/** What the import will create and change, found by importing into a copy first; Finish does it for real. */
class ImportSummaryPage extends WizardPage {

	static final String CHANGES_ID = "import.summary.changes";
	static final String FILES_ID = "import.summary.files";

	/** One row of the summary: what happens, to what kind of element, named how. */
	record Row(String action, String type, String name) {
	}

	private TableViewer changes;
	private Label files;
	private Label warnings;
	private Label where;

	ImportSummaryPage() {
		super("importSummary");
		setTitle("Summary");
		setDescription("What the import will create and change. Nothing is changed until you select Finish.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		where = wrappingLabel(body);
		files = wrappingLabel(body);
		files.setData(WidgetIds.ID_KEY, FILES_ID);
		changes = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		changes.getTable().setData(WidgetIds.ID_KEY, CHANGES_ID);
		changes.getTable().setHeaderVisible(true);
		changes.getTable().setLinesVisible(true);
		column("Change", 90, Row::action);
		column("Element", 170, Row::type);
		column("Name", 280, Row::name);
		changes.setContentProvider(ArrayContentProvider.getInstance());
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 160;
		changes.getTable().setLayoutData(tableData);
		warnings = wrappingLabel(body);
		setControl(body);
	}

	private static Label wrappingLabel(Composite body) {
		Label label = new Label(body, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 540;
		label.setLayoutData(data);
		return label;
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(changes, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/** Shows {@code preview}; {@code destination} says where the changes go. */
	void show(ImportPreview preview, String destination) {
		where.setText(destination);
		StringBuilder read = new StringBuilder();
		for (SourceImport result : preview.results()) {
			read.append(read.isEmpty() ? "" : "\n").append(result.source().getFileName()).append(": ");
			if (result.folder()) {
				read.append("backup folder, ").append(result.read().size())
						.append(result.read().size() == 1 ? " file read, " : " files read, ").append(result.skipped())
						.append(" left out, ");
			} else {
				read.append(result.read().get(0).kind().label()).append(", ");
			}
			read.append(result.elements()).append(result.elements() == 1 ? " element" : " elements");
		}
		files.setText(read.toString());
		List<Row> rows = new ArrayList<>();
		for (ModelChanges.Change change : preview.changes()) {
			rows.add(new Row(change.kind() == ModelChanges.Kind.CREATED ? "Create" : "Change", change.type(),
					change.name()));
		}
		if (rows.isEmpty()) {
			rows.add(new Row("None", "", "The model already holds everything these files describe."));
		}
		changes.setInput(rows);
		warnings.setText(preview.warnings().isEmpty() ? ""
				: "Warnings:\n" + String.join("\n", preview.warnings()));
		((Composite) getControl()).layout(true, true);
		setErrorMessage(null);
		setPageComplete(true);
	}

	/** Shows why the preview failed; Finish stays off. */
	void showFailure(String message) {
		changes.setInput(List.of());
		files.setText("");
		warnings.setText("");
		setErrorMessage(message);
		setPageComplete(false);
	}

	@SuppressWarnings("unchecked")
	List<Row> rows() {
		Object input = changes.getInput();
		return input == null ? List.of() : (List<Row>) input;
	}
}
