package org.flowpilot.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.Group;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * The Assignments page of a profile or Enrollment Status Page as in the admin center: Included groups and Excluded
 * groups, each a table with Add groups and Remove; Add groups offers only the groups the configuration may target.
 */
final class AssignmentsPart implements SettingsFormPage.Part {

	private final ModelEditorContext context;
	private final Predicate<Group> assignable;
	private final String idPrefix;
	private final List<Lane> lanes = new ArrayList<>();
	private AssignableConfiguration owner;

	AssignmentsPart(ModelEditorContext context, FormToolkit toolkit, Composite grid, Predicate<Group> assignable,
			String idPrefix) {
		this.context = context;
		this.assignable = assignable;
		this.idPrefix = idPrefix;
		for (AssignmentIntent intent : AssignmentIntent.VALUES) {
			lanes.add(new Lane(toolkit, grid, intent));
		}
	}

	@Override
	public void show(EObject element) {
		owner = element instanceof AssignableConfiguration configuration ? configuration : null;
		for (Lane lane : lanes) {
			lane.show();
		}
	}

	/** The table and buttons of one intent: Included groups or Excluded groups. */
	private final class Lane {

		private final AssignmentIntent intent;
		private final TableViewer table;

		Lane(FormToolkit toolkit, Composite grid, AssignmentIntent intent) {
			this.intent = intent;
			String id = idPrefix + ".assignments." + intent.getName();
			toolkit.createLabel(grid, intent.getLiteral(), SWT.BOLD)
					.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
			Composite box = toolkit.createComposite(grid);
			box.setLayout(new GridLayout(2, false));
			box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
			table = new TableViewer(toolkit.createTable(box, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION));
			table.getTable().setData(WidgetIds.ID_KEY, id);
			table.getTable().setHeaderVisible(true);
			column("Group", 260, assignment -> assignment.getGroup() == null ? "(no group)"
					: assignment.getGroup().getName());
			column("Group type", 120, assignment -> assignment.getGroup() == null ? ""
					: assignment.getGroup().getKind().getLiteral());
			column("Members", 90, assignment -> assignment.getGroup() == null ? ""
					: Integer.toString(assignment.getGroup().getDevices().size()
							+ assignment.getGroup().getUsers().size()));
			table.setContentProvider(ArrayContentProvider.getInstance());
			GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
			tableData.heightHint = 70;
			table.getTable().setLayoutData(tableData);
			Button add = toolkit.createButton(box, "Add groups", SWT.PUSH);
			add.setData(WidgetIds.ID_KEY, id + ".add");
			add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			add.addListener(SWT.Selection, event -> addGroups());
			Button remove = toolkit.createButton(box, "Remove", SWT.PUSH);
			remove.setData(WidgetIds.ID_KEY, id + ".remove");
			remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			remove.addListener(SWT.Selection, event -> removeSelected());
		}

		private void column(String title, int width, Function<Assignment, String> text) {
			TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
			column.getColumn().setText(title);
			column.getColumn().setWidth(width);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text.apply((Assignment) element);
				}
			});
		}

		void show() {
			table.setInput(owner == null ? List.of()
					: owner.getAssignments().stream().filter(a -> a.getIntent() == intent).toList());
		}

		private void addGroups() {
			if (owner == null) {
				return;
			}
			List<Group> assigned = owner.getAssignments().stream().map(Assignment::getGroup).toList();
			List<Group> candidates = context.model().getGroups().stream().filter(assignable)
					.filter(group -> !assigned.contains(group)).toList();
			ListSelectionDialog dialog = ListSelectionDialog.of(candidates)
					.contentProvider(ArrayContentProvider.getInstance()).labelProvider(new LabelProvider() {
						@Override
						public String getText(Object element) {
							Group group = (Group) element;
							return group.getName() + " (" + group.getKind().getLiteral() + ")";
						}
					}).title("Add " + intent.getLiteral().toLowerCase()).message(candidates.isEmpty()
							? "Every group this configuration may target is assigned already."
							: "Select the groups to add to " + intent.getLiteral().toLowerCase() + ":")
					.create(table.getControl().getShell());
			if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
				return;
			}
			CompoundCommand command = new CompoundCommand("Add " + intent.getLiteral());
			for (Object chosen : dialog.getResult()) {
				Assignment assignment = FlowpilotFactory.eINSTANCE.createAssignment();
				assignment.setGroup((Group) chosen);
				assignment.setIntent(intent);
				command.append(AddCommand.create(context.editingDomain(), owner,
						FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS, assignment));
			}
			context.editingDomain().getCommandStack().execute(command);
		}

		private void removeSelected() {
			List<?> selected = ((IStructuredSelection) table.getSelection()).toList();
			if (selected.isEmpty()) {
				return;
			}
			Command command = DeleteCommand.create(context.editingDomain(), selected);
			if (command.canExecute()) {
				context.editingDomain().getCommandStack().execute(command);
			}
		}
	}
}
