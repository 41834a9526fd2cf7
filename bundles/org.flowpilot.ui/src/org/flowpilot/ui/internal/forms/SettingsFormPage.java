package org.flowpilot.ui.internal.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorListener;
import org.flowpilot.ui.editor.ModelElementPage;
import org.flowpilot.ui.internal.fields.FeatureField;
import org.flowpilot.ui.internal.fields.FieldContext;
import org.flowpilot.ui.internal.fields.Fields;
import org.flowpilot.ui.internal.validation.PageHeader;

/**
 * A page laid out like the Intune admin center's pages for one kind of configuration: the list of them on the left
 * (with New and Delete), the selected one's settings on the right in the admin center's sections and order. Every
 * change is a command on the editor's stack; the page follows changes made anywhere else.
 *
 * @param <T> the kind of configuration (deployment profile, Enrollment Status Page)
 */
abstract class SettingsFormPage<T extends EObject> extends FormPage implements ModelElementPage {

	/** Something on the page that shows the selected element and follows changes: fields, tables, previews. */
	interface Part {
		void show(EObject element);
	}

	protected final ModelEditorContext context;
	private final EReference containment;
	private final Class<T> type;
	private final String listTitle;
	private final List<FeatureField> fields = new ArrayList<>();
	private final List<Part> parts = new ArrayList<>();
	private TableViewer master;
	private Composite details;
	private Label empty;
	private ScrolledForm form;
	private T selected;
	private boolean refreshScheduled;
	private FieldContext fieldContext;
	// While the page builds its controls: a reflow then lays the form out at a size it does not have yet, and the
	// editor lays it out anyway once the page is shown (the form reflows on its first resize).
	private boolean creating;

	SettingsFormPage(ModelEditorContext context, String id, String title, EReference containment, Class<T> type,
			String listTitle) {
		super(context.editor(), id, title);
		this.context = context;
		this.containment = containment;
		this.type = type;
		this.listTitle = listTitle;
	}

	/** The title of the page's heading. */
	abstract String heading();

	/** What the empty list says. */
	abstract String emptyMessage();

	/** The text of the New button, such as "New profile". */
	abstract String newLabel();

	/** A new element with the admin center's defaults, named {@code name}. */
	abstract T createNew(String name);

	/** The master list's columns: title and text. */
	abstract List<Column<T>> columns();

	/** Builds the settings sections into {@code parent} (one column of sections). */
	abstract void createDetails(Composite parent);

	/** A column of the master list. */
	record Column<T>(String title, int width, Function<T, String> text) {
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		creating = true;
		try {
			createContent(managedForm);
		} finally {
			creating = false;
		}
	}

	private void createContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		PageHeader.install(managedForm, context, heading());
		fieldContext = new FieldContext(context.editingDomain(), context.adapterFactory(), toolkit,
				FieldContext.Style.FORM);
		Composite body = form.getBody();
		// The list above the settings, as the admin center lists configurations before opening one: the settings
		// get the editor's whole width.
		GridLayout layout = new GridLayout(1, false);
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		createMaster(toolkit, body);
		details = toolkit.createComposite(body);
		GridLayout detailsLayout = new GridLayout(1, false);
		detailsLayout.marginWidth = 0;
		details.setLayout(detailsLayout);
		details.setLayoutData(narrow(new GridData(SWT.FILL, SWT.TOP, true, false)));
		createDetails(details);
		empty = toolkit.createLabel(body, emptyMessage(), SWT.WRAP);
		empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		CommandStackListener commandListener = event -> scheduleRefresh();
		context.editingDomain().getCommandStack().addCommandStackListener(commandListener);
		ModelEditorListener reloads = new ModelEditorListener() {
			@Override
			public void modelReloaded(AutopilotModel model) {
				master.setInput(elements());
				selectFirst();
			}
		};
		context.addListener(reloads);
		form.addDisposeListener(event -> {
			context.editingDomain().getCommandStack().removeCommandStackListener(commandListener);
			context.removeListener(reloads);
		});
		master.setInput(elements());
		context.setSelectionProvider(this, master);
		selectFirst();
	}

	private void createMaster(FormToolkit toolkit, Composite body) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR);
		section.setText(listTitle);
		section.setLayoutData(narrow(new GridData(SWT.FILL, SWT.TOP, true, false)));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		master = new TableViewer(toolkit.createTable(client, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION));
		master.getTable().setData(WidgetIds.ID_KEY, getId() + ".list");
		master.getTable().setHeaderVisible(true);
		for (Column<T> column : columns()) {
			TableViewerColumn viewerColumn = new TableViewerColumn(master, SWT.LEFT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply(type.cast(element));
				}
			});
		}
		master.setContentProvider(ArrayContentProvider.getInstance());
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
		tableData.heightHint = 70;
		tableData.widthHint = 300;
		master.getTable().setLayoutData(tableData);
		master.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			select(type.isInstance(first) ? type.cast(first) : null);
		});
		Button add = toolkit.createButton(client, newLabel(), SWT.PUSH);
		add.setData(WidgetIds.ID_KEY, getId() + ".new");
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, event -> addNew());
		Button delete = toolkit.createButton(client, "Delete", SWT.PUSH);
		delete.setData(WidgetIds.ID_KEY, getId() + ".delete");
		delete.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		delete.addListener(SWT.Selection, event -> deleteSelected());
		section.setClient(client);
	}

	/** A section of the settings, titled as in the admin center, whose client is a three-column settings grid. */
	Composite section(Composite parent, String title, String description) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION
				| ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setData(WidgetIds.ID_KEY, getId() + ".section." + title);
		section.setLayoutData(narrow(new GridData(SWT.FILL, SWT.TOP, true, false)));
		section.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent event) {
				form.reflow(true);
			}
		});
		Composite client = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(3, false);
		layout.horizontalSpacing = 10;
		layout.verticalSpacing = 8;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	// A small preferred width, so that wrapping descriptions and long values fill the editor's width instead of
	// widening the form past it; the layout still gives the section all the width there is.
	static GridData narrow(GridData data) {
		data.widthHint = 200;
		return data;
	}

	/** Adds the setting of {@code feature} to {@code grid}, named and explained as in the admin center. */
	FeatureField field(Composite grid, EStructuralFeature feature) {
		FeatureField field = Fields.create(fieldContext, grid, containment.getEReferenceType(), feature);
		fields.add(field);
		return field;
	}

	/** Adds a part that shows the selected element. */
	void part(Part part) {
		parts.add(part);
	}

	FieldContext fieldContext() {
		return fieldContext;
	}

	/** The configuration the page shows now, or null. */
	T selected() {
		return selected;
	}

	@SuppressWarnings("unchecked")
	private List<T> elements() {
		AutopilotModel model = context.model();
		return model == null ? List.of() : new ArrayList<>((Collection<T>) model.eGet(containment));
	}

	private void selectFirst() {
		List<T> elements = elements();
		master.setSelection(elements.isEmpty() ? StructuredSelection.EMPTY
				: new StructuredSelection(elements.get(0)), true);
		if (elements.isEmpty()) {
			select(null);
		}
	}

	private void select(T element) {
		selected = element;
		boolean any = element != null;
		details.setVisible(any);
		((GridData) details.getLayoutData()).exclude = !any;
		empty.setVisible(!any);
		((GridData) empty.getLayoutData()).exclude = any;
		if (any) {
			for (FeatureField field : fields) {
				field.setOwner(element);
			}
			for (Part part : parts) {
				part.show(element);
			}
		}
		if (!creating) {
			form.reflow(true);
		}
	}

	private void scheduleRefresh() {
		if (refreshScheduled || form == null || form.isDisposed()) {
			return;
		}
		refreshScheduled = true;
		form.getDisplay().asyncExec(() -> {
			refreshScheduled = false;
			if (form.isDisposed()) {
				return;
			}
			List<T> elements = elements();
			master.setInput(elements);
			if (selected != null && !elements.contains(selected)) {
				selectFirst();
				return;
			}
			boolean relayout = false;
			for (FeatureField field : fields) {
				relayout |= field.refresh();
			}
			for (Part part : parts) {
				part.show(selected);
			}
			if (relayout) {
				form.reflow(true);
			}
		});
	}

	private void addNew() {
		List<T> elements = elements();
		String base = newLabel().replaceFirst("^New ", "");
		base = Character.toUpperCase(base.charAt(0)) + base.substring(1);
		String name = base;
		for (int number = 2; nameTaken(elements, name); number++) {
			name = base + " " + number;
		}
		T element = createNew(name);
		Command command = AddCommand.create(context.editingDomain(), context.model(), containment, element);
		context.editingDomain().getCommandStack().execute(command);
		master.setInput(elements());
		master.setSelection(new StructuredSelection(element), true);
	}

	private boolean nameTaken(List<T> elements, String name) {
		return elements.stream().anyMatch(
				element -> name.equals(element.eGet(FlowpilotPackage.Literals.NAMED_ELEMENT__NAME)));
	}

	private void deleteSelected() {
		if (selected == null) {
			return;
		}
		Command command = DeleteCommand.create(context.editingDomain(), List.of(selected));
		if (command.canExecute()) {
			context.editingDomain().getCommandStack().execute(command);
		}
	}

	@Override
	public boolean canShow(Object element) {
		return owningElement(element) != null;
	}

	@Override
	public void show(List<?> elements) {
		T owner = elements.isEmpty() ? null : owningElement(elements.get(0));
		if (owner != null && owner != selected && master != null) {
			master.setSelection(new StructuredSelection(owner), true);
		}
	}

	// The configuration an element belongs to: itself, or the profile or ESP that contains it (an assignment).
	private T owningElement(Object element) {
		for (Object current = element; current instanceof EObject object; current = object.eContainer()) {
			if (type.isInstance(current) && object.eContainer() == context.model()) {
				return type.cast(current);
			}
		}
		return null;
	}

	@Override
	public void setFocus() {
		if (master != null) {
			master.getControl().setFocus();
		}
	}
}
