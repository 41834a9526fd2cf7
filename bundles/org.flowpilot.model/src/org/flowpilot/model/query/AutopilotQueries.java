package org.flowpilot.model.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.Assignment;
import org.flowpilot.model.AssignmentIntent;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.Device;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.Group;
import org.flowpilot.model.GroupKind;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.User;
import org.flowpilot.model.impl.HiddenScreenList;

/**
 * Questions about an Autopilot model that Intune answers at deployment time: which profile and which Enrollment
 * Status Page a device gets, and which screens a profile hides in effect.
 */
public final class AutopilotQueries {

    /** Orders profiles as Intune picks them for a group: the oldest created first; undated ones last. */
    public static final Comparator<DeploymentProfile> OLDEST_FIRST = Comparator.comparing(DeploymentProfile::getCreated,
            Comparator.nullsLast(Comparator.<Date>naturalOrder()));

    private AutopilotQueries() {
    }

    /** The model an element belongs to, if any. */
    public static Optional<AutopilotModel> modelOf(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        return root instanceof AutopilotModel model ? Optional.of(model) : Optional.empty();
    }

    /** The groups of the element's model that hold {@code device}. */
    public static List<Group> groupsOf(Device device) {
        return modelOf(device).map(model -> model.getGroups().stream()
                .filter(group -> holds(group, device)).toList()).orElse(List.of());
    }

    /**
     * Whether {@code group} holds {@code device}: it lists the device, or it is a dynamic device group whose group tag
     * the device carries. Microsoft Entra compares the values of membership rules without regard to case.
     */
    public static boolean holds(Group group, Device device) {
        return group.getDevices().contains(device) || hasTagOf(group, device.getGroupTag());
    }

    /** Whether {@code group} is a dynamic device group whose rule matches devices with the group tag {@code tag}. */
    static boolean hasTagOf(Group group, String tag) {
        return group.getKind() == GroupKind.DEVICE_GROUP && tag != null && !tag.isEmpty()
                && tag.equalsIgnoreCase(group.getGroupTag());
    }

    /** The groups of the element's model that hold {@code user}. */
    public static List<Group> groupsOf(User user) {
        return modelOf(user).map(model -> model.getGroups().stream()
                .filter(group -> group.getUsers().contains(user)).toList()).orElse(List.of());
    }

    /** Whether {@code configuration} is assigned to a group holding {@code device} and not excluded from it. */
    public static boolean targetsDevice(AssignableConfiguration configuration, Device device) {
        return targets(configuration, groupsOf(device), GroupKind.DEVICE_GROUP);
    }

    /** Whether {@code configuration} is assigned to a user group holding {@code user} and not excluded from it. */
    public static boolean targetsUser(AssignableConfiguration configuration, User user) {
        return targets(configuration, groupsOf(user), GroupKind.USER_GROUP);
    }

    static boolean targets(AssignableConfiguration configuration, List<Group> memberOf, GroupKind kind) {
        boolean included = false;
        for (Assignment assignment : configuration.getAssignments()) {
            Group group = assignment.getGroup();
            if (group == null || group.getKind() != kind || !memberOf.contains(group)) {
                continue;
            }
            if (assignment.getIntent() == AssignmentIntent.EXCLUDED) {
                return false;
            }
            included = true;
        }
        return included;
    }

    /** The deployment profiles assigned to {@code device}, oldest first. */
    public static List<DeploymentProfile> profilesTargeting(Device device) {
        return modelOf(device).map(model -> profilesTargeting(model, groupsOf(device))).orElse(List.of());
    }

    /** The deployment profiles of {@code model} assigned to a device in the groups {@code memberOf}, oldest first. */
    static List<DeploymentProfile> profilesTargeting(AutopilotModel model, List<Group> memberOf) {
        return model.getProfiles().stream().filter(profile -> targets(profile, memberOf, GroupKind.DEVICE_GROUP))
                .sorted(OLDEST_FIRST).toList();
    }

    /** The profile {@code device} receives: when several are assigned, the oldest created one wins. */
    public static Optional<DeploymentProfile> effectiveProfile(Device device) {
        return profilesTargeting(device).stream().findFirst();
    }

    /** The profiles included for {@code group}, oldest (the winner) first. */
    public static List<DeploymentProfile> profilesAssignedTo(Group group) {
        return modelOf(group).map(model -> model.getProfiles().stream()
                .filter(profile -> profile.getAssignments().stream().anyMatch(
                        a -> a.getGroup() == group && a.getIntent() == AssignmentIntent.INCLUDED))
                .sorted(OLDEST_FIRST).toList()).orElse(List.of());
    }

    /** The highest-priority Enrollment Status Page assigned to a device group holding {@code device}. */
    public static Optional<EnrollmentStatusPage> deviceTargetedEsp(Device device) {
        return modelOf(device).flatMap(model -> highestPriorityEsp(model, groupsOf(device), GroupKind.DEVICE_GROUP));
    }

    /**
     * The Enrollment Status Page {@code device} shows: the highest-priority one targeted at the device, else (only
     * when a user signs in) the highest-priority one targeted at the assigned user.
     */
    public static Optional<EnrollmentStatusPage> effectiveEsp(Device device, boolean userSignsIn) {
        Optional<EnrollmentStatusPage> forDevice = deviceTargetedEsp(device);
        User user = device.getAssignedUser();
        if (forDevice.isPresent() || !userSignsIn || user == null) {
            return forDevice;
        }
        return modelOf(device).flatMap(model -> highestPriorityEsp(model, groupsOf(user), GroupKind.USER_GROUP));
    }

    /** The highest-priority ESP of {@code model} targeted at a member of the {@code kind} groups {@code memberOf}. */
    static Optional<EnrollmentStatusPage> highestPriorityEsp(AutopilotModel model, List<Group> memberOf,
            GroupKind kind) {
        return model.getEnrollmentStatusPages().stream().filter(esp -> targets(esp, memberOf, kind))
                .min(Comparator.comparingInt(EnrollmentStatusPage::getPriority));
    }

    /**
     * The screens self-deploying mode hides whatever the profile says: License Terms, Privacy and change account
     * options (self-deploying-autopilot-profile.md).
     */
    public static final List<ScreenKind> SELF_DEPLOYING_HIDDEN_SCREENS = List.of(ScreenKind.LICENSE_TERMS,
            ScreenKind.PRIVACY, ScreenKind.CHANGE_ACCOUNT_OPTIONS);

    /**
     * The OOBE screens a deployment profile setting can hide, in OOBE order: language and region, keyboard, License
     * Terms, Privacy, change account options.
     */
    public static List<ScreenKind> hideableScreens() {
        return HiddenScreenList.HIDEABLE_SCREENS;
    }

    /** The screens the profile hides in effect: its hidden screens plus, in self-deploying mode, those it forces. */
    public static List<ScreenKind> effectivelyHiddenScreens(DeploymentProfile profile) {
        return effectivelyHiddenScreens(profile, profile.getDeploymentMode() == DeploymentMode.SELF_DEPLOYING);
    }

    /**
     * The screens {@code profile} hides in effect in a deployment that is self-deploying or not, whatever the
     * profile's own mode (a self-deploying flow run with a user-driven profile still hides what self-deploying forces).
     */
    public static List<ScreenKind> effectivelyHiddenScreens(DeploymentProfile profile, boolean selfDeploying) {
        List<ScreenKind> hidden = new ArrayList<>(profile.getHiddenScreens());
        if (selfDeploying) {
            for (ScreenKind forced : SELF_DEPLOYING_HIDDEN_SCREENS) {
                if (!hidden.contains(forced)) {
                    hidden.add(forced);
                }
            }
        }
        return hidden;
    }

    /**
     * The profiles of the step's model that hide its screen in effect; none for a screen shown before the profile
     * downloads, which no profile can hide.
     */
    public static List<DeploymentProfile> profilesHiding(ScreenStep step) {
        if (step.isShownBeforeProfileDownload()) {
            return List.of();
        }
        return modelOf(step).map(model -> model.getProfiles().stream()
                .filter(profile -> effectivelyHiddenScreens(profile).contains(step.getScreen())).toList())
                .orElse(List.of());
    }

    /** Whether a deployment profile setting can hide {@code screen}; other screens always show. */
    public static boolean profileCanHide(ScreenKind screen) {
        return HiddenScreenList.HIDEABLE_SCREENS.contains(screen);
    }

}
