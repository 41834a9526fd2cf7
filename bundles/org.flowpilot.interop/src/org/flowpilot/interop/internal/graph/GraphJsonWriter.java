package org.flowpilot.interop.internal.graph;

import org.flowpilot.interop.base.InteropExtras;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Writes a model's deployment profiles and ESP configurations as Graph beta JSON: one body when the model holds
 * one of them, else a list response {@code {"value": [...]}}.
 */
public final class GraphJsonWriter {

    private GraphJsonWriter() {
    }

    /** The Graph JSON text of {@code model}'s profiles and ESP configurations. */
    public static String write(AutopilotModel model, InteropExtras extras, GraphWriteOptions options) {
        JsonArray items = new JsonArray();
        for (DeploymentProfile profile : model.getProfiles()) {
            items.add(ProfileWriter.write(profile, extras.peek(profile, InteropExtras.GRAPH), options));
        }
        for (EnrollmentStatusPage esp : model.getEnrollmentStatusPages()) {
            items.add(EspWriter.write(esp, extras.peek(esp, InteropExtras.GRAPH), options));
        }
        JsonElement root;
        if (items.size() == 1) {
            root = items.get(0);
        } else {
            JsonObject list = new JsonObject();
            list.add("value", items);
            root = list;
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root)
                + "\n";
    }
}
