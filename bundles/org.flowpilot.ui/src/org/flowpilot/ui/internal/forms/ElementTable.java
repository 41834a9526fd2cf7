package org.flowpilot.ui.internal.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.flowpilot.ui.WidgetIds;

/**
 * A sortable, filterable table of model elements whose cells are edited in place: click a column header to sort by
 * it (again to reverse), type in the filter to show only rows containing the text, click a cell to edit it. Every
 * edit is a command on the editor's stack.
 *
 * @param <T> the kind of element in the rows
 */
final class ElementTable<T extends EObject> {

	/** How a column shows and edits its value. */
	record Column<T>(String title, int width, Function<T, String> text, EStructuralFeature feature,
			Function<T, List<Object>> choices, Function<Object, String> choiceLabel) {

		/** A read-only column. */
		static <T> Column<T> shown(String title, int width, Function<T, String> text) {
			return new Column<>(title, width, text, null, null, null);
		}

		/** A column edited as text. */
		static <T> Column<T> text(String title, int width, Function<T, String> text, EStructuralFeature feature) {
			return new Column<>(title, width, text, feature, null, null);
		}

		/** A column edited by choosing among values. */
		static <T> Column<T> choice(String title, int width, Function<T, String> text, EStructuralFeature feature,
				Function<T, List<Object>> choices, Function<Object, String> choiceLabel) {
			return new Column<>(title, width, text, feature, choices, choiceLabel);
		}
	}

	private final EditingDomain domain;
	private final Class<T> type;
	private final List<Column<T>> columns;
	private final TableViewer viewer;
	private final Text filter;
	private int sortColumn = -1;
	private boolean descending;

	ElementTable(FormToolkit toolkit, Composite parent, EditingDomain domain, Class<T> type, String id,
			List<Column<T>> columns) {
		this.domain = domain;
		this.type = type;
		this.columns = columns;
		filter = toolkit.createText(parent, "", SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter");
		filter.setData(WidgetIds.ID_KEY, id + ".filter");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Table table = toolkit.createTable(parent, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL
				| SWT.H_SCROLL);
		table.setData(WidgetIds.ID_KEY, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 150;
		table.setLayoutData(tableData);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		// A click on a cell edits it, as in the admin center's grids; Enter commits, Esc cancels.
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		for (int i = 0; i < columns.size(); i++) {
			addColumn(i, columns.get(i));
		}
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer unused, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				return wanted.isEmpty() || columns.stream().map(column -> column.text().apply(type.cast(element)))
						.filter(Objects::nonNull).anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(wanted));
			}
		});
		filter.addListener(SWT.Modify, event -> viewer.refresh());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer unused, Object a, Object b) {
				if (sortColumn < 0) {
					return 0;
				}
				Function<T, String> text = columns.get(sortColumn).text();
				Comparator<String> order = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);
				int result = order.compare(text.apply(type.cast(a)), text.apply(type.cast(b)));
				return descending ? -result : result;
			}
		});
	}

	private void addColumn(int index, Column<T> column) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.title());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		tableColumn.setData(WidgetIds.ID_KEY, viewer.getTable().getData(WidgetIds.ID_KEY) + ".column." + index);
		tableColumn.addListener(SWT.Selection, event -> sortBy(index, tableColumn));
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String text = column.text().apply(type.cast(element));
				return text == null ? "" : text;
			}
		});
		if (column.feature() != null) {
			viewerColumn.setEditingSupport(new CellEditing(column));
		}
	}

	private void sortBy(int index, TableColumn column) {
		descending = sortColumn == index && !descending;
		sortColumn = index;
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	TableViewer viewer() {
		return viewer;
	}

	void setInput(List<T> elements) {
		viewer.setInput(new ArrayList<>(elements));
	}

	/** Edits one column's feature in place, as a set command. */
	private final class CellEditing extends EditingSupport {

		private final Column<T> column;
		private List<Object> choices = List.of();

		CellEditing(Column<T> column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (column.choices() == null) {
				return new TextCellEditor(viewer.getTable());
			}
			choices = column.choices().apply(type.cast(element));
			return new ComboBoxCellEditor(viewer.getTable(),
					choices.stream().map(column.choiceLabel()).toArray(String[]::new), SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(column.feature());
			if (column.choices() != null) {
				return Math.max(0, choices.indexOf(value));
			}
			String text = column.text().apply(type.cast(element));
			return text == null ? "" : text;
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object newValue;
			if (column.choices() != null) {
				int index = (Integer) value;
				if (index < 0 || index >= choices.size()) {
					return;
				}
				newValue = choices.get(index);
			} else {
				String text = ((String) value).strip();
				newValue = text.isEmpty() ? null : text;
			}
			EObject owner = (EObject) element;
			if (Objects.equals(owner.eGet(column.feature()), newValue)) {
				return;
			}
			Command command = SetCommand.create(domain, owner, column.feature(), newValue);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
	}
}
