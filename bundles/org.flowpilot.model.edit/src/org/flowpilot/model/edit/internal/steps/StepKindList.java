package org.flowpilot.model.edit.internal.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flowpilot.model.edit.steps.ContributedStepKind;

/** The rule both catalogues apply to what they found: one kind per type id, the first declared, sorted by name. */
final class StepKindList {

    private StepKindList() {
    }

    static List<ContributedStepKind> of(List<ContributedStepKind> declared) {
        Set<String> seen = new HashSet<>();
        List<ContributedStepKind> kinds = new ArrayList<>();
        for (ContributedStepKind kind : declared) {
            if (seen.add(kind.typeId())) {
                kinds.add(kind);
            }
        }
        kinds.sort(Comparator.comparing(ContributedStepKind::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ContributedStepKind::typeId));
        return List.copyOf(kinds);
    }

    /** Whether a declaration has what a kind needs: a type id and a name. */
    static boolean complete(String typeId, String name) {
        return typeId != null && !typeId.isBlank() && name != null && !name.isBlank();
    }
}
