package org.flowpilot.interop.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.JsonDocument;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the {@code assignments} of a profile or ESP as Intune-as-code tools write them: Graph assignments whose
 * targets name their group by display name ({@code target.groupName}) instead of id. Groups are the model's groups
 * of that name, created when missing; Intune's built-in targets become the groups "All devices" and "All users".
 */
final class AssignmentReader {

    static final String PROPERTY = "assignments";
    static final String ALL_DEVICES = "All devices";
    static final String ALL_USERS = "All users";

    private AssignmentReader() {
    }

    private record Target(String groupName, GroupKind kind, AssignmentIntent intent) {
    }

    /**
     * Replaces {@code element}'s assignments by those of {@code value}. Profiles ({@code profile} true) are
     * assigned to device groups; an ESP's new group is a user group when its dynamic rule is about users.
     */
    static void read(JsonDocument document, JsonElement value, AssignableConfiguration element, boolean profile,
            AutopilotModel model, Warnings warnings) throws InteropException {
        if (!(value instanceof JsonArray array)) {
            throw document.error(value, "'" + PROPERTY + "' must be an array of assignments; found "
                    + JsonFields.describe(value));
        }
        List<Target> targets = new ArrayList<>();
        for (JsonElement item : array) {
            if (!(item instanceof JsonObject assignment)) {
                throw document.error(item, "each assignment must be an object with a 'target'; found "
                        + JsonFields.describe(item));
            }
            Optional<JsonFields> target = new JsonFields(document, assignment, "assignment").object("target",
                    "deviceAndAppManagementAssignmentTarget");
            if (target.isEmpty()) {
                throw document.error(assignment, "each assignment must have a 'target' object");
            }
            target(target.get(), profile, warnings).ifPresent(targets::add);
        }
        element.getAssignments().clear();
        for (Target target : targets) {
            Assignment assignment = FlowpilotFactory.eINSTANCE.createAssignment();
            assignment.setIntent(target.intent());
            assignment.setGroup(group(model, target));
            element.getAssignments().add(assignment);
        }
    }

    private static Optional<Target> target(JsonFields target, boolean profile, Warnings warnings)
            throws InteropException {
        JsonObject json = target.json();
        Optional<String> type = target.string("@odata.type");
        if (type.isEmpty()) {
            throw target.document().error(json, "an assignment target needs an '@odata.type', one of "
                    + String.join(", ", GraphTypes.GROUP_TARGET, GraphTypes.EXCLUSION_GROUP_TARGET,
                            GraphTypes.ALL_DEVICES_TARGET, GraphTypes.ALL_USERS_TARGET));
        }
        Optional<String> filterType = target.string("deviceAndAppManagementAssignmentFilterType");
        if (filterType.isPresent() && !filterType.get().equals("none")) {
            String filter = target.string("deviceAndAppManagementAssignmentFilterId").orElse("?");
            warnings.add(target.document().warning(json, "assignment filter '" + filter + "' (" + filterType.get()
                    + ") is not modeled: the target is imported without it"));
        }
        switch (GraphTypes.normalize(type.get())) {
            case GraphTypes.ALL_DEVICES_TARGET -> {
                return Optional.of(new Target(ALL_DEVICES, GroupKind.DEVICE_GROUP, AssignmentIntent.INCLUDED));
            }
            case GraphTypes.ALL_USERS_TARGET -> {
                return Optional.of(new Target(ALL_USERS, GroupKind.USER_GROUP, AssignmentIntent.INCLUDED));
            }
            case GraphTypes.GROUP_TARGET, GraphTypes.EXCLUSION_GROUP_TARGET -> {
                AssignmentIntent intent = GraphTypes.normalize(type.get()).equals(GraphTypes.GROUP_TARGET)
                        ? AssignmentIntent.INCLUDED : AssignmentIntent.EXCLUDED;
                Optional<String> name = target.string("groupName");
                if (name.isEmpty() || name.get().isBlank()) {
                    Optional<String> id = target.string("groupId");
                    if (id.isEmpty()) {
                        throw target.document().error(json, "a group assignment target needs a 'groupName' (or a"
                                + " 'groupId')");
                    }
                    warnings.add(target.document().warning(json, "the assignment to group id " + id.get()
                            + " has no groupName; Flowpilot names groups by display name, so it is not imported"));
                    return Optional.empty();
                }
                Optional<String> rule = target.string("membershipRule");
                target.string("groupType");
                boolean userRule = rule.isPresent() && rule.get().contains("user.") && !rule.get().contains("device.");
                return Optional.of(new Target(name.get(), !profile && userRule ? GroupKind.USER_GROUP
                        : GroupKind.DEVICE_GROUP, intent));
            }
            default -> {
                warnings.add(target.document().warning(json, "assignment target " + type.get()
                        + " is not modeled; it is not imported"));
                return Optional.empty();
            }
        }
    }

    private static Group group(AutopilotModel model, Target target) {
        for (Group group : model.getGroups()) {
            if (target.groupName().equals(group.getName())) {
                return group;
            }
        }
        Group group = FlowpilotFactory.eINSTANCE.createGroup();
        group.setName(target.groupName());
        group.setKind(target.kind());
        if (target.groupName().equals(ALL_DEVICES) && target.kind() == GroupKind.DEVICE_GROUP) {
            group.setDescription("Intune's built-in target: every device");
        } else if (target.groupName().equals(ALL_USERS) && target.kind() == GroupKind.USER_GROUP) {
            group.setDescription("Intune's built-in target: every licensed user");
        }
        model.getGroups().add(group);
        return group;
    }
}
