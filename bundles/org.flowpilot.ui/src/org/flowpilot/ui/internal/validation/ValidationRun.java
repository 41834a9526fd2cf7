package org.flowpilot.ui.internal.validation;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.widgets.Display;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.validation.AutopilotValidator;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.FlowpilotPreferences;

/**
 * Validates one editor's model on the UI thread, which owns the model: now (on open, on save, on demand) or, while
 * the user edits, once the edits pause for {@link #DEBOUNCE_MILLIS}.
 */
public final class ValidationRun {

	/** How long editing must pause before a validation runs. */
	public static final int DEBOUNCE_MILLIS = 400;

	private final Display display;
	private final BiConsumer<AutopilotModel, List<ModelProblem>> finished;
	private final Runnable pending = this::runPending;
	private AutopilotModel scheduled;

	public ValidationRun(Display display, BiConsumer<AutopilotModel, List<ModelProblem>> finished) {
		this.display = display;
		this.finished = finished;
	}

	/** Validates {@code model} after the edits pause, when validation while editing is on. */
	public void schedule(AutopilotModel model) {
		if (model == null || !FlowpilotPreferences.validateWhileEditing()) {
			return;
		}
		scheduled = model;
		// Restarting the timer is what debounces: only the last of a burst of changes runs.
		display.timerExec(-1, pending);
		display.timerExec(DEBOUNCE_MILLIS, pending);
	}

	/** Validates {@code model} now, dropping any scheduled run. */
	public void runNow(AutopilotModel model) {
		cancel();
		finished.accept(model, ModelProblem.of(AutopilotValidator.validate(model)));
	}

	/** Drops a scheduled run. */
	public void cancel() {
		scheduled = null;
		if (!display.isDisposed()) {
			display.timerExec(-1, pending);
		}
	}

	private void runPending() {
		AutopilotModel model = scheduled;
		scheduled = null;
		if (model != null) {
			finished.accept(model, ModelProblem.of(AutopilotValidator.validate(model)));
		}
	}
}
