package org.flowpilot.interop.internal.graph;

import org.flowpilot.interop.internal.json.JsonProperties;
import org.flowpilot.model.AssignableConfiguration;
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
    public static String write(AutopilotModel model, GraphWriteOptions options) {
        JsonArray items = new JsonArray();
        for (DeploymentProfile profile : model.getProfiles()) {
            items.add(ProfileWriter.write(profile, kept(profile), options));
        }
        for (EnrollmentStatusPage esp : model.getEnrollmentStatusPages()) {
            items.add(EspWriter.write(esp, kept(esp), options));
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

    /** What an import kept of {@code element} beyond its settings, as the Graph properties it came from. */
    private static JsonObject kept(AssignableConfiguration element) {
        JsonObject kept = JsonProperties.toJson(element.getGraphProperties());
        addIfSet(kept, "id", element.getGraphId());
        addIfSet(kept, "createdDateTime", element.getCreatedDateTime());
        addIfSet(kept, "lastModifiedDateTime", element.getLastModifiedDateTime());
        if (!element.getRoleScopeTagIds().isEmpty()) {
            JsonArray tags = new JsonArray();
            element.getRoleScopeTagIds().forEach(tags::add);
            kept.add(GraphJsonReader.ROLE_SCOPE_TAG_IDS, tags);
        }
        return kept;
    }

    private static void addIfSet(JsonObject json, String name, String value) {
        if (value != null) {
            json.addProperty(name, value);
        }
    }
}
