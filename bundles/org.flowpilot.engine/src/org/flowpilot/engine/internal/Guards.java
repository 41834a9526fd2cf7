package org.flowpilot.engine.internal;

import org.flowpilot.engine.Network;
import org.flowpilot.engine.RunScenario;
import org.flowpilot.engine.RunState;
import org.flowpilot.engine.spi.GuardCondition;
import org.flowpilot.engine.spi.GuardContext;
import org.flowpilot.model.AllOfCondition;
import org.flowpilot.model.AnyOfCondition;
import org.flowpilot.model.Condition;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.ExtensionCondition;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.NotCondition;
import org.flowpilot.model.ScreenHiddenCondition;
import org.flowpilot.model.Step;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.WindowsVersionCondition;

/**
 * Evaluates the typed guard conditions of transitions; unknown condition classes go to the extensions, whose
 * failures surface as {@link ExtensionFailure}.
 */
final class Guards {

    private Guards() {
    }

    /** The edge the run takes from {@code source}: the first whose guard holds, else an "otherwise" edge, or null. */
    static Node.Edge choose(Node source, State after, RunContext ctx) {
        Node.Edge otherwise = null;
        for (Node.Edge edge : source.edges) {
            if (edge.otherwise()) {
                if (otherwise == null) {
                    otherwise = edge;
                }
            } else if (edge.guard() == null || holds(edge.guard(), after, source, ctx)) {
                return edge;
            }
        }
        return otherwise;
    }

    static boolean holds(Condition condition, State state, Node source, RunContext ctx) {
        if (condition instanceof FactCondition fact) {
            return fact(fact, state, ctx) == fact.isHolds();
        }
        if (condition instanceof ConnectivityCondition connectivity) {
            return matches(connectivity.getConnectivity(), ctx.scenario.network());
        }
        if (condition instanceof WindowsVersionCondition version) {
            return version.getVersion() == ctx.scenario.windows();
        }
        if (condition instanceof ScreenHiddenCondition hidden) {
            return ctx.hidden.contains(hidden.getScreen());
        }
        if (condition instanceof StepOutcomeCondition outcome) {
            return outcome.getOutcome() == state.lastStepOutcome();
        }
        if (condition instanceof NotCondition not) {
            return not.getOperand() != null && !holds(not.getOperand(), state, source, ctx);
        }
        if (condition instanceof AllOfCondition all) {
            for (Condition operand : all.getOperands()) {
                if (!holds(operand, state, source, ctx)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof AnyOfCondition any) {
            for (Condition operand : any.getOperands()) {
                if (holds(operand, state, source, ctx)) {
                    return true;
                }
            }
            return false;
        }
        if (condition instanceof ExtensionCondition extension) {
            GuardCondition byType = ctx.flow.guardsByType.get(extension.getTypeId());
            if (byType != null) {
                return holds(byType, condition, state, source, ctx);
            }
        }
        for (GuardCondition extension : ctx.flow.guardConditions) {
            if (ctx.flow.calls.call(extension, "being asked whether it handles a guard leaving '" + source.name + "'",
                    () -> extension.handles(condition))) {
                return holds(extension, condition, state, source, ctx);
            }
        }
        // An "otherwise" nested in another guard, or a condition no extension knows, never holds.
        return false;
    }

    /** Asks a contributed guard condition, which may throw or hang: {@link ExtensionCalls} bounds it. */
    private static boolean holds(GuardCondition guard, Condition condition, State state, Node source, RunContext ctx) {
        GuardContext context = context(state, source, ctx);
        return ctx.flow.calls.call(guard, "deciding a guard leaving '" + source.name + "'",
                () -> guard.holds(condition, context));
    }

    private static GuardContext context(State state, Node source, RunContext ctx) {
        return new GuardContext() {
            @Override
            public RunScenario scenario() {
                return ctx.scenario;
            }

            @Override
            public RunState state() {
                return state;
            }

            @Override
            public Step source() {
                return source.step;
            }
        };
    }

    private static boolean fact(FactCondition fact, State state, RunContext ctx) {
        return switch (fact.getFact()) {
            case USER_ASSIGNED -> ctx.user != null;
            case USER_PRESENT -> ctx.userPresent();
            case MFA_REQUIRED -> ctx.scenario.mfa();
            case TECHNICIAN_FLOW_DONE -> ctx.mode == RunContext.Mode.PRE_PROVISIONED_USER;
            case CRITICAL_UPDATE_AVAILABLE -> ctx.scenario.criticalUpdateAvailable();
            case PROFILE_DOWNLOADED -> state.profileDownloaded();
        };
    }

    private static boolean matches(Connectivity connectivity, Network network) {
        return switch (connectivity) {
            case ETHERNET -> network == Network.WIRED;
            case WIFI -> network == Network.WIFI;
            case NONE -> network == Network.NONE;
        };
    }
}
