package org.flowpilot.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.flowpilot.cli.diff.Cause;
import org.flowpilot.cli.diff.ModelDiff;
import org.flowpilot.cli.diff.ModelDifference;
import org.flowpilot.cli.diff.ProfileDifference;
import org.flowpilot.cli.diff.ScenarioChange;
import org.flowpilot.cli.report.Explain;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.runtime.FlowEngine;
import org.flowpilot.interop.compare.ConfigurationChange;
import org.flowpilot.interop.compare.ConfigurationChange.Presence;
import org.flowpilot.interop.compare.SettingChange;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.preview.spi.PreviewContext;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.internal.compare.ComparedModels.UnreadableSide;

/**
 * The compare editor's view of two models (Compare With &gt; Each Other, or a model against its Local History): the
 * deployment profiles whose flows a person sees differently, with the settings behind each change and the changed
 * scenarios of the explain matrix; for the scenario selected, both screen sequences merged into one list and the
 * selected screen drawn side by side as it looked before and as it looks after. Two files read from left (before)
 * to right (after); against Local History the older state on the right is before ({@link ComparedModels}). Swap
 * sides turns the direction round.
 */
public class ModelCompareViewer extends Viewer {

	/** The data key under which the viewer's control holds the viewer, for tests. */
	public static final String VIEWER_KEY = "org.flowpilot.ui.compare.viewer";

	static final String SUMMARY_ID = "compare.summary";
	static final String TREE_ID = "compare.tree";
	static final String SCREENS_ID = "compare.screens";
	static final String BEFORE_ID = "compare.before";
	static final String AFTER_ID = "compare.after";
	static final String SWAP_ID = "compare.swap";

	/** A profile whose flows changed, its cause, one of its changed scenarios, and the settings no one sees. */
	record ProfileNode(ProfileDifference profile) {
	}

	record CauseNode(Cause cause) {
	}

	record ScenarioNode(ProfileDifference profile, ScenarioChange change) {
	}

	record UnseenNode(List<String> settings) {
	}

	/** One entry of the merged screen list and where it is in each run's shown screens (-1: not on that side). */
	record ScreenEntry(String label, int before, int after) {
	}

	private final CompareConfiguration configuration;
	private final ScreenPreviews previews = ScreenPreviews.standard();
	private final Composite control;
	private final Label summary;
	private final TreeViewer tree;
	private final TableViewer screens;
	private final Label beforeTitle;
	private final Label afterTitle;
	private final Browser beforeBrowser;
	private final Browser afterBrowser;

	private final Color removed;
	private final Color added;

	private ICompareInput input;
	private boolean swapped;
	private ComparedModels models;
	private ModelDiff diff;
	private Run beforeRun;
	private Run afterRun;
	private Job computing;

	ModelCompareViewer(Composite parent, CompareConfiguration configuration) {
		this.configuration = configuration;
		removed = new Color(164, 38, 44);
		added = new Color(16, 124, 16);
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(2, false));
		control.setData(VIEWER_KEY, this);

		summary = new Label(control, SWT.WRAP);
		summary.setData(WidgetIds.ID_KEY, SUMMARY_ID);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ToolBar toolBar = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
		ToolItem swap = new ToolItem(toolBar, SWT.PUSH);
		swap.setText("Swap sides");
		swap.setToolTipText("Compare the other way round: the left side before, the right side after");
		swap.setData(WidgetIds.ID_KEY, SWAP_ID);
		swap.addListener(SWT.Selection, event -> {
			swapped = !swapped;
			compute();
		});

		SashForm rows = new SashForm(control, SWT.VERTICAL);
		rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		tree = createTree(rows);
		SashForm bottom = new SashForm(rows, SWT.HORIZONTAL);
		screens = createScreenList(bottom);
		Composite beforePane = pane(bottom);
		beforeTitle = title(beforePane);
		beforeBrowser = browser(beforePane, BEFORE_ID);
		Composite afterPane = pane(bottom);
		afterTitle = title(afterPane);
		afterBrowser = browser(afterPane, AFTER_ID);
		bottom.setWeights(22, 39, 39);
		rows.setWeights(45, 55);
		control.addDisposeListener(event -> {
			if (computing != null) {
				computing.cancel();
			}
		});
	}

	private TreeViewer createTree(Composite parent) {
		TreeViewer viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTree().setData(WidgetIds.ID_KEY, TREE_ID);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		column(viewer, "What people see differently", 560, ModelCompareViewer::title);
		column(viewer, "Before", 130, node -> node instanceof ScenarioNode scenario ? ending(scenario.change().before())
				: "");
		column(viewer, "After", 130, node -> node instanceof ScenarioNode scenario ? ending(scenario.change().after())
				: "");
		column(viewer, "Change", 300, node -> node instanceof ScenarioNode scenario ? scenario.change().summary() : "");
		viewer.setContentProvider(new DifferenceContent());
		viewer.addSelectionChangedListener(event -> scenarioSelected(event.getStructuredSelection().getFirstElement()));
		return viewer;
	}

	private static void column(TreeViewer viewer, String title, int width, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private TableViewer createScreenList(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setData(WidgetIds.ID_KEY, SCREENS_ID);
		viewer.getTable().setHeaderVisible(true);
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText("Screens");
		column.getColumn().setToolTipText("Both runs' screens in order: - shown before only, + shown after only");
		column.getColumn().setWidth(200);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((ScreenEntry) element).label();
			}

			@Override
			public Color getForeground(Object element) {
				ScreenEntry entry = (ScreenEntry) element;
				return entry.after() < 0 ? removed : entry.before() < 0 ? added : null;
			}
		});
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof ScreenEntry entry) {
				render(entry);
			}
		});
		return viewer;
	}

	private static Composite pane(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		pane.setLayout(layout);
		return pane;
	}

	private static Label title(Composite pane) {
		Label label = new Label(pane, SWT.NONE);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return label;
	}

	private static Browser browser(Composite pane, String id) {
		try {
			Browser browser = new Browser(pane, SWT.NONE);
			browser.setData(WidgetIds.ID_KEY, id);
			browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			browser.setText(message("Select a scenario, then a screen, to see it before and after."));
			return browser;
		} catch (SWTError e) {
			Label none = new Label(pane, SWT.WRAP);
			none.setText("No screen previews: this system has no web browser for SWT (" + e.getMessage() + ").");
			none.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			return null;
		}
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public Object getInput() {
		return input;
	}

	@Override
	public void setInput(Object newInput) {
		input = newInput instanceof ICompareInput compareInput ? compareInput : null;
		swapped = false;
		compute();
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection, boolean reveal) {
		// The compare editor does not select inside this viewer.
	}

	@Override
	public void refresh() {
		compute();
	}

	/** The difference shown now, once computed; null while it is computed or when a side cannot be read. */
	public ModelDifference difference() {
		return tree.getInput() instanceof ModelDifference difference ? difference : null;
	}

	private void compute() {
		if (computing != null) {
			computing.cancel();
		}
		tree.setInput(null);
		screens.setInput(List.of());
		beforeRun = null;
		afterRun = null;
		if (input == null) {
			summary.setText("Nothing to compare.");
			return;
		}
		try {
			models = ComparedModels.read(input, configuration.getLeftLabel(input),
					configuration.getRightLabel(input), swapped);
		} catch (UnreadableSide e) {
			summary.setText(e.getMessage());
			return;
		}
		beforeTitle.setText("Before: " + models.beforeLabel());
		beforeTitle.setToolTipText(beforeTitle.getText());
		afterTitle.setText("After: " + models.afterLabel());
		afterTitle.setToolTipText(afterTitle.getText());
		summary.setText("Running every profile's scenarios on both sides...");
		ComparedModels compared = models;
		computing = Job.create("Comparing what people see", (IProgressMonitor monitor) -> {
			ModelDiff running = ModelDiff.on(FlowEngine.withServiceLoader());
			ModelDifference difference = running.compare(compared.before(), compared.after());
			if (!monitor.isCanceled() && !control.isDisposed()) {
				control.getDisplay().asyncExec(() -> show(compared, running, difference));
			}
			return Status.OK_STATUS;
		});
		computing.setSystem(true);
		computing.schedule();
	}

	private void show(ComparedModels compared, ModelDiff running, ModelDifference difference) {
		if (control.isDisposed() || compared != models) {
			return;
		}
		diff = running;
		summary.setText(headline(difference));
		tree.setInput(difference);
		tree.expandToLevel(2);
		for (ProfileDifference profile : difference.profiles()) {
			if (!profile.changes().isEmpty()) {
				ScenarioNode first = new ScenarioNode(profile, profile.changes().get(0));
				tree.setSelection(new StructuredSelection(first), true);
				break;
			}
		}
		control.layout(true, true);
	}

	private String headline(ModelDifference difference) {
		String direction = models.afterLabel() + " compared with " + models.beforeLabel() + ": ";
		if (!difference.visible()) {
			return direction + "no one sees a difference (" + difference.profilesCompared() + " deployment profiles,"
					+ " up to " + Explain.matrix().size() + " scenarios each).";
		}
		long changed = difference.profiles().stream().filter(p -> p.presence() == Presence.CHANGED).count();
		return direction + "people see a difference in " + changed + " of " + difference.profilesCompared()
				+ " deployment profiles" + (changed == difference.profiles().size() ? "."
						: "; profiles were added or removed.");
	}

	private void scenarioSelected(Object selected) {
		if (!(selected instanceof ScenarioNode node) || diff == null) {
			return;
		}
		ScenarioChange change = node.change();
		String profile = node.profile().profile();
		beforeRun = change.before() == null ? null
				: diff.run(models.before(), profile, change.scenario()).orElse(null);
		afterRun = change.after() == null ? null : diff.run(models.after(), profile, change.scenario()).orElse(null);
		List<ScreenEntry> entries = entries(change.mergedScreens());
		screens.setInput(entries);
		entries.stream().filter(e -> e.before() < 0 || e.after() < 0).findFirst()
				.or(() -> entries.stream().findFirst())
				.ifPresent(entry -> screens.setSelection(new StructuredSelection(entry), true));
	}

	/** The merged list with each entry's place among the screens each side shows. */
	static List<ScreenEntry> entries(List<String> merged) {
		List<ScreenEntry> entries = new ArrayList<>(merged.size());
		int before = 0;
		int after = 0;
		for (String label : merged) {
			if (label.startsWith("-")) {
				entries.add(new ScreenEntry(label, before++, -1));
			} else if (label.startsWith("+")) {
				entries.add(new ScreenEntry(label, -1, after++));
			} else {
				entries.add(new ScreenEntry(label, before++, after++));
			}
		}
		return entries;
	}

	private void render(ScreenEntry entry) {
		render(beforeBrowser, beforeRun, entry.before(), "Not shown before.");
		render(afterBrowser, afterRun, entry.after(), "Not shown after.");
	}

	private void render(Browser browser, Run run, int index, String absent) {
		if (browser == null) {
			return;
		}
		Optional<StepRecord> record = run == null || index < 0 ? Optional.empty() : shown(run, index);
		if (record.isEmpty()) {
			browser.setText(message(run == null ? "The scenario does not happen on this side." : absent));
			return;
		}
		browser.setText(previews.document(record.get(), PreviewContext.of(run, record.get()))
				.orElse(message("No preview for " + record.get().name() + ".")));
	}

	/** The {@code index}-th record of {@code run} that showed a screen, as explain counts them. */
	private static Optional<StepRecord> shown(Run run, int index) {
		int count = 0;
		for (StepRecord record : run.trace()) {
			if (record.shown() && record.screenId() != null && count++ == index) {
				return Optional.of(record);
			}
		}
		return Optional.empty();
	}

	private static String message(String text) {
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font:14px 'DejaVu Sans',sans-serif;"
				+ "color:#444;margin:24px}</style></head><body><p>" + text.replace("&", "&amp;").replace("<", "&lt;")
				+ "</p></body></html>";
	}

	private static String title(Object node) {
		return switch (node) {
			case ProfileNode profile -> headline(profile.profile());
			case CauseNode cause -> "because " + cause.cause().describe();
			case ScenarioNode scenario -> scenario(scenario.change().scenario());
			case UnseenNode unseen -> "Settings changed that no one sees (" + unseen.settings().size() + ")";
			case String line -> line;
			default -> String.valueOf(node);
		};
	}

	private static String headline(ProfileDifference profile) {
		String name = "Deployment profile '" + profile.profile() + "'";
		return switch (profile.presence()) {
			case ADDED -> name + " added";
			case REMOVED -> name + " removed";
			case CHANGED -> name + ": " + profile.changes().size() + " of " + profile.scenarios()
					+ " scenarios change";
		};
	}

	private static String scenario(Explain.Case scenario) {
		return "Windows " + Explain.windows(scenario) + ", " + scenario.network().id() + ", "
				+ (scenario.userAssigned() ? "user assigned" : "no user assigned") + ", "
				+ scenario.deployment().id() + ", " + scenario.person();
	}

	private static String ending(Explain.Row row) {
		return row == null ? ScenarioChange.DOES_NOT_HAPPEN
				: Explain.outcome(row) + ", " + row.clockMinutes() + " min";
	}

	/** The tree: changed profiles with their causes and scenarios, then the settings no one sees. */
	private static final class DifferenceContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof ModelDifference difference)) {
				return new Object[0];
			}
			List<Object> roots = new ArrayList<>();
			difference.profiles().forEach(profile -> roots.add(new ProfileNode(profile)));
			List<String> unseen = new ArrayList<>();
			for (ConfigurationChange change : difference.unseen()) {
				if (change.presence() != Presence.CHANGED) {
					unseen.add(change.describe());
				}
				for (SettingChange setting : change.settings()) {
					unseen.add(change.kind().label() + " '" + change.name() + "': " + setting.describe());
				}
			}
			if (!unseen.isEmpty()) {
				roots.add(new UnseenNode(unseen));
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof ProfileNode node) {
				List<Object> children = new ArrayList<>();
				node.profile().causes().forEach(cause -> children.add(new CauseNode(cause)));
				node.profile().changes().forEach(change -> children.add(new ScenarioNode(node.profile(), change)));
				return children.toArray();
			}
			if (parent instanceof UnseenNode node) {
				return node.settings().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ProfileNode || element instanceof UnseenNode;
		}
	}

	/** The viewer behind a compare editor's control, for tests; none when the control is another viewer's. */
	public static Optional<ModelCompareViewer> of(Control control) {
		return control.getData(VIEWER_KEY) instanceof ModelCompareViewer viewer ? Optional.of(viewer)
				: Optional.empty();
	}
}
