package org.flowpilot.model.query;

import java.util.stream.Collectors;

import org.flowpilot.model.AllOfCondition;
import org.flowpilot.model.AnyOfCondition;
import org.flowpilot.model.Condition;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.ExtensionCondition;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.NotCondition;
import org.flowpilot.model.OtherwiseCondition;
import org.flowpilot.model.ScreenHiddenCondition;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.WindowsVersionCondition;

/** Guards as people read them, such as "network is Ethernet and not (a critical OOBE update is available)". */
public final class ConditionText {

    private ConditionText() {
    }

    /** The guard in words; "always" for no guard. */
    public static String describe(Condition condition) {
        if (condition == null) {
            return "always";
        }
        return switch (condition) {
            case FactCondition fact -> (fact.isHolds() ? "" : "not: ") + fact.getFact().getLiteral();
            case ConnectivityCondition c -> "network is " + c.getConnectivity().getLiteral();
            case WindowsVersionCondition w -> "Windows is " + w.getVersion().getLiteral();
            case ScreenHiddenCondition s -> "the profile hides " + s.getScreen().getLiteral();
            case StepOutcomeCondition o -> "the step " + o.getOutcome().getLiteral().toLowerCase();
            case OtherwiseCondition o -> "otherwise";
            case ExtensionCondition e -> e.getTypeId() + e.getParameters().stream()
                    .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(", ", "(", ")"));
            case NotCondition not -> "not (" + describe(not.getOperand()) + ")";
            case AllOfCondition all -> all.getOperands().stream().map(ConditionText::describe)
                    .collect(Collectors.joining(" and "));
            case AnyOfCondition any -> any.getOperands().stream().map(ConditionText::describe)
                    .collect(Collectors.joining(" or ", "(", ")"));
            default -> condition.eClass().getName();
        };
    }
}
