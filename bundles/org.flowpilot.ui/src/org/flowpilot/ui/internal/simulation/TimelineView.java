package org.flowpilot.ui.internal.simulation;

import java.util.List;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.ui.simulation.Simulation;
import org.flowpilot.ui.simulation.SimulationFocus;
import org.flowpilot.ui.simulation.SimulationState;
import org.flowpilot.ui.simulation.SimulationText;

/**
 * The Timeline: every step of the simulation in focus with its simulated clock time and status, the current one
 * marked. Selecting another step moves the run there: back to an earlier state, or forward over steps already known
 * (greyed, since the run has not taken them again yet); the Screen Preview, the Variables and the diagram follow.
 * The table is virtual, so a run of thousands of steps costs only the rows on screen.
 */
public class TimelineView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.flowpilot.ui.views.timeline";

	/** Widget ids for tests ({@code getData("id")}). */
	static final String TABLE_ID = "timeline.steps";
	static final String SUMMARY_ID = "timeline.summary";

	private static final String[] COLUMNS = { "#", "Clock", "Step", "Status", "Screen", "Why" };
	private static final int[] WIDTHS = { 54, 56, 210, 76, 230, 600 };

	private final SimulationFocus.Listener focusListener = this::show;
	private SimulationFocus focus;
	private Label summary;
	private Table table;
	private Font bold;
	private Simulation simulation;
	private SimulationState state;

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		parent.setLayout(layout);
		summary = new Label(parent, SWT.NONE);
		summary.setData("id", SUMMARY_ID);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData("id", TABLE_ID);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, i == 0 || i == 1 ? SWT.RIGHT : SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(WIDTHS[i]);
		}
		bold = FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD).createFont(table.getDisplay());
		table.addListener(SWT.SetData, this::fill);
		// Only a person's selection moves the run: SWT reports no programmatic one.
		table.addListener(SWT.Selection, event -> selected(table.indexOf((TableItem) event.item)));
		focus = getSite().getService(SimulationFocus.class);
		focus.addListener(focusListener);
		show(focus.current());
	}

	private void show(Simulation shown) {
		if (table.isDisposed()) {
			return;
		}
		// The rows of the same simulation are compared with what they showed; another simulation's are all new.
		SimulationState before = shown == simulation ? state : null;
		simulation = shown;
		state = shown == null ? null : shown.state();
		if (state == null) {
			summary.setText("No simulation: debug a scenario (in the model tree, right-click it and choose Simulate)"
					+ " to follow its steps here.");
			table.setItemCount(0);
			return;
		}
		summary.setText(SimulationText.summary(shown.name(), state));
		table.setItemCount(state.steps().size());
		clearChangedRows(before, state);
		if (state.position() > 0) {
			table.setSelection(state.position() - 1);
			table.showSelection();
		} else {
			table.deselectAll();
			table.setTopIndex(0);
		}
	}

	/**
	 * Clears the rows that show something else now than in {@code previous}: the rows of records that changed, and
	 * those between the previous and the new position (current, taken or ahead). During a run the Timeline is told
	 * every 50 ms; redrawing only those rows keeps the UI thread free however long the run.
	 */
	private void clearChangedRows(SimulationState previous, SimulationState current) {
		int count = current.steps().size();
		if (previous == null || count == 0) {
			table.clearAll();
			return;
		}
		List<StepRecord> before = previous.steps();
		List<StepRecord> now = current.steps();
		int firstChanged = 0;
		int common = Math.min(before.size(), now.size());
		while (firstChanged < common && before.get(firstChanged) == now.get(firstChanged)) {
			firstChanged++;
		}
		if (firstChanged < count) {
			table.clear(firstChanged, count - 1);
		}
		// Rows 0-based; position p marks row p - 1 current, rows from p on ahead.
		int from = Math.max(0, Math.min(previous.position(), current.position()) - 1);
		int to = Math.min(Math.min(count, firstChanged) - 1, Math.max(previous.position(), current.position()));
		if (from <= to) {
			table.clear(from, to);
		}
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (state == null || index >= state.steps().size()) {
			return;
		}
		StepRecord record = state.steps().get(index);
		boolean current = index == state.position() - 1;
		boolean ahead = index >= state.position();
		item.setText(new String[] { (current ? "\u25B6 " : "") + record.step(), SimulationText.clock(record.clockMinutes()),
				record.name(), record.status().id(), screenOf(record, state), record.reason() == null ? ""
						: record.reason() });
		item.setData(record);
		item.setFont(current ? bold : null);
		item.setForeground(colorOf(record, ahead));
	}

	private Color colorOf(StepRecord record, boolean ahead) {
		if (ahead || record.status() == StepStatus.SKIPPED) {
			return table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		}
		return record.status().isFailure() ? table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
	}

	private static String screenOf(StepRecord record, SimulationState state) {
		if (record.screenId() == null) {
			return "";
		}
		String title = record.screen() == null ? record.screenId() : record.screen().title(state.scenario().windows());
		return record.shown() ? title : "(not shown) " + title;
	}

	private void selected(int index) {
		if (simulation == null || state == null || index < 0) {
			return;
		}
		if (state.canMove() && index + 1 != state.position()) {
			simulation.moveTo(index + 1);
		} else if (state.position() > 0) {
			// A run that is not suspended does not move: the selection goes back to where it is.
			table.setSelection(state.position() - 1);
		} else {
			table.deselectAll();
		}
	}

	/** The steps listed now, for tests. */
	List<StepRecord> shownSteps() {
		return state == null ? List.of() : state.steps();
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (focus != null) {
			focus.removeListener(focusListener);
		}
		if (bold != null) {
			bold.dispose();
		}
		super.dispose();
	}
}
