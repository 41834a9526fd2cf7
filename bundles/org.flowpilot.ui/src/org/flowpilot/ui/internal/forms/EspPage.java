package org.flowpilot.ui.internal.forms;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.FailurePageChoice;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.edit.settings.AdminCenterSettings;
import org.flowpilot.model.edit.settings.Setting;
import org.flowpilot.model.query.EspErrorPage;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorPageFactory;

/**
 * The ESP page: the model's Enrollment Status Page profiles as the Intune admin center shows one (Devices &gt; Windows
 * &gt; Windows enrollment &gt; Enrollment Status Page): Basics, Settings in the admin center's order with the same
 * rules of which setting shows which, the error page its settings make (message and buttons), Assignments, and what
 * each phase tracks.
 */
public final class EspPage extends SettingsFormPage<EnrollmentStatusPage> {

	/** Contributes the page to the model editor. */
	public static final class Factory implements ModelEditorPageFactory {
		@Override
		public IFormPage createPage(ModelEditorContext context) {
			return new EspPage(context);
		}
	}

	/** The id of the preview of the error page's buttons. */
	public static final String ERROR_BUTTONS_ID = FlowpilotUi.ESP_PAGE_ID + ".errorButtons";

	/** The id of the preview of the error page's message. */
	public static final String ERROR_MESSAGE_ID = FlowpilotUi.ESP_PAGE_ID + ".errorMessage";

	EspPage(ModelEditorContext context) {
		super(context, FlowpilotUi.ESP_PAGE_ID, "ESP", FlowpilotPackage.Literals.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES,
				EnrollmentStatusPage.class, "Enrollment Status Pages");
	}

	@Override
	String heading() {
		return "Enrollment Status Page";
	}

	@Override
	String emptyMessage() {
		return "This model has no Enrollment Status Page. Select New profile to create one; without one, devices get"
				+ " the tenant's default.";
	}

	@Override
	String newLabel() {
		return "New profile";
	}

	@Override
	EnrollmentStatusPage createNew(String name) {
		EnrollmentStatusPage esp = FlowpilotFactory.eINSTANCE.createEnrollmentStatusPage();
		esp.setName(name.replaceFirst("^Profile", "Enrollment Status Page"));
		esp.setPriority(context.model().getEnrollmentStatusPages().stream()
				.mapToInt(EnrollmentStatusPage::getPriority).max().orElse(0) + 1);
		for (EspPhaseKind kind : EspPhaseKind.VALUES) {
			EspPhase phase = FlowpilotFactory.eINSTANCE.createEspPhase();
			phase.setKind(kind);
			esp.getPhases().add(phase);
		}
		return esp;
	}

	@Override
	List<Column<EnrollmentStatusPage>> columns() {
		return List.of(new Column<>("Name", 280, EnrollmentStatusPage::getName),
				new Column<>("Priority", 80, esp -> Integer.toString(esp.getPriority())));
	}

	@Override
	void createDetails(Composite parent) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		List<Setting> settings = AdminCenterSettings.settingsOf(FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE);
		Composite basics = section(parent, AdminCenterSettings.BASICS, null);
		settings.stream().filter(s -> s.group().equals(AdminCenterSettings.BASICS))
				.forEach(s -> field(basics, s.feature()));
		Composite grid = section(parent, AdminCenterSettings.SETTINGS,
				"Show what installs during setup, and decide what people can do when it fails or takes too long.");
		settings.stream().filter(s -> s.group().equals(AdminCenterSettings.SETTINGS))
				.forEach(s -> field(grid, s.feature()));

		Composite errorPage = section(parent, "Error page", "What a person sees when installation fails or takes longer"
				+ " than the time limit.");
		toolkit.createLabel(errorPage, "Message").setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
		Label message = toolkit.createLabel(errorPage, "", SWT.WRAP);
		message.setData(WidgetIds.ID_KEY, ERROR_MESSAGE_ID);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(errorPage, "Buttons").setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
		Label buttons = toolkit.createLabel(errorPage, "", SWT.WRAP);
		buttons.setData(WidgetIds.ID_KEY, ERROR_BUTTONS_ID);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		part(element -> {
			if (element instanceof EnrollmentStatusPage esp) {
				message.setText(esp.isShowAppAndProfileConfigurationProgress() ? EspErrorPage.message(esp)
						: "None: the page does not show ('Show app and profile configuration progress' is No).");
				List<FailurePageChoice> offered = EspErrorPage.buttons(esp);
				buttons.setText(!esp.isShowAppAndProfileConfigurationProgress() ? ""
						: offered.isEmpty() ? "None: the person can only wait for help."
								: offered.stream().map(EspErrorPage::buttonLabel).collect(Collectors.joining("   ")));
			}
		});

		Composite assignments = section(parent, AdminCenterSettings.ASSIGNMENTS, "A device gets the highest-priority"
				+ " profile assigned to it; only without one, the highest-priority profile assigned to its user.");
		part(new AssignmentsPart(context, toolkit, assignments, group -> true, getId()));

		Composite tracked = section(parent, "Tracked during setup", "What each phase of the page waits for, as the"
				+ " simulation uses it; edit the items in the Model page.");
		Label items = toolkit.createLabel(tracked, "", SWT.WRAP);
		items.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		part(element -> items.setText(trackedItems(element)));
	}

	private static String trackedItems(EObject element) {
		if (!(element instanceof EnrollmentStatusPage esp)) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (EspPhase phase : esp.getPhases()) {
			text.append(text.isEmpty() ? "" : "\n").append(phase.getKind().getLiteral()).append(": ");
			text.append(phase.getTrackedItems().isEmpty() ? "nothing tracked"
					: phase.getTrackedItems().stream().map(TrackedItem::getName).collect(Collectors.joining(", ")));
		}
		return text.toString();
	}
}
