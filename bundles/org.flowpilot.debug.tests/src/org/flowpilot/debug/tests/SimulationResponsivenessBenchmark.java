package org.flowpilot.debug.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.browser.TitleEvent;
import org.eclipse.swt.browser.TitleListener;
import org.flowpilot.debug.internal.model.SimulationTarget;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.ui.simulation.SimulationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timed harness, not a test: it asserts nothing about time and is not in {@link AllTests}. It debugs Adele's run in
 * the workbench with the Flow diagram, the Screen Preview and the Timeline open and prints medians of
 * <ul>
 * <li>how long a Step Over or Step Back takes to reach the Screen Preview (the content of its frame replaced and
 * showing the step's screen) and the Flow diagram (the step marked current), and
 * <li>how late the UI thread runs a task posted every 5 ms while the run goes to its end again and again: its worst
 * delay is the longest the UI thread was blocked.
 * </ul>
 * For every task more than {@link UiThreadWatchdog#LATE_MILLIS} late it prints what the UI thread was doing meanwhile
 * (its stack sampled from the watchdog's thread), grouped by cause. The harness keeps its own share of the UI thread
 * small: it learns that the preview shows a step from the browser's title events, and that the diagram marks a step
 * current from an observer in the diagram's page that calls back when the mark moves, so it evaluates no script (a
 * round trip holding the UI thread) while it measures.
 * Run it alone: {@code xvfb-run -a -s '-screen 0 1280x1024x24' ./mvnw -B -o verify -am
 * -pl bundles/org.flowpilot.app,bundles/org.flowpilot.debug.tests -Dtest=SimulationResponsivenessBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SimulationResponsivenessBenchmark {

	private static final int ROUNDS = 6;
	private static final int RUNS_TO_THE_END = 30;

	private final PreviewTitle preview = new PreviewTitle();
	private final DiagramCurrentStep diagram = new DiagramCurrentStep();
	private Sessions sessions;
	private SimulationWorkbench workbench;

	@BeforeEach
	void openTheModel() throws Exception {
		sessions = new Sessions("Simulation responsiveness");
		workbench = new SimulationWorkbench(sessions);
		workbench.openModel();
	}

	@AfterEach
	void closeEverything() throws Exception {
		workbench.close();
		sessions.dispose();
	}

	@Test
	void stepLatencyAndUiThreadBlocks() throws Exception {
		// At full speed (no pace between the steps of a resumed run), the hardest case for the user interface.
		SimulationTarget session = Sessions.debug(sessions.settings(Sessions.ADELE));
		workbench.awaitSimulationPerspective();
		workbench.awaitSuspendedAt(session, 0);
		workbench.showFlowDiagram();
		Browser previewBrowser = workbench.driver.findById(Browser.class, "screenPreview.browser");
		workbench.driver.runOnUi(() -> previewBrowser.addTitleListener(preview));
		Browser diagramBrowser = workbench.diagramBrowser();
		workbench.driver.runOnUi(() -> diagram.install(diagramBrowser));
		// Warm up: once to the end, so that every screen and the diagram's views have been drawn once.
		session.resume();
		workbench.driver.waitUntil("the warm-up run to end", () -> session.isSuspended() && session.run()
				.isFinished());
		int steps = session.state().position();

		UiThreadWatchdog stepping = new UiThreadWatchdog(workbench.driver.display());
		List<Long> toPreview = new ArrayList<>();
		List<Long> toDiagram = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			moveAndWait(session, 0);
			for (int position = 1; position <= steps; position++) {
				measureStep(session, position, () -> session.thread().stepOver(), toPreview, toDiagram);
			}
			for (int position = steps - 1; position >= 1; position--) {
				measureStep(session, position, () -> session.thread().stepBack(), toPreview, toDiagram);
			}
		}
		System.out.println(String.format(Locale.ROOT, "Step to Screen Preview: median %.1f ms, worst %.1f ms (%d"
				+ " steps)", median(toPreview), worst(toPreview), toPreview.size()));
		System.out.println(String.format(Locale.ROOT, "Step to Flow diagram:   median %.1f ms, worst %.1f ms (%d"
				+ " steps)", median(toDiagram), worst(toDiagram), toDiagram.size()));

		stepping.stop();
		System.out.println(String.format(Locale.ROOT, "UI thread delay while stepping: median %.1f ms, worst %.1f ms"
				+ " (%d samples)", median(stepping.delays), worst(stepping.delays), stepping.delays.size()));
		stepping.printBlocks("While stepping", 12);

		// Runs to the end at full speed; each waits until the diagram and the preview show the end, so that the
		// measure covers drawing them.
		UiThreadWatchdog running = new UiThreadWatchdog(workbench.driver.display());
		String last = session.state().steps().stream().filter(r -> r.modelStep() != null).reduce((a, b) -> b)
				.orElseThrow().elementId();
		long start = System.nanoTime();
		for (int run = 0; run < RUNS_TO_THE_END; run++) {
			moveAndWait(session, 1);
			workbench.driver.waitUntil("the diagram at step 1", () -> !last.equals(diagram.current));
			session.resume();
			workbench.driver.waitUntil("the run to end", () -> session.isSuspended() && session.run().isFinished());
			workbench.driver.waitUntil("the diagram at the end", () -> last.equals(diagram.current));
			String end = previewTitle(session.state().current());
			workbench.driver.waitUntil("the preview at the end", () -> end.equals(preview.title));
		}
		running.stop();
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
		System.out.println(String.format(Locale.ROOT, "UI thread delay during %d runs to the end (%d s): median %.1f"
				+ " ms, worst %.1f ms (%d samples)", RUNS_TO_THE_END, seconds, median(running.delays),
				worst(running.delays), running.delays.size()));
		running.printBlocks("During the runs to the end", 12);
	}

	private void measureStep(SimulationTarget session, int position, Runnable command, List<Long> toPreview,
			List<Long> toDiagram) throws InterruptedException {
		long start = System.nanoTime();
		command.run();
		awaitStop(session, position);
		SimulationState state = session.state();
		String title = previewTitle(state.current());
		String current = state.taken().stream().filter(r -> r.modelStep() != null).reduce((a, b) -> b).map(
				StepRecord::elementId).orElse("");
		boolean previewDone = false;
		boolean diagramDone = false;
		while (!previewDone || !diagramDone) {
			// The preview's title changes in the same script that replaces its frame's content; the browser tells
			// the listener, so this costs the UI thread nothing.
			if (!previewDone && title.equals(preview.title)) {
				previewDone = true;
				toPreview.add(preview.changedAt - start);
			}
			if (!diagramDone && current.equals(diagram.current)) {
				diagramDone = true;
				toDiagram.add(diagram.changedAt - start);
			}
			if (TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) > 10) {
				throw new AssertionError("Step " + position + " did not reach the preview (" + previewDone
						+ ") or the diagram (" + diagramDone + ") in 10 s");
			}
			Thread.sleep(1);
		}
	}

	/** The title the Screen Preview gives its page for {@code record}. */
	private static String previewTitle(StepRecord record) {
		return record.step() + ". " + record.name();
	}

	/** The Screen Preview page's title as the browser last reported it, and when. */
	private static final class PreviewTitle implements TitleListener {
		volatile String title = "";
		volatile long changedAt;

		@Override
		public void changed(TitleEvent event) {
			changedAt = System.nanoTime();
			title = event.title;
		}
	}

	/**
	 * The step the Flow diagram marks current, as the diagram's page reports it: an observer of the page's drawing
	 * calls back (a browser function) when the mark moves, so that no script is evaluated per look.
	 */
	private static final class DiagramCurrentStep {
		volatile String current = "";
		volatile long changedAt;

		/** On the UI thread. */
		void install(Browser browser) {
			new BrowserFunction(browser, "flowpilotHarnessCurrentStep") {
				@Override
				public Object function(Object[] arguments) {
					changedAt = System.nanoTime();
					current = String.valueOf(arguments[0]);
					return null;
				}
			};
			String observe = "(function () { if (window.flowpilotHarnessObserver) { return; } var last = null;"
					+ " var report = function () { if (typeof flowpilot === 'undefined') { return; }"
					+ " var now = flowpilot.highlighted('current-step').sort().join(' ');"
					+ " if (now !== last) { last = now; flowpilotHarnessCurrentStep(now); } };"
					+ " window.flowpilotHarnessObserver = new MutationObserver(report);"
					+ " window.flowpilotHarnessObserver.observe(document.body, { subtree: true, childList: true,"
					+ " attributes: true }); report(); })();";
			browser.execute(observe);
			// A reveal in another flow loads another page: the observer goes in again.
			browser.addProgressListener(ProgressListener.completedAdapter(event -> browser.execute(observe)));
		}
	}

	private void moveAndWait(SimulationTarget session, int position) {
		session.moveTo(position);
		awaitStop(session, position);
	}

	private static void awaitStop(SimulationTarget session, int position) {
		BooleanSupplier stopped = () -> session.isSuspended() && session.state().position() == position;
		long start = System.nanoTime();
		while (!stopped.getAsBoolean()) {
			if (TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) > 10) {
				throw new AssertionError("The session did not stop at step " + position);
			}
			try {
				Thread.sleep(1);
			} catch (InterruptedException e) {
				throw new AssertionError("Interrupted", e);
			}
		}
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int n = sorted.size();
		double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
		return middle / 1e6;
	}

	private static double worst(List<Long> nanos) {
		return Collections.max(nanos) / 1e6;
	}
}
