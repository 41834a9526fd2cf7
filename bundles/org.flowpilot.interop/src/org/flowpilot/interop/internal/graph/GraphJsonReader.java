package org.flowpilot.interop.internal.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.interop.base.InteropExtras;
import org.flowpilot.interop.base.JsonDocument;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowpilotFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Imports a Graph body (one deployment profile or ESP configuration) or a Graph list response
 * ({@code {"value": [...]}}) holding any of them, mixed. An imported element updates the model's element with the
 * same Graph id, else the one of the same kind with the same name, else it is added.
 */
public final class GraphJsonReader {

    private static final List<String> TYPES = List.of(GraphTypes.AZURE_AD_PROFILE,
            GraphTypes.ACTIVE_DIRECTORY_PROFILE, GraphTypes.ESP_CONFIGURATION);
    private static final Set<String> LIST_ANNOTATIONS = Set.of("@odata.context", "@odata.nextLink", "@odata.count");

    private GraphJsonReader() {
    }

    /** Whether {@code root} looks like a Graph body or list rather than another JSON file. */
    public static boolean isGraph(JsonElement root) {
        return root instanceof JsonObject object && (object.has("@odata.type") || object.get("value") instanceof JsonArray);
    }

    /** Imports {@code document} into {@code model}; returns the number of elements created or updated. */
    public static int importInto(JsonDocument document, AutopilotModel model, InteropExtras extras, Warnings warnings)
            throws InteropException {
        JsonObject root = document.root().getAsJsonObject();
        if (root.has("@odata.type")) {
            importItem(document, root, model, extras, warnings);
            return 1;
        }
        for (Map.Entry<String, JsonElement> entry : root.entrySet()) {
            if (!entry.getKey().equals("value") && !LIST_ANNOTATIONS.contains(entry.getKey())) {
                warnings.add(document.warning(entry.getValue().isJsonNull() ? root : entry.getValue(),
                        "unknown property '" + entry.getKey() + "' of the list response is ignored"));
            }
        }
        int count = 0;
        for (JsonElement item : root.getAsJsonArray("value")) {
            if (!(item instanceof JsonObject object)) {
                throw document.error(item, "each item of 'value' must be an object with an @odata.type; found "
                        + JsonFields.describe(item));
            }
            importItem(document, object, model, extras, warnings);
            count++;
        }
        return count;
    }

    private static void importItem(JsonDocument document, JsonObject json, AutopilotModel model, InteropExtras extras,
            Warnings warnings) throws InteropException {
        JsonElement typeValue = json.get("@odata.type");
        if (!(typeValue instanceof JsonPrimitive primitive && primitive.isString())) {
            throw document.error(typeValue == null ? json : typeValue, "expected an '@odata.type' string, one of "
                    + String.join(", ", TYPES));
        }
        String type = GraphTypes.normalize(primitive.getAsString());
        if (!TYPES.contains(type)) {
            throw document.error(typeValue, "expected @odata.type " + String.join(", ", TYPES) + "; found \""
                    + primitive.getAsString() + "\"");
        }
        JsonFields fields = new JsonFields(document, json, type.substring(1));
        String id = stringOrNull(json.get("id"));
        String name = stringOrNull(json.get("displayName"));
        if (type.equals(GraphTypes.ESP_CONFIGURATION)) {
            EnrollmentStatusPage esp = match(model.getEnrollmentStatusPages(), id, name, extras,
                    FlowpilotFactory.eINSTANCE::createEnrollmentStatusPage);
            merge(extras.section(esp, InteropExtras.GRAPH), EspReader.read(fields, esp, warnings));
        } else {
            DeploymentProfile profile = match(model.getProfiles(), id, name, extras,
                    FlowpilotFactory.eINSTANCE::createDeploymentProfile);
            merge(extras.section(profile, InteropExtras.GRAPH),
                    ProfileReader.read(fields, profile, type.equals(GraphTypes.ACTIVE_DIRECTORY_PROFILE), warnings));
        }
    }

    private static <T extends AssignableConfiguration> T match(List<T> existing, String id, String name,
            InteropExtras extras, Supplier<T> create) {
        for (T candidate : existing) {
            if (id != null && id.equals(stringOrNull(extras.peek(candidate, InteropExtras.GRAPH).get("id")))) {
                return candidate;
            }
        }
        for (T candidate : existing) {
            if (name != null && name.equals(candidate.getName())) {
                return candidate;
            }
        }
        T created = create.get();
        existing.add(created);
        return created;
    }

    private static void merge(JsonObject into, JsonObject imported) {
        imported.entrySet().forEach(e -> into.add(e.getKey(), e.getValue()));
    }

    private static String stringOrNull(JsonElement value) {
        return value instanceof JsonPrimitive primitive && primitive.isString()
                ? Objects.requireNonNull(primitive.getAsString()) : null;
    }
}
