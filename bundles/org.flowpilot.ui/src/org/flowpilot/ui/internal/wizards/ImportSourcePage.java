package org.flowpilot.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.flowpilot.ui.WidgetIds;

/** The files to import, listed with Add and Remove, and the workspace model they go into. */
class ImportSourcePage extends WizardPage {

	static final String FILES_ID = "import.files";
	static final String ADD_ID = "import.files.add";
	static final String REMOVE_ID = "import.files.remove";
	static final String MODEL_ID = "import.model";
	/** The title of the file dialog Add Files opens. */
	static final String ADD_DIALOG_TITLE = "Add Files to Import";

	private final List<Path> files = new ArrayList<>();
	private final IFile initialModel;
	private TableViewer table;
	private Composite buttons;
	private Button remove;
	private WorkspaceModelField model;

	ImportSourcePage(IFile initialModel) {
		super("importSource");
		this.initialModel = initialModel;
		setTitle("Import Autopilot configuration");
		setDescription("Graph JSON, AutopilotConfigurationFile.json or hardware hash CSV files; each file's kind is"
				+ " told from its content.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		Label filesLabel = new Label(body, SWT.NONE);
		filesLabel.setText("&Files:");
		filesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
		table = new TableViewer(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setData(WidgetIds.ID_KEY, FILES_ID);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("File", 220, file -> file.getFileName().toString());
		column("Folder", 300, file -> String.valueOf(file.toAbsolutePath().getParent()));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(files);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 140;
		tableData.widthHint = 520;
		table.getTable().setLayoutData(tableData);

		buttons = new Composite(body, SWT.NONE);
		GridLayout buttonLayout = new GridLayout(1, false);
		buttonLayout.marginWidth = 0;
		buttonLayout.marginHeight = 0;
		buttons.setLayout(buttonLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = button("&Add Files...", ADD_ID);
		add.addListener(SWT.Selection, event -> addFiles());
		remove = button("&Remove", REMOVE_ID);
		remove.addListener(SWT.Selection, event -> removeSelected());
		table.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		remove.setEnabled(false);

		model = new WorkspaceModelField(body, "&Into model:", MODEL_ID, true);
		model.setFile(initialModel);
		model.onChange(this::validate);
		Label note = new Label(body, SWT.WRAP);
		note.setText("The model is created when it does not exist. A model open in an editor changes in the editor,"
				+ " where one Undo takes the import back; other models are saved only when every file imports.");
		GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		noteData.widthHint = 520;
		note.setLayoutData(noteData);

		setControl(body);
		validate();
		setErrorMessage(null);
	}

	/**
	 * Where other import sources (such as a backup folder) add their buttons: a one-column composite beside the file
	 * list, below Add Files and Remove.
	 */
	Composite buttonArea() {
		return buttons;
	}

	/** Adds {@code paths} to the list, each once, and checks the page again. */
	void addFiles(List<Path> paths) {
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!files.contains(absolute)) {
				files.add(absolute);
			}
		}
		table.refresh();
		validate();
	}

	private Button button(String text, String id) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(text);
		button.setData(WidgetIds.ID_KEY, id);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return button;
	}

	private void column(String title, int width, Function<Path, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Path) element);
			}
		});
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(ADD_DIALOG_TITLE);
		dialog.setFilterExtensions(new String[] { "*.json;*.csv", "*.*" });
		dialog.setFilterNames(new String[] { "Graph JSON, offline configuration and CSV files", "All files" });
		if (dialog.open() == null) {
			return;
		}
		List<Path> chosen = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			chosen.add(Paths.get(dialog.getFilterPath(), name));
		}
		addFiles(chosen);
	}

	private void removeSelected() {
		files.removeAll(((IStructuredSelection) table.getSelection()).toList());
		table.refresh();
		validate();
	}

	private void validate() {
		String problem = null;
		if (files.isEmpty()) {
			problem = "Add at least one file to import.";
		} else {
			for (Path file : files) {
				if (!Files.isRegularFile(file)) {
					problem = file + ": no such file.";
					break;
				}
			}
		}
		if (problem == null) {
			problem = model.problem();
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	List<Path> files() {
		return List.copyOf(files);
	}

	IFile model() {
		return model.file();
	}
}
