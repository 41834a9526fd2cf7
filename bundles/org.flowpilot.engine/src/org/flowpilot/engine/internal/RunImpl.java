package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.flowpilot.engine.Breakpoint;
import org.flowpilot.engine.ListenerFailure;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.SuspendReason;
import org.flowpilot.model.Flow;
import org.flowpilot.model.contribution.ContributionFailure;
import org.flowpilot.model.contribution.Contributions;

/**
 * A run: the immutable states it went through, so that going back restores an earlier one exactly. One thread moves
 * the run; pause and terminate requests from other threads go through volatile fields the moving thread reads after
 * each step, and the breakpoints are an immutable map replaced on change.
 */
public final class RunImpl implements Run {

    private final CompiledFlow flow;
    private final RunContext context;
    private final int stepBudget;
    private final List<State> states = new ArrayList<>();
    private final TraceLog trace = new TraceLog();
    private final List<ListenerFailure> listenerFailures = new ArrayList<>();
    private volatile Map<String, Boolean> breakpoints = Map.of();
    private volatile RunListener[] listeners;
    /** The listeners extensions contribute: called through the run's time-bounded extension calls. */
    private final Set<RunListener> contributed = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile boolean pauseRequested;
    private volatile boolean terminateRequested;
    private volatile boolean suspendOnFailure = true;
    private volatile State currentState;
    private volatile State terminatedAt;
    private final AtomicBoolean moving = new AtomicBoolean();
    private final AtomicBoolean terminated = new AtomicBoolean();

    /**
     * Starts a run of {@code flow} for {@code scenario} that stops after {@code stepBudget} steps at most, and tells
     * {@code listeners}, then the run listeners of the flow's extensions, that it started.
     */
    public RunImpl(CompiledFlow flow, RunScenario scenario, int stepBudget, List<RunListener> listeners) {
        if (stepBudget < 1) {
            throw new IllegalArgumentException("The step budget must be at least 1, not " + stepBudget);
        }
        this.flow = flow;
        this.context = new RunContext(flow, scenario);
        this.stepBudget = stepBudget;
        List<RunListener> told = new ArrayList<>(listeners);
        for (RunListener listener : flow.extensions.runListeners()) {
            told.add(listener);
            contributed.add(listener);
        }
        this.listeners = told.toArray(RunListener[]::new);
        states.add(State.initial(flow.start));
        currentState = states.get(0);
        if (this.listeners.length > 0) {
            notifyListeners("runStarted", listener -> listener.runStarted(this));
        }
    }

    @Override
    public Flow flow() {
        return flow.flow;
    }

    @Override
    public RunScenario scenario() {
        return context.scenario;
    }

    @Override
    public RunState state() {
        return current();
    }

    private State current() {
        State end = terminatedAt;
        return end != null ? end : currentState;
    }

    @Override
    public List<StepRecord> trace() {
        return trace.snapshot();
    }

    @Override
    public boolean isFinished() {
        return current().next() == null;
    }

    @Override
    public StepRecord step() {
        StepRecord record = move(() -> {
            pauseRequested = false;
            return terminateRequested ? null : advance();
        });
        if (record != null) {
            suspend(isFinished() ? SuspendReason.END
                    : record.status().isFailure() ? SuspendReason.FAILURE : SuspendReason.STEP_END);
        }
        return record;
    }

    /** Makes one move of the run on this thread, then finishes a termination asked for meanwhile. */
    private <T> T move(Supplier<T> move) {
        if (!moving.compareAndSet(false, true)) {
            throw new IllegalStateException("The run is moving on another thread");
        }
        try {
            return move.get();
        } finally {
            moving.set(false);
            // A terminate() that saw the run moving left the work to it (see terminate()).
            if (terminateRequested) {
                finishTermination();
            }
        }
    }

    /** Takes the next step, telling the listeners; null when the run has ended. */
    private StepRecord advance() {
        State before = current();
        Node node = before.next();
        if (node == null) {
            return null;
        }
        StepRecord record;
        State after;
        if (before.stepCount() >= stepBudget) {
            record = budgetRecord(before);
            after = budgetState(before, record.reason());
        } else {
            StepHandler.Taken taken = node.handler.take(node, before, context);
            Shown shown = taken.shown();
            after = taken.after().stepped(Durations.of(node.kind, shown.shown(), shown.screen(),
                    context.scenario.criticalUpdateAvailable()));
            if (after.endedWith() == RunOutcome.DESKTOP || after.endedWith() == RunOutcome.SIGN_ON_SCREEN) {
                QualityUpdates updates = QualityUpdates.of(context, after);
                if (updates != QualityUpdates.NOT_CONFIGURED) {
                    shown = shown.withReason(shown.reason() + updates.note());
                    after = after.later(updates.minutes());
                }
            }
            Node.Edge edge = null;
            try {
                if (taken.continuePast() != null && after.endedWith() == null) {
                    edge = Guards.choose(taken.continuePast(), after, context);
                    after = edge != null ? after.withNext(edge.target()) : after.ended(RunOutcome.FAILED, "No"
                            + " transition leaving '" + taken.continuePast().name + "' holds after Continue anyway:"
                            + " the flow stops there.");
                } else if (after.endedWith() == null) {
                    Node next;
                    if (taken.goTo() != null && !node.hasOutcomeEdges) {
                        next = taken.goTo();
                    } else {
                        edge = Guards.choose(node, after, context);
                        next = edge == null ? null : edge.target();
                    }
                    after = next != null ? after.withNext(next) : after.ended(RunOutcome.FAILED, noWayOut(node));
                }
            } catch (ExtensionFailure failure) {
                // A contributed guard failed: the next step cannot be chosen, and the run says so in a step of its own.
                edge = null;
                after = after.diagnosed(failure.getMessage()).withNext(flow.extensionFailure);
            }
            record = new StepRecord(after.stepCount(), node.kind, node.elementId, node.step, node.name, shown.screen(),
                    shown.screenId(), shown.shown(), shown.buttons(), shown.username(), shown.espPhase(),
                    shown.status(), shown.reason(), after.clockMinutes(), shown.message(), shown.errorCode(),
                    shown.items(), edge == null ? null : edge.transition());
        }
        states.add(after);
        currentState = after;
        trace.add(record);
        RunListener[] told = listeners;
        if (told.length > 0) {
            notifyListeners("stepExecuted", listener -> listener.stepExecuted(this, record));
            if (after.endedWith() != null) {
                RunOutcome outcome = after.endedWith();
                notifyListeners("runFinished", listener -> listener.runFinished(this, outcome));
            }
        }
        return record;
    }

    private StepRecord budgetRecord(State before) {
        Set<String> recent = new LinkedHashSet<>();
        for (int i = trace.size() - 1; i >= 0 && recent.size() < 5; i--) {
            recent.add(trace.get(i).name());
        }
        String diagnostic = "Stopped after " + stepBudget + " steps without reaching an end: flow '" + flow.flow.getName()
                + "' does not terminate in this scenario (it keeps going through " + String.join(", ", recent) + ").";
        return new StepRecord(before.stepCount() + 1, StepKind.STEP_BUDGET, StepKind.STEP_BUDGET.engineElementId(),
                null, "Step budget exhausted", null, null, false, List.of(), null, null, StepStatus.FAILED, diagnostic,
                before.clockMinutes(), null, null, List.of(), null);
    }

    private static State budgetState(State before, String diagnostic) {
        return new State(null, before.stepCount() + 1, before.clockMinutes(), before.online(),
                before.profileDownloaded(), before.espMinutes(), before.lastStepOutcome(), RunOutcome.FAILED,
                before.errorCode(), diagnostic, true, before.failedAt(), before.choicesUsed(), before.retried(),
                before.espBypassed(), before.reenrollmentBlocked());
    }

    private static String noWayOut(Node node) {
        return node.edges.length == 0
                ? "'" + node.name + "' has no way out and does not end a deployment: the flow stops there."
                : "No transition leaving '" + node.name + "' holds in this scenario: the flow stops there.";
    }

    @Override
    public boolean stepBack() {
        int size = trace.size();
        return size > 0 && backTo(size - 1);
    }

    @Override
    public boolean backTo(int stepCount) {
        if (stepCount < 0 || stepCount > trace.size()) {
            throw new IllegalArgumentException("Step " + stepCount + " is not in a trace of " + trace.size()
                    + " steps");
        }
        List<StepRecord> undone = move(() -> {
            if (stepCount == trace.size() || terminatedAt != null) {
                return null;
            }
            List<StepRecord> taken = trace.snapshot();
            trace.truncate(stepCount);
            states.subList(stepCount + 1, states.size()).clear();
            currentState = states.get(stepCount);
            return taken.subList(stepCount, taken.size());
        });
        if (undone == null) {
            return false;
        }
        notifyListeners("steppedBack", listener -> listener.steppedBack(this, undone));
        return true;
    }

    @Override
    public SuspendReason runToEnd() {
        return runUntil(false);
    }

    @Override
    public SuspendReason runToBreakpoint() {
        return runUntil(true);
    }

    private SuspendReason runUntil(boolean breakpointsAndFailures) {
        SuspendReason reason = move(() -> loop(breakpointsAndFailures));
        if (terminateRequested) {
            reason = SuspendReason.END;
        }
        suspend(reason);
        return reason;
    }

    private SuspendReason loop(boolean breakpointsAndFailures) {
        if (pauseRequested && !terminateRequested && !isFinished()) {
            pauseRequested = false;
            return SuspendReason.PAUSE_REQUEST;
        }
        while (!terminateRequested) {
            StepRecord record = advance();
            if (record == null || isFinished()) {
                return SuspendReason.END;
            }
            if (breakpointsAndFailures && suspendOnFailure && record.status().isFailure()) {
                return SuspendReason.FAILURE;
            }
            if (pauseRequested) {
                pauseRequested = false;
                return SuspendReason.PAUSE_REQUEST;
            }
            if (breakpointsAndFailures && Boolean.TRUE.equals(breakpoints.get(current().nextElementId()))) {
                return SuspendReason.BREAKPOINT;
            }
        }
        return SuspendReason.END;
    }

    @Override
    public void pause() {
        pauseRequested = true;
    }

    @Override
    public void terminate() {
        terminateRequested = true;
        // Both sides write their flag before reading the other's, so a run that is moving either stops after its
        // step and finishes the termination itself, or this thread sees it idle and does.
        if (!moving.get()) {
            finishTermination();
        }
    }

    private void finishTermination() {
        if (!terminated.compareAndSet(false, true)) {
            return;
        }
        State here = currentState;
        if (here.endedWith() != null) {
            terminatedAt = here;
            return;
        }
        terminatedAt = here.ended(RunOutcome.TERMINATED, "The run was terminated after " + here.stepCount()
                + " steps.");
        notifyListeners("runFinished", listener -> listener.runFinished(this, RunOutcome.TERMINATED));
    }

    @Override
    public void restart() {
        boolean restarted = move(() -> {
            if (terminatedAt != null) {
                return false;
            }
            states.subList(1, states.size()).clear();
            currentState = states.get(0);
            trace.truncate(0);
            pauseRequested = false;
            return true;
        });
        if (restarted) {
            notifyListeners("runStarted", listener -> listener.runStarted(this));
        }
    }

    @Override
    public void setSuspendOnFailure(boolean suspend) {
        suspendOnFailure = suspend;
    }

    @Override
    public synchronized void setBreakpoint(String elementId, boolean enabled) {
        Map<String, Boolean> changed = new LinkedHashMap<>(breakpoints.size() + 1);
        changed.putAll(breakpoints);
        changed.put(elementId, enabled);
        breakpoints = changed;
    }

    @Override
    public synchronized void removeBreakpoint(String elementId) {
        Map<String, Boolean> changed = new LinkedHashMap<>(breakpoints);
        changed.remove(elementId);
        breakpoints = changed;
    }

    @Override
    public List<Breakpoint> breakpoints() {
        return breakpoints.entrySet().stream().map(entry -> new Breakpoint(entry.getKey(), entry.getValue()))
                .toList();
    }

    @Override
    public synchronized void addListener(RunListener listener) {
        List<RunListener> list = new ArrayList<>(List.of(listeners));
        list.add(listener);
        listeners = list.toArray(RunListener[]::new);
    }

    @Override
    public synchronized void removeListener(RunListener listener) {
        List<RunListener> list = new ArrayList<>(List.of(listeners));
        list.remove(listener);
        listeners = list.toArray(RunListener[]::new);
    }

    @Override
    public List<ListenerFailure> listenerFailures() {
        synchronized (listenerFailures) {
            return List.copyOf(listenerFailures);
        }
    }

    private void suspend(SuspendReason reason) {
        notifyListeners("suspended", listener -> listener.suspended(this, reason));
    }

    private void notifyListeners(String event, Consumer<RunListener> call) {
        for (RunListener listener : listeners) {
            boolean byExtension;
            synchronized (contributed) {
                byExtension = contributed.contains(listener);
            }
            try {
                if (byExtension) {
                    flow.calls.call(listener, "being told " + event, () -> {
                        call.accept(listener);
                        return null;
                    });
                } else {
                    call.accept(listener);
                }
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (ExtensionFailure failure) {
                // The message already names the listener and its bundle; one that hangs is told nothing more.
                recordFailure(listener, event, failure.getCause());
                if (failure.kind() != ContributionFailure.Kind.THREW) {
                    removeListener(listener);
                }
            } catch (Throwable failure) {
                // A listener's failure is its own: record it and keep the run and the other listeners going.
                recordFailure(listener, event, failure);
            }
        }
    }

    private void recordFailure(RunListener listener, String event, Throwable failure) {
        synchronized (listenerFailures) {
            listenerFailures.add(new ListenerFailure(listener.getClass().getName(), event, failure,
                    Contributions.origin(listener.getClass())));
        }
    }
}
