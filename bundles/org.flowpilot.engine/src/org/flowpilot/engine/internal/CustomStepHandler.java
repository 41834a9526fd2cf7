package org.flowpilot.engine.internal;

import org.flowpilot.engine.RunOutcome;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.StepStatus;
import org.flowpilot.engine.spi.StepContext;
import org.flowpilot.engine.spi.StepResult;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.StepOutcome;

/** A step an extension executes: the contributed {@code StepExecutor} of the step's type id. */
final class CustomStepHandler implements StepHandler {

    @Override
    public Taken take(Node node, State before, RunContext run) {
        CustomStep step = (CustomStep) node.step;
        if (node.executor == null) {
            String type = step.getExtensionTypeId();
            String reason = type == null || type.isBlank()
                    ? "Step '" + node.name + "' has no step kind (extension type id): the run stops here."
                    : "Step '" + node.name + "' is of the step kind '" + type + "', which no installed extension"
                            + " runs: the run stops here. Install the extension that contributes it, or remove the"
                            + " step." + (run.flow.leftOut.isEmpty() ? ""
                                    : " Left out as broken: " + String.join(" ", run.flow.leftOut));
            return Taken.follow(Shown.ran(reason).withStatus(StepStatus.FAILED),
                    before.diagnosed(reason).ended(RunOutcome.FAILED, null));
        }
        StepContext context = new StepContext() {
            @Override
            public CustomStep step() {
                return step;
            }

            @Override
            public RunScenario scenario() {
                return run.scenario;
            }

            @Override
            public RunState state() {
                return before;
            }
        };
        StepResult result;
        try {
            result = run.flow.calls.call(node.executor, "executing step '" + node.name + "'",
                    () -> node.executor.execute(context));
            if (result == null) {
                throw new ExtensionFailure(ExtensionCalls.describe(node.executor) + " returned no result for step '"
                        + node.name + "'.");
            }
        } catch (ExtensionFailure failure) {
            return Taken.follow(Shown.ran(failure.getMessage()).withStatus(StepStatus.FAILED),
                    before.diagnosed(failure.getMessage()).ended(RunOutcome.FAILED, null));
        }
        State after = before.later(result.minutes()).withOutcome(switch (result.status()) {
            case FAILED -> StepOutcome.FAILED;
            case TIMED_OUT -> StepOutcome.TIMED_OUT;
            case RAN, SKIPPED -> StepOutcome.SUCCEEDED;
        });
        if (result.endsRun() != null) {
            after = after.ended(result.endsRun(), null);
        }
        return Taken.follow(Shown.custom(result.screen(), result.shown(), result.buttons(), result.status(),
                result.reason()), after);
    }
}
