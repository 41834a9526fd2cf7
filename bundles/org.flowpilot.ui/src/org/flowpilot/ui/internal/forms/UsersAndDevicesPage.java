package org.flowpilot.ui.internal.forms;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.User;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.ui.FlowpilotPreferences;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorListener;
import org.flowpilot.ui.editor.ModelEditorPageFactory;
import org.flowpilot.ui.editor.ModelElementPage;
import org.flowpilot.ui.internal.validation.PageHeader;
import org.flowpilot.ui.internal.wizards.DeviceImport;

/**
 * The Users and devices page: the model's users and Autopilot devices as sortable, filterable tables edited in
 * place, like the admin center's Windows Autopilot devices list, with New, Delete and Import devices (a hardware hash
 * CSV, imported as one command of the editor).
 */
public final class UsersAndDevicesPage extends FormPage implements ModelElementPage {

	/** Contributes the page to the model editor. */
	public static final class Factory implements ModelEditorPageFactory {
		@Override
		public IFormPage createPage(ModelEditorContext context) {
			return new UsersAndDevicesPage(context);
		}
	}

	/** The id of the users table. */
	public static final String USERS_ID = FlowpilotUi.USERS_AND_DEVICES_PAGE_ID + ".users";

	/** The id of the devices table. */
	public static final String DEVICES_ID = FlowpilotUi.USERS_AND_DEVICES_PAGE_ID + ".devices";

	/** The title of the file dialog Import devices opens. */
	public static final String IMPORT_DIALOG_TITLE = "Import Devices from a Hardware Hash CSV";

	private final ModelEditorContext context;
	private final ActiveTableSelection selection = new ActiveTableSelection();
	private ElementTable<User> users;
	private ElementTable<Device> devices;
	private ScrolledForm form;
	private boolean refreshScheduled;

	UsersAndDevicesPage(ModelEditorContext context) {
		super(context.editor(), FlowpilotUi.USERS_AND_DEVICES_PAGE_ID, "Users and devices");
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		PageHeader.install(managedForm, context, "Users and devices");
		form.getBody().setLayout(new GridLayout(1, false));

		Composite usersArea = section(toolkit, "Users", "The people devices are assigned to. The sign-in page shows"
				+ " an assigned user's name; hybrid join needs the on-premises account.");
		users = new ElementTable<>(toolkit, usersArea, context.editingDomain(), User.class, USERS_ID, List.of(
				ElementTable.Column.text("Display name", 170, User::getDisplayName,
						FlowpilotPackage.Literals.USER__DISPLAY_NAME),
				ElementTable.Column.text("User principal name", 220, User::getUserPrincipalName,
						FlowpilotPackage.Literals.USER__USER_PRINCIPAL_NAME),
				ElementTable.Column.choice("MFA required", 100, user -> yesNo(user.isMfaRequired()),
						FlowpilotPackage.Literals.USER__MFA_REQUIRED, user -> List.of(Boolean.FALSE, Boolean.TRUE),
						UsersAndDevicesPage::yesNo),
				ElementTable.Column.text("On-premises account", 170, User::getOnPremisesAccount,
						FlowpilotPackage.Literals.USER__ON_PREMISES_ACCOUNT),
				ElementTable.Column.shown("Groups", 200, user -> names(AutopilotQueries.groupsOf(user)))));
		buttons(toolkit, usersArea, USERS_ID, "New user", this::newUser, users.viewer(), null);

		Composite devicesArea = section(toolkit, "Windows Autopilot devices", "Registered devices with their"
				+ " hardware hash, as Intune lists them. Import devices reads a hardware hash CSV.");
		devices = new ElementTable<>(toolkit, devicesArea, context.editingDomain(), Device.class, DEVICES_ID, List.of(
				ElementTable.Column.text("Serial number", 120, Device::getSerialNumber,
						FlowpilotPackage.Literals.DEVICE__SERIAL_NUMBER),
				ElementTable.Column.text("Device name", 130, Device::getName,
						FlowpilotPackage.Literals.NAMED_ELEMENT__NAME),
				ElementTable.Column.text("Manufacturer", 90, Device::getManufacturer,
						FlowpilotPackage.Literals.DEVICE__MANUFACTURER),
				ElementTable.Column.text("Model", 150, Device::getModel, FlowpilotPackage.Literals.DEVICE__MODEL),
				ElementTable.Column.text("Group tag", 90, Device::getGroupTag,
						FlowpilotPackage.Literals.DEVICE__GROUP_TAG),
				ElementTable.Column.choice("Assigned user", 140, device -> nameOf(device.getAssignedUser()),
						FlowpilotPackage.Literals.DEVICE__ASSIGNED_USER, device -> usersAndNone(),
						UsersAndDevicesPage::nameOf),
				ElementTable.Column.choice("Windows", 90, device -> device.getWindowsVersion().getLiteral(),
						FlowpilotPackage.Literals.DEVICE__WINDOWS_VERSION, device -> List.copyOf(WindowsVersion.VALUES),
						UsersAndDevicesPage::literal),
				ElementTable.Column.choice("Network", 80, device -> device.getConnectivity().getLiteral(),
						FlowpilotPackage.Literals.DEVICE__CONNECTIVITY, device -> List.copyOf(Connectivity.VALUES),
						UsersAndDevicesPage::literal),
				ElementTable.Column.shown("Profile", 170, device -> AutopilotQueries.effectiveProfile(device)
						.map(NamedElement::getName).orElse("(none)"))));
		buttons(toolkit, devicesArea, DEVICES_ID, "New device", this::newDevice, devices.viewer(),
				"Import devices...");

		selection.track(users.viewer());
		selection.track(devices.viewer());
		context.setSelectionProvider(this, selection);
		fill();

		CommandStackListener commandListener = event -> scheduleRefresh();
		context.editingDomain().getCommandStack().addCommandStackListener(commandListener);
		ModelEditorListener reloads = new ModelEditorListener() {
			@Override
			public void modelReloaded(AutopilotModel model) {
				fill();
			}
		};
		context.addListener(reloads);
		form.addDisposeListener(event -> {
			context.editingDomain().getCommandStack().removeCommandStackListener(commandListener);
			context.removeListener(reloads);
		});
	}

	private Composite section(FormToolkit toolkit, String title, String description) {
		Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(SettingsFormPage.narrow(new GridData(SWT.FILL, SWT.FILL, true, true)));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		section.setClient(client);
		return client;
	}

	private void buttons(FormToolkit toolkit, Composite parent, String id, String newText, Runnable create,
			TableViewer viewer, String importText) {
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(3, false));
		Button add = toolkit.createButton(row, newText, SWT.PUSH);
		add.setData(WidgetIds.ID_KEY, id + ".new");
		add.addListener(SWT.Selection, event -> create.run());
		Button delete = toolkit.createButton(row, "Delete", SWT.PUSH);
		delete.setData(WidgetIds.ID_KEY, id + ".delete");
		delete.addListener(SWT.Selection, event -> delete(viewer));
		if (importText != null) {
			Button importDevices = toolkit.createButton(row, importText, SWT.PUSH);
			importDevices.setData(WidgetIds.ID_KEY, id + ".import");
			importDevices.addListener(SWT.Selection, event -> importDevices());
		}
	}

	private void fill() {
		AutopilotModel model = context.model();
		users.setInput(model == null ? List.of() : model.getUsers());
		devices.setInput(model == null ? List.of() : model.getDevices());
	}

	private void scheduleRefresh() {
		if (refreshScheduled || form == null || form.isDisposed()) {
			return;
		}
		refreshScheduled = true;
		form.getDisplay().asyncExec(() -> {
			refreshScheduled = false;
			if (!form.isDisposed()) {
				fill();
			}
		});
	}

	private void newUser() {
		User user = FlowpilotFactory.eINSTANCE.createUser();
		String name = unique("New user", context.model().getUsers());
		user.setName(name);
		user.setDisplayName(name);
		add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__USERS, user, users.viewer());
	}

	private void newDevice() {
		Device device = FlowpilotFactory.eINSTANCE.createDevice();
		device.setName(unique("New device", context.model().getDevices()));
		device.setWindowsVersion(FlowpilotPreferences.defaultWindowsVersion());
		add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__DEVICES, device, devices.viewer());
	}

	private void add(EReference feature, EObject element, TableViewer viewer) {
		Command command = AddCommand.create(context.editingDomain(), context.model(), feature, element);
		context.editingDomain().getCommandStack().execute(command);
		fill();
		viewer.setSelection(new StructuredSelection(element), true);
		viewer.getControl().setFocus();
	}

	private void delete(TableViewer viewer) {
		List<?> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		if (selected.isEmpty()) {
			return;
		}
		Command command = DeleteCommand.create(context.editingDomain(), selected);
		if (command.canExecute()) {
			context.editingDomain().getCommandStack().execute(command);
		}
	}

	private void importDevices() {
		FileDialog dialog = new FileDialog(form.getShell(), SWT.OPEN);
		dialog.setText(IMPORT_DIALOG_TITLE);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path csv = Paths.get(chosen);
		Set<Device> before = new HashSet<>(context.model().getDevices());
		String failure = DeviceImport.intoEditor(context, csv);
		if (failure != null) {
			MessageDialog.openError(form.getShell(), "Cannot Import Devices", failure);
			return;
		}
		fill();
		List<Device> added = context.model().getDevices().stream().filter(device -> !before.contains(device))
				.toList();
		devices.viewer().setSelection(new StructuredSelection(added), true);
	}

	private List<Object> usersAndNone() {
		List<Object> choices = new ArrayList<>();
		choices.add(null);
		choices.addAll(context.model().getUsers());
		return choices;
	}

	private static String unique(String base, List<? extends NamedElement> existing) {
		Set<String> taken = existing.stream().map(NamedElement::getName).collect(Collectors.toSet());
		String name = base;
		for (int number = 2; taken.contains(name); number++) {
			name = base + " " + number;
		}
		return name;
	}

	private static String yesNo(Object value) {
		return Boolean.TRUE.equals(value) ? "Yes" : "No";
	}

	private static String literal(Object value) {
		return value instanceof Enumerator literal ? literal.getLiteral() : "";
	}

	private static String nameOf(Object value) {
		if (value instanceof User user) {
			return user.getDisplayName() != null ? user.getDisplayName() : user.getName();
		}
		return value == null ? "(none)" : String.valueOf(value);
	}

	private static String names(List<Group> groups) {
		return groups.stream().map(Group::getName).collect(Collectors.joining(", "));
	}

	@Override
	public boolean canShow(Object element) {
		return element instanceof User || element instanceof Device;
	}

	@Override
	public void show(List<?> elements) {
		if (users == null) {
			return;
		}
		TableViewer viewer = elements.get(0) instanceof User ? users.viewer() : devices.viewer();
		viewer.setSelection(new StructuredSelection(elements), true);
	}

	@Override
	public void setFocus() {
		if (devices != null) {
			devices.viewer().getControl().setFocus();
		}
	}

	/** The selection of whichever table the user last clicked in. */
	private static final class ActiveTableSelection implements ISelectionProvider {

		private final List<ISelectionChangedListener> listeners = new ArrayList<>();
		private ISelection current = StructuredSelection.EMPTY;

		void track(TableViewer viewer) {
			viewer.addSelectionChangedListener(event -> changed(event.getSelection()));
			viewer.getControl().addListener(SWT.FocusIn, event -> changed(viewer.getSelection()));
		}

		private void changed(ISelection selection) {
			current = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			for (ISelectionChangedListener listener : List.copyOf(listeners)) {
				listener.selectionChanged(event);
			}
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public ISelection getSelection() {
			return current;
		}

		@Override
		public void setSelection(ISelection selection) {
			changed(selection);
		}
	}
}
