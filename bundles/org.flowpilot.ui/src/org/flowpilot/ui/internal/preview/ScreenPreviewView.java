package org.flowpilot.ui.internal.preview;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.model.Scenario;
import org.flowpilot.model.Step;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.preview.ScreenPreviews;
import org.flowpilot.ui.internal.browser.BrowserScripts;
import org.flowpilot.preview.spi.PreviewContext;
import org.flowpilot.ui.simulation.Simulation;
import org.flowpilot.ui.simulation.SimulationActivity;
import org.flowpilot.ui.simulation.SimulationFocus;
import org.flowpilot.ui.simulation.SimulationState;
import org.flowpilot.ui.simulation.SimulationText;

import com.google.gson.Gson;

/**
 * The Screen preview: what the technician or user sees at one step of a run, drawn by the preview renderer in an
 * SWT Browser, beside the list of the run's steps. Selecting a scenario in the model editor runs it and shows its
 * first screen; selecting a flow step shows that step in a scenario that runs its flow. While a simulation is in the
 * {@link SimulationFocus} (a scenario being debugged), the view follows its current step instead, and selections in
 * the model wait until the simulation is over. Other parts show a step with
 * {@link #showStep(StepRecord, PreviewContext)}.
 */
public class ScreenPreviewView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.flowpilot.ui.views.screenPreview";

	/** Widget ids for tests ({@code getData("id")}). */
	static final String STEPS_ID = "screenPreview.steps";
	static final String BROWSER_ID = "screenPreview.browser";
	static final String SUMMARY_ID = "screenPreview.summary";

	private final ScreenPreviews previews = ScreenPreviews.standard();
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final SimulationFocus.Listener focusListener = this::simulationChanged;

	private Label summary;
	/** How many lines the summary's text took when last laid out; UI thread only. */
	private int summaryLines;
	private SashForm sash;
	private TableViewer steps;
	private Browser browser;
	private Label noBrowser;
	/** Whether the browser has loaded the view's page, whose frame the view fills in place at each step. */
	private boolean pageLoaded;
	private boolean pageRequested;
	/** What to show once the page has loaded (the latest asked for while it loads), or null. */
	private String[] pendingContent;
	private PreviewContext shownContext;
	private Scenario scenario;
	private Object lastInput;
	private WindowsVersion windowsOverride;
	private Action windows10;
	private Action windows11;
	/** Set while the view selects a step itself, so that the list does not render it a second time. */
	private boolean selectingStep;
	private SimulationFocus focus;
	/** The step to select in the list once it shows again, while it is hidden behind a followed run; or null. */
	private StepRecord hiddenListRecord;
	/** The simulation the view follows, or null while it follows the selection in the model. */
	private Simulation following;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setData("id", SUMMARY_ID);
		summary.setText("Select a scenario or a flow step in a model to see its screens.");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.addListener(SWT.Resize, event -> summaryLines = wrappedLines(summary.getText()));

		sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createStepList(sash);
		try {
			browser = new Browser(sash, SWT.NONE);
			browser.setData("id", BROWSER_ID);
			browser.addProgressListener(ProgressListener.completedAdapter(event -> pageCompleted()));
			showContent("Screen preview", message("Screen preview", "Select a scenario or a flow step in a model."));
		} catch (SWTError e) {
			// Without WebKitGTK there is no browser: say so where the screen would be.
			noBrowser = new Label(sash, SWT.WRAP);
			noBrowser.setText("The screen preview needs a web browser widget (WebKitGTK on Linux): " + e.getMessage());
		}
		sash.setWeights(28, 72);
		createToolbar();
		getSite().getPage().addPostSelectionListener(selectionListener);
		focus = getSite().getService(SimulationFocus.class);
		focus.addListener(focusListener);
		if (focus.current() != null) {
			simulationChanged(focus.current());
		}
	}

	private void createStepList(Composite parent) {
		// Virtual: a debugged run of thousands of steps costs only the rows on screen.
		steps = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		steps.getTable().setData("id", STEPS_ID);
		steps.getTable().setHeaderVisible(true);
		steps.setContentProvider(ArrayContentProvider.getInstance());
		column("#", 34, record -> Integer.toString(record.step()));
		column("Step", 190, StepRecord::name);
		// Steps whose screen was not on display are greyed; the status says what happened to them.
		column("Status", 70, record -> record.status().id());
		column("Min", 40, record -> Integer.toString(record.clockMinutes()));
		steps.addSelectionChangedListener(event -> {
			Object selected = event.getStructuredSelection().getFirstElement();
			if (!selectingStep && selected instanceof StepRecord record && shownContext != null) {
				render(record, contextOf(record));
			}
		});
	}

	private void column(String title, int width, Function<StepRecord, String> text) {
		TableViewerColumn column = new TableViewerColumn(steps, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((StepRecord) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((StepRecord) element).shown() ? null
						: steps.getControl().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
			}
		});
	}

	private void createToolbar() {
		windows10 = windowsAction("Windows 10", WindowsVersion.WINDOWS10);
		windows11 = windowsAction("Windows 11", WindowsVersion.WINDOWS11);
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(windows10);
		toolbar.add(windows11);
	}

	private Action windowsAction(String text, WindowsVersion version) {
		Action action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				// Checked: every screen in this version; unchecked again: the scenario's own.
				windowsOverride = isChecked() ? version : null;
				(version == WindowsVersion.WINDOWS10 ? windows11 : windows10).setChecked(false);
				if (lastInput != null) {
					show(lastInput);
				}
			}
		};
		action.setToolTipText("Show the screens as " + text + " draws them (uncheck for the scenario's own version)");
		action.setId("screenPreview.windows" + (version == WindowsVersion.WINDOWS10 ? "10" : "11"));
		return action;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || following != null || !(selection instanceof IStructuredSelection structured)
				|| structured.size() != 1) {
			return;
		}
		Object element = structured.getFirstElement();
		if (element instanceof Scenario || element instanceof Step) {
			show(element);
		}
	}

	private void simulationChanged(Simulation simulation) {
		if (steps.getControl().isDisposed()) {
			return;
		}
		SimulationState state = simulation == null ? null : simulation.state();
		following = state == null || state.activity() == SimulationActivity.TERMINATED ? null : simulation;
		windows10.setEnabled(following == null);
		windows11.setEnabled(following == null);
		// While a simulation is followed the Timeline lists its steps: the screen gets the whole width.
		sash.setMaximizedControl(following == null ? null : screenControl());
		if (following == null && hiddenListRecord != null && shownContext != null) {
			fillList(hiddenListRecord, shownContext);
		}
		hiddenListRecord = null;
		if (state == null) {
			return;
		}
		StepRecord current = state.current();
		if (current == null) {
			showMessage("Before the first step", state.runState().nextStep() == null ? "The run has not started."
					: "The run starts with '" + state.runState().nextStep().getName() + "'.");
			setSummary(SimulationText.summary(simulation.name(), state));
			return;
		}
		PreviewContext context = new PreviewContext(state.scenario(), state.taken());
		if (following != null) {
			// The list is hidden behind the screen while the view follows a run: it is filled when it shows again,
			// rather than at every step (a table's input replaced costs the UI thread its rows).
			shownContext = context;
			hiddenListRecord = current;
			render(current, context);
		} else {
			showStep(current, context);
		}
		setSummary(SimulationText.summary(simulation.name(), state));
	}

	/** Shows the run of a scenario, or of the scenario running a flow step, as selected in a model. */
	public void show(Object scenarioOrStep) {
		lastInput = scenarioOrStep;
		Optional<PreviewRuns.Shown> shown;
		try {
			shown = PreviewRuns.run(scenarioOrStep, scenario, windowsOverride);
		} catch (RuntimeException e) {
			showMessage("This scenario cannot run", e.getMessage());
			return;
		}
		if (shown.isEmpty()) {
			showMessage("No scenario runs this flow", "Add a scenario for the flow to see its screens.");
			return;
		}
		scenario = shown.get().scenario();
		showRun(shown.get().run(), shown.get().selected(), scenario.getName());
	}

	/** Shows every step of {@code run} in the list and {@code selected}'s screen; {@code title} names the run. */
	public void showRun(Run run, StepRecord selected, String title) {
		List<StepRecord> trace = run.trace();
		shownContext = new PreviewContext(run.scenario(), trace);
		String version = run.scenario().windows() == WindowsVersion.WINDOWS10 ? "Windows 10" : "Windows 11";
		String outcome = run.state().outcome().map(o -> o.id()).orElse("running");
		setSummary(title + " \u2014 " + version + " \u2014 " + trace.size() + " steps, " + outcome + " after "
				+ run.state().clockMinutes() + " min");
		steps.setInput(trace);
		if (selected != null) {
			steps.setSelection(new StructuredSelection(selected), true);
		}
	}

	/**
	 * Shows the screen of {@code record}, one of the records of {@code context}'s trace (its last, for a run in
	 * progress); the list shows the trace up to it.
	 */
	public void showStep(StepRecord record, PreviewContext context) {
		fillList(record, context);
		render(record, context);
	}

	/** Lists {@code context}'s trace with {@code record} selected. */
	private void fillList(StepRecord record, PreviewContext context) {
		shownContext = context;
		steps.setInput(context.trace());
		selectingStep = true;
		try {
			steps.setSelection(new StructuredSelection(record), true);
		} finally {
			selectingStep = false;
		}
	}

	private PreviewContext contextOf(StepRecord record) {
		List<StepRecord> trace = shownContext.trace();
		int index = trace.indexOf(record);
		return new PreviewContext(shownContext.scenario(), trace.subList(0, index + 1));
	}

	private void render(StepRecord record, PreviewContext context) {
		if (browser == null) {
			return;
		}
		String title = record.step() + ". " + record.name();
		Optional<String> screen = previews.section(record, context);
		showContent(title, screen.orElseGet(() -> message(title, (record.shown() ? "No screen: " : "Not on screen: ")
				+ (record.reason() == null ? "" : record.reason()))));
	}

	/**
	 * Shows {@code html} (a screen's section or a message) in the page's frame. The page with the screens' stylesheet
	 * loads once; later screens replace the frame's content in place, so that a run stepping fast does not reload,
	 * parse and restyle a whole page at each step.
	 */
	private void showContent(String title, String html) {
		if (pageLoaded) {
			// Posted, not waited for: a run stepping fast never holds the UI thread on the browser.
			BrowserScripts.post(browser, replaceFrameScript(title, html));
			return;
		}
		if (!pageRequested) {
			pageRequested = true;
			browser.setText(ScreenPreviews.frame(title, html));
			return;
		}
		// While the page loads, only the latest content counts; it goes in once the page is there.
		pendingContent = new String[] { title, html };
	}

	private void pageCompleted() {
		if (browser.isDisposed() || pageLoaded) {
			return;
		}
		pageLoaded = true;
		String[] latest = pendingContent;
		pendingContent = null;
		if (latest != null) {
			BrowserScripts.post(browser, replaceFrameScript(latest[0], latest[1]));
		}
	}

	private static String replaceFrameScript(String title, String html) {
		Gson gson = new Gson();
		return "document.title = " + gson.toJson(title) + "; document.querySelector('main.screen-frame').innerHTML = "
				+ gson.toJson(html) + ";";
	}

	private void showMessage(String heading, String text) {
		hiddenListRecord = null;
		steps.setInput(List.of());
		shownContext = null;
		setSummary(heading);
		if (browser != null) {
			showContent(heading, message(heading, text));
		}
	}

	private void setSummary(String text) {
		// A step that does not change the summary (a stop at the end, Step Back onto the same count) costs nothing.
		if (text.equals(summary.getText())) {
			return;
		}
		summary.setText(text);
		// Laid out again only when the summary needs more or fewer lines: at each step of a run the text changes, the
		// height seldom. The lines are counted on a text layout with the label's font: asking the label its size makes
		// GTK allocate it again, which at each step of a run costs the UI thread more than the step itself.
		int lines = wrappedLines(text);
		if (lines != summaryLines) {
			summaryLines = lines;
			summary.requestLayout();
		}
	}

	/** How many lines {@code text} takes in the summary at its width, wrapped as the label wraps; 0 before it has one. */
	private int wrappedLines(String text) {
		int width = summary.getSize().x;
		if (width <= 0) {
			return 0;
		}
		// One text layout, wrapped by Pango as GTK wraps the label: no size allocation, one shaping of the text.
		TextLayout layout = new TextLayout(summary.getDisplay());
		try {
			layout.setFont(summary.getFont());
			layout.setWidth(width);
			layout.setText(text);
			return layout.getLineCount();
		} finally {
			layout.dispose();
		}
	}

	// A message instead of a screen, in the middle of the frame's dark ground.
	private static final String MESSAGE_STYLE = "<style>.preview-message{max-width:34em;margin:0 auto;padding:1em;"
			+ "color:#e6e6e6;font:14px 'Segoe UI','Noto Sans','DejaVu Sans',sans-serif}"
			+ ".preview-message h1{font-size:1.3em;font-weight:600}</style>";

	/** A heading and a paragraph, for steps without a screen. */
	private static String message(String heading, String text) {
		return MESSAGE_STYLE + "<div class=\"preview-message\"><h1>" + escape(heading) + "</h1><p>" + escape(text)
				+ "</p></div>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The record shown now, or null. */
	StepRecord shownRecord() {
		Object selected = steps.getStructuredSelection().getFirstElement();
		return selected instanceof StepRecord record ? record : null;
	}

	/** The control showing the screen (the browser, or the label saying there is none). */
	Control screenControl() {
		return browser != null ? browser : noBrowser;
	}

	@Override
	public void setFocus() {
		steps.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (focus != null) {
			focus.removeListener(focusListener);
		}
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
