package org.flowpilot.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.model.AllOfCondition;
import org.flowpilot.model.AnyOfCondition;
import org.flowpilot.model.Condition;
import org.flowpilot.model.Connectivity;
import org.flowpilot.model.ConnectivityCondition;
import org.flowpilot.model.FactCondition;
import org.flowpilot.model.NotCondition;
import org.flowpilot.model.OtherwiseCondition;
import org.flowpilot.model.ScreenHiddenCondition;
import org.flowpilot.model.StepOutcome;
import org.flowpilot.model.StepOutcomeCondition;
import org.flowpilot.model.WindowsVersion;
import org.flowpilot.model.WindowsVersionCondition;

/**
 * Decides whether two guards can hold at once. Guards are typed conditions over finite domains (facts, connectivity,
 * Windows version, hidden screens, step outcome), so the check enumerates every combination of the variables the two
 * guards read: exact, and small because a guard reads few variables.
 */
final class GuardOverlap {

    private GuardOverlap() {
    }

    /** Whether both guards hold in some situation; a missing guard always holds. */
    static boolean overlap(Condition first, Condition second) {
        if (first instanceof OtherwiseCondition || second instanceof OtherwiseCondition) {
            // "Otherwise" holds only when no sibling holds, so it overlaps only another "otherwise".
            return first instanceof OtherwiseCondition && second instanceof OtherwiseCondition;
        }
        Map<Object, List<Object>> domains = new LinkedHashMap<>();
        collectVariables(first, domains);
        collectVariables(second, domains);
        return anySituation(new ArrayList<>(domains.entrySet()), 0, new HashMap<>(),
                situation -> holds(first, situation) && holds(second, situation));
    }

    private static void collectVariables(Condition condition, Map<Object, List<Object>> domains) {
        if (condition == null) {
            return;
        }
        switch (condition) {
            case FactCondition fact -> domains.put(fact.getFact(), List.of(Boolean.TRUE, Boolean.FALSE));
            case ScreenHiddenCondition screen -> domains.put(screen.getScreen(), List.of(Boolean.TRUE, Boolean.FALSE));
            case ConnectivityCondition c -> domains.put(Connectivity.class, List.copyOf(Connectivity.VALUES));
            case WindowsVersionCondition w -> domains.put(WindowsVersion.class, List.copyOf(WindowsVersion.VALUES));
            case StepOutcomeCondition o -> domains.put(StepOutcome.class, List.copyOf(StepOutcome.VALUES));
            case NotCondition not -> collectVariables(not.getOperand(), domains);
            case AllOfCondition all -> all.getOperands().forEach(operand -> collectVariables(operand, domains));
            case AnyOfCondition any -> any.getOperands().forEach(operand -> collectVariables(operand, domains));
            default -> {
                // Conditions contributed by extensions read nothing this analysis knows.
            }
        }
    }

    private interface Test {
        boolean holds(Map<Object, Object> situation);
    }

    private static boolean anySituation(List<Map.Entry<Object, List<Object>>> variables, int index,
            Map<Object, Object> situation, Test test) {
        if (index == variables.size()) {
            return test.holds(situation);
        }
        Map.Entry<Object, List<Object>> variable = variables.get(index);
        for (Object value : variable.getValue()) {
            situation.put(variable.getKey(), value);
            if (anySituation(variables, index + 1, situation, test)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Condition condition, Map<Object, Object> situation) {
        if (condition == null) {
            return true;
        }
        return switch (condition) {
            case FactCondition fact -> situation.get(fact.getFact()).equals(fact.isHolds());
            case ScreenHiddenCondition screen -> (Boolean) situation.get(screen.getScreen());
            case ConnectivityCondition c -> situation.get(Connectivity.class) == c.getConnectivity();
            case WindowsVersionCondition w -> situation.get(WindowsVersion.class) == w.getVersion();
            case StepOutcomeCondition o -> situation.get(StepOutcome.class) == o.getOutcome();
            case NotCondition not -> !holds(not.getOperand(), situation);
            case AllOfCondition all -> all.getOperands().stream().allMatch(operand -> holds(operand, situation));
            case AnyOfCondition any -> any.getOperands().stream().anyMatch(operand -> holds(operand, situation));
            // A condition contributed by an extension may hold anywhere: assume it does, so an overlap is reported
            // rather than missed.
            default -> true;
        };
    }
}
