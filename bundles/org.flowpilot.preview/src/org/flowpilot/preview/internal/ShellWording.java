package org.flowpilot.preview.internal;

import java.util.List;

import org.flowpilot.engine.TrackedItemOutcome;
import org.flowpilot.preview.internal.Page.State;

/**
 * The words a preview draws that the engine's screen catalogue does not hold, because they are the Windows shell's
 * furniture rather than what a screen says about Autopilot: the sample rows of the region, keyboard and network
 * lists, the privacy switches, the sign-in box's hint, the ESP's state words, the labels of the pre-provisioning
 * details. Kept here, in one place; the titles, messages and buttons come from the catalogue.
 */
final class ShellWording {

    static final List<String> REGIONS = List.of("Ukraine", "United Arab Emirates", "United Kingdom", "United States",
            "Uruguay", "Uzbekistan");
    static final String SELECTED_REGION = "United States";
    static final List<String> KEYBOARDS = List.of("US", "Canadian Multilingual Standard", "English (India)", "Irish",
            "Scottish Gaelic", "United Kingdom");
    static final String SELECTED_KEYBOARD = "US";
    static final String OTHER_NETWORK = "Printer-Direct";
    static final String GUEST_NETWORK_SUFFIX = " Guest";
    static final List<String> PRIVACY_SWITCHES = List.of("Location", "Find my device", "Diagnostic data",
            "Inking & typing", "Tailored experiences", "Advertising ID");

    static final String USER_NAME_LABEL = "User name";
    static final String USER_NAME_HINT = "someone@example.com";

    static final String ORGANIZATION = "Organization";
    static final String PROFILE = "Profile";
    static final String ASSIGNED_USER = "Assigned user";
    static final String ACCOUNT = "Account";
    static final String ELAPSED = "Elapsed time";
    static final String NOT_SET = "Not set";
    static final String NO_USER = "None";

    private ShellWording() {
    }

    /** How the ESP words a phase's state. */
    static String phaseState(State state) {
        return switch (state) {
            case WAITING -> "Waiting for previous step to complete";
            case RUNNING -> "Working on it...";
            case SUCCEEDED -> "Complete";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
        };
    }

    static final String MFA_PROMPT = "Open your Authenticator app, and approve the request to sign in.";

    /**
     * The ESP's categories of tracked items in its order, by model class name, with the category's name and the
     * verb of its count ("Apps (2 of 3 installed)"). Preparation tasks are listed one by one instead.
     */
    static final List<String[]> CATEGORIES = List.of(new String[] { "SecurityPolicy", "Security policies", "applied" },
            new String[] { "Certificate", "Certificates", "added" },
            new String[] { "NetworkProfile", "Network connections", "added" },
            new String[] { "App", "Apps", "installed" });
    static final String PREPARATION_TASK = "PreparationTask";

    /** "(2 of 3 installed)". */
    static String count(int done, int tracked, String verb) {
        return "(" + done + " of " + tracked + " " + verb + ")";
    }

    /** How the ESP words a preparation task's outcome. */
    static String taskOutcome(TrackedItemOutcome outcome) {
        return switch (itemState(outcome)) {
            case SUCCEEDED -> "Complete";
            case FAILED -> "Failed";
            default -> "Working on it...";
        };
    }

    /**
     * Whether the ESP shows the item at all: it does not list what it does not track (apps left out of the
     * selected blocking apps, preparation this mode does not need, apps deferred to the user flow).
     */
    static boolean onScreen(TrackedItemOutcome outcome) {
        return switch (outcome) {
            case NOT_TRACKED, NOT_NEEDED, DEFERRED_TO_USER_FLOW -> false;
            default -> true;
        };
    }

    /** The state drawn for an item's outcome. */
    static State itemState(TrackedItemOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED, INSTALLED_NOT_BLOCKING -> State.SUCCEEDED;
            case FAILED, FAILED_NOT_BLOCKING -> State.FAILED;
            // Not waited for: still installing when the person may leave a page that does not block device use.
            case HUNG, TIMED_OUT, NOT_WAITED_FOR -> State.RUNNING;
            case NOT_TRACKED, NOT_NEEDED, DEFERRED_TO_USER_FLOW -> State.SKIPPED;
        };
    }

    /** "57 min" or "1 h 12 min". */
    static String minutes(int minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
