package org.flowpilot.model.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.User;

/**
 * The groups, profile and Enrollment Status Page of every device of a model, as {@link AutopilotQueries} resolves
 * them one device at a time, worked out for a whole fleet: the group lists are read once into an index, and the
 * answer for a set of groups once per set. A tenant's 100,000 devices take one pass instead of one pass over every
 * group per device. A snapshot: build a new one after the model changes.
 */
public final class FleetAssignments {

    private final AutopilotModel model;
    private final Map<Device, List<Group>> listedGroups = new IdentityHashMap<>();
    private final Map<User, List<Group>> userGroups = new IdentityHashMap<>();
    private final Map<String, List<Group>> tagGroups = new HashMap<>();
    private final Map<List<Group>, Optional<DeploymentProfile>> profiles = new HashMap<>();
    private final Map<List<Group>, Optional<EnrollmentStatusPage>> deviceEsps = new HashMap<>();
    private final Map<List<Group>, Optional<EnrollmentStatusPage>> userEsps = new HashMap<>();

    private FleetAssignments(AutopilotModel model) {
        this.model = model;
        for (Group group : model.getGroups()) {
            for (Device device : group.getDevices()) {
                listedGroups.computeIfAbsent(device, d -> new ArrayList<>()).add(group);
            }
            for (User user : group.getUsers()) {
                userGroups.computeIfAbsent(user, u -> new ArrayList<>()).add(group);
            }
            if (AutopilotQueries.hasTagOf(group, group.getGroupTag())) {
                tagGroups.computeIfAbsent(group.getGroupTag().toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                        .add(group);
            }
        }
    }

    /** The assignments of {@code model}'s devices as the model is now. */
    public static FleetAssignments of(AutopilotModel model) {
        return new FleetAssignments(model);
    }

    /** The groups that hold {@code device}, in the model's order, as {@link AutopilotQueries#groupsOf(Device)}. */
    public List<Group> groupsOf(Device device) {
        List<Group> listed = listedGroups.getOrDefault(device, List.of());
        String tag = device.getGroupTag();
        List<Group> tagged = tag == null ? List.of() : tagGroups.getOrDefault(tag.toLowerCase(Locale.ROOT), List.of());
        if (tagged.isEmpty() || listed.isEmpty()) {
            return tagged.isEmpty() ? listed : tagged;
        }
        return model.getGroups().stream().filter(group -> listed.contains(group) || tagged.contains(group)).toList();
    }

    /** The profile {@code device} receives, as {@link AutopilotQueries#effectiveProfile(Device)}. */
    public Optional<DeploymentProfile> profileOf(Device device) {
        return profiles.computeIfAbsent(groupsOf(device),
                groups -> AutopilotQueries.profilesTargeting(model, groups).stream().findFirst());
    }

    /** The ESP {@code device} shows, as {@link AutopilotQueries#effectiveEsp(Device, boolean)}. */
    public Optional<EnrollmentStatusPage> espOf(Device device, boolean userSignsIn) {
        Optional<EnrollmentStatusPage> forDevice = deviceEsps.computeIfAbsent(groupsOf(device),
                groups -> AutopilotQueries.highestPriorityEsp(model, groups, GroupKind.DEVICE_GROUP));
        User user = device.getAssignedUser();
        if (forDevice.isPresent() || !userSignsIn || user == null) {
            return forDevice;
        }
        return userEsps.computeIfAbsent(userGroups.getOrDefault(user, List.of()),
                groups -> AutopilotQueries.highestPriorityEsp(model, groups, GroupKind.USER_GROUP));
    }
}
