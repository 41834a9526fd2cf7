package org.flowpilot.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.ui.WidgetIds;

/**
 * The files and Intune backup folders to import, listed with Add Files, Add Folder and Remove, and the workspace model
 * they go into. A folder is read when it is added, so its row says what it holds and a bad file in it shows at once.
 */
class ImportSourcePage extends WizardPage {

	static final String FILES_ID = "import.files";
	static final String ADD_ID = "import.files.add";
	static final String REMOVE_ID = "import.files.remove";
	static final String ADD_FOLDER_ID = "import.files.addFolder";
	static final String MODEL_ID = "import.model";
	/** The title of the file dialog Add Files opens. */
	static final String ADD_DIALOG_TITLE = "Add Files to Import";
	/** The title of the folder dialog Add Folder opens. */
	static final String ADD_FOLDER_DIALOG_TITLE = "Add Intune Backup Folder to Import";

	private final List<Path> files = new ArrayList<>();
	/** What each backup folder of the list holds, or why it cannot be read. */
	private final Map<Path, BackupFolderContents> folderContents = new HashMap<>();
	private final Map<Path, String> folderProblems = new HashMap<>();
	private final IFile initialModel;
	private TableViewer table;
	private Composite buttons;
	private Button remove;
	private WorkspaceModelField model;

	ImportSourcePage(IFile initialModel) {
		super("importSource");
		this.initialModel = initialModel;
		setTitle("Import Autopilot configuration");
		setDescription("Graph JSON or YAML, AutopilotConfigurationFile.json or hardware hash CSV files, and Intune"
				+ " backup folders (IntuneCD's layout); each file's kind is told from its content.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));

		Label filesLabel = new Label(body, SWT.NONE);
		filesLabel.setText("&Files and folders:");
		filesLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 3, 1));
		table = new TableViewer(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setData(WidgetIds.ID_KEY, FILES_ID);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column("Name", 200, file -> file.getFileName().toString(), this::imageOf);
		column("Location", 190, file -> String.valueOf(file.toAbsolutePath().getParent()), file -> null);
		column("Holds", 230, this::holds, file -> null);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(files);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 140;
		tableData.widthHint = 620;
		table.getTable().setLayoutData(tableData);

		buttons = new Composite(body, SWT.NONE);
		GridLayout buttonLayout = new GridLayout(1, false);
		buttonLayout.marginWidth = 0;
		buttonLayout.marginHeight = 0;
		buttons.setLayout(buttonLayout);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = button("&Add Files...", ADD_ID);
		add.addListener(SWT.Selection, event -> addFiles());
		Button addFolder = button("Add F&older...", ADD_FOLDER_ID);
		addFolder.addListener(SWT.Selection, event -> addFolder());
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

	/**
	 * Adds {@code paths} (files, or backup folders, each read here to count what it holds) to the list, each once,
	 * and checks the page again.
	 */
	void addFiles(List<Path> paths) {
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!files.contains(absolute)) {
				if (Files.isDirectory(absolute)) {
					readFolder(absolute);
				}
				files.add(absolute);
			}
		}
		table.refresh();
		validate();
	}

	private void readFolder(Path folder) {
		BackupFolderContents[] contents = new BackupFolderContents[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Reading " + folder.getFileName(), -1);
				try {
					contents[0] = BackupFolderContents.of(folder);
				} catch (InteropException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			folderContents.put(folder, contents[0]);
		} catch (InvocationTargetException e) {
			folderProblems.put(folder, WorkspaceFiles.messageOf(e.getCause()));
		} catch (InterruptedException e) {
			folderProblems.put(folder, folder + ": reading the folder was interrupted.");
		}
	}

	private String holds(Path file) {
		if (folderProblems.containsKey(file)) {
			return "Cannot be imported (see above)";
		}
		BackupFolderContents contents = folderContents.get(file);
		return contents == null ? "" : contents.describe();
	}

	private Image imageOf(Path file) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(
				folderContents.containsKey(file) || folderProblems.containsKey(file) ? ISharedImages.IMG_OBJ_FOLDER
						: ISharedImages.IMG_OBJ_FILE);
	}

	private Button button(String text, String id) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(text);
		button.setData(WidgetIds.ID_KEY, id);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return button;
	}

	private void column(String title, int width, Function<Path, String> text, Function<Path, Image> image) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Path) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((Path) element);
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

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText(ADD_FOLDER_DIALOG_TITLE);
		dialog.setMessage("An Intune backup folder (as IntuneCD writes it): its deployment profiles, ESP"
				+ " configurations and Autopilot devices are imported, in JSON or YAML; other files are left out.");
		String chosen = dialog.open();
		if (chosen != null) {
			addFiles(List.of(Paths.get(chosen)));
		}
	}

	private void removeSelected() {
		List<?> selected = ((IStructuredSelection) table.getSelection()).toList();
		files.removeAll(selected);
		folderContents.keySet().removeAll(selected);
		folderProblems.keySet().removeAll(selected);
		table.refresh();
		validate();
	}

	private void validate() {
		String problem = null;
		if (files.isEmpty()) {
			problem = "Add at least one file or backup folder to import.";
		} else {
			for (Path file : files) {
				if (folderProblems.containsKey(file)) {
					problem = folderProblems.get(file);
					break;
				}
				if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
					problem = file + ": no such file or folder.";
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
