package org.flowpilot.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.flowpilot.engine.ListenerFailure;
import org.flowpilot.engine.Run;
import org.flowpilot.engine.RunListener;
import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepKind;
import org.flowpilot.engine.StepRecord;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.StopReason;
import org.flowpilot.model.Flow;
import org.flowpilot.model.Step;

/** A run: the states it went through, so that stepping back restores an earlier one exactly. */
public final class RunImpl implements Run {

    private final CompiledFlow flow;
    private final RunContext context;
    private final int stepBudget;
    private final List<State> states = new ArrayList<>();
    private final List<StepRecord> trace = new ArrayList<>();
    private final Set<Step> breakpoints = new LinkedHashSet<>();
    private final List<ListenerFailure> listenerFailures = new ArrayList<>();
    private RunListener[] listeners = new RunListener[0];
    private volatile boolean pauseRequested;

    /** Starts a run of {@code flow} for {@code scenario} that stops after {@code stepBudget} steps at most. */
    public RunImpl(CompiledFlow flow, RunScenario scenario, int stepBudget) {
        if (stepBudget < 1) {
            throw new IllegalArgumentException("The step budget must be at least 1, not " + stepBudget);
        }
        this.flow = flow;
        this.context = new RunContext(flow, scenario);
        this.stepBudget = stepBudget;
        states.add(State.initial(flow.start));
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
        return states.get(states.size() - 1);
    }

    @Override
    public List<StepRecord> trace() {
        return Collections.unmodifiableList(trace);
    }

    @Override
    public boolean isFinished() {
        return current().next() == null;
    }

    @Override
    public StepRecord step() {
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
            StepSemantics.Executed executed = StepSemantics.execute(node, before, context);
            after = executed.after;
            Node.Edge taken = executed.continued;
            if (after.endedWith() == null) {
                Node next;
                if (executed.forcedNext != null && !node.hasOutcomeEdges) {
                    next = executed.forcedNext;
                } else {
                    taken = Guards.choose(node, after, context);
                    next = taken == null ? null : taken.target();
                }
                after = next != null ? after.withNext(next) : after.ended(RunOutcome.FAILED, noWayOut(node));
            }
            record = executed.record(taken == null ? null : taken.transition());
        }
        states.add(after);
        trace.add(record);
        if (listeners.length > 0) {
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
                before.errorCode(), diagnostic, true, before.failedAt(), before.choicesUsed(), before.retried());
    }

    private static String noWayOut(Node node) {
        return node.edges.length == 0
                ? "'" + node.name + "' has no way out and does not end a deployment: the flow stops there."
                : "No transition leaving '" + node.name + "' holds in this scenario: the flow stops there.";
    }

    @Override
    public boolean stepBack() {
        if (trace.isEmpty()) {
            return false;
        }
        states.remove(states.size() - 1);
        StepRecord undone = trace.remove(trace.size() - 1);
        notifyListeners("steppedBack", listener -> listener.steppedBack(this, undone));
        return true;
    }

    @Override
    public StopReason runToEnd() {
        pauseRequested = false;
        while (!isFinished()) {
            step();
            if (pauseRequested && !isFinished()) {
                return StopReason.PAUSED;
            }
        }
        return StopReason.FINISHED;
    }

    @Override
    public StopReason runToBreakpoint() {
        pauseRequested = false;
        while (!isFinished()) {
            step();
            if (isFinished()) {
                break;
            }
            if (pauseRequested) {
                return StopReason.PAUSED;
            }
            State state = current();
            if (state.nextStep() != null && breakpoints.contains(state.nextStep())) {
                notifyListeners("breakpointHit", listener -> listener.breakpointHit(this, state));
                return StopReason.BREAKPOINT;
            }
        }
        return StopReason.FINISHED;
    }

    @Override
    public void pause() {
        pauseRequested = true;
    }

    @Override
    public void restart() {
        State initial = states.get(0);
        states.clear();
        states.add(initial);
        trace.clear();
        notifyListeners("runStarted", listener -> listener.runStarted(this));
    }

    @Override
    public void setBreakpoint(Step step, boolean enabled) {
        if (enabled) {
            breakpoints.add(step);
        } else {
            breakpoints.remove(step);
        }
    }

    @Override
    public Set<Step> breakpoints() {
        return Collections.unmodifiableSet(breakpoints);
    }

    @Override
    public void addListener(RunListener listener) {
        List<RunListener> list = new ArrayList<>(List.of(listeners));
        list.add(listener);
        listeners = list.toArray(RunListener[]::new);
    }

    @Override
    public void removeListener(RunListener listener) {
        List<RunListener> list = new ArrayList<>(List.of(listeners));
        list.remove(listener);
        listeners = list.toArray(RunListener[]::new);
    }

    @Override
    public List<ListenerFailure> listenerFailures() {
        return Collections.unmodifiableList(listenerFailures);
    }

    private void notifyListeners(String event, Consumer<RunListener> call) {
        for (RunListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable failure) {
                // A listener's failure is its own: record it and keep the run and the other listeners going.
                listenerFailures.add(new ListenerFailure(listener.getClass().getName(), event, failure));
            }
        }
    }
}
