package org.flowpilot.interop.internal.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.EMap;
import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.internal.json.JsonFields;
import org.flowpilot.interop.internal.json.JsonProperties;
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
            GraphTypes.ACTIVE_DIRECTORY_PROFILE, GraphTypes.ESP_CONFIGURATION, GraphTypes.DEVICE_IDENTITY);
    static final String ROLE_SCOPE_TAG_IDS = "roleScopeTagIds";
    private static final Set<String> LIST_ANNOTATIONS = Set.of("@odata.context", "@odata.nextLink", "@odata.count");

    private GraphJsonReader() {
    }

    /** Whether {@code root} looks like a Graph body or list rather than another JSON file. */
    public static boolean isGraph(JsonElement root) {
        return root instanceof JsonObject object && (object.has("@odata.type") || object.get("value") instanceof JsonArray);
    }

    /**
     * Why {@code root} is not something this reader imports, such as {@code "no @odata.type"}; empty when it is a
     * deployment profile, an ESP configuration, an Autopilot device or a Graph list of only those.
     */
    public static Optional<String> notImported(JsonElement root) {
        if (!(root instanceof JsonObject object)) {
            return Optional.of(root.isJsonArray() ? "a JSON array, not a Graph object" : "not a Graph object");
        }
        if (object.has("@odata.type")) {
            return otherType(object.get("@odata.type"));
        }
        if (object.get("value") instanceof JsonArray items) {
            for (JsonElement item : items) {
                Optional<String> reason = item instanceof JsonObject itemObject && itemObject.has("@odata.type")
                        ? otherType(itemObject.get("@odata.type")) : Optional.of("an item without an @odata.type");
                if (reason.isPresent()) {
                    return Optional.of("a Graph list holding " + reason.get());
                }
            }
            return Optional.empty();
        }
        return Optional.of("no @odata.type");
    }

    private static Optional<String> otherType(JsonElement type) {
        if (!(type instanceof JsonPrimitive primitive && primitive.isString())) {
            return Optional.of("an @odata.type that is not a string");
        }
        return TYPES.contains(GraphTypes.normalize(primitive.getAsString())) ? Optional.empty()
                : Optional.of("@odata.type " + primitive.getAsString());
    }

    /** Imports {@code document} into {@code model}; returns the number of elements created or updated. */
    public static int importInto(JsonDocument document, AutopilotModel model, Warnings warnings)
            throws InteropException {
        JsonObject root = document.root().getAsJsonObject();
        if (root.has("@odata.type")) {
            importItem(document, root, model, warnings);
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
            importItem(document, object, model, warnings);
            count++;
        }
        return count;
    }

    private static void importItem(JsonDocument document, JsonObject json, AutopilotModel model, Warnings warnings)
            throws InteropException {
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
        if (type.equals(GraphTypes.DEVICE_IDENTITY)) {
            DeviceIdentityReader.read(fields, model, warnings);
            return;
        }
        String id = stringOrNull(json.get("id"));
        String name = stringOrNull(json.get("displayName"));
        Optional<JsonElement> assignments = fields.any(AssignmentReader.PROPERTY);
        AssignableConfiguration element;
        if (type.equals(GraphTypes.ESP_CONFIGURATION)) {
            int known = model.getEnrollmentStatusPages().size();
            EnrollmentStatusPage esp = match(model.getEnrollmentStatusPages(), id, name,
                    FlowpilotFactory.eINSTANCE::createEnrollmentStatusPage);
            keep(EspReader.read(fields, esp, model.getEnrollmentStatusPages().size() > known, warnings), esp);
            element = esp;
        } else {
            DeploymentProfile profile = match(model.getProfiles(), id, name,
                    FlowpilotFactory.eINSTANCE::createDeploymentProfile);
            keep(ProfileReader.read(fields, profile, type.equals(GraphTypes.ACTIVE_DIRECTORY_PROFILE), warnings),
                    profile);
            element = profile;
        }
        if (assignments.isPresent()) {
            AssignmentReader.read(document, assignments.get(), element, element instanceof DeploymentProfile, model,
                    warnings);
        }
    }

    private static <T extends AssignableConfiguration> T match(List<T> existing, String id, String name,
            Supplier<T> create) {
        for (T candidate : existing) {
            if (id != null && id.equals(candidate.getGraphId())) {
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

    /**
     * Stores what the readers left unmodeled: the Graph id, timestamps and scope tags in their features, everything
     * else by name in graphProperties. A later import replaces the values it has and keeps the others.
     */
    private static void keep(JsonObject unmodeled, AssignableConfiguration element) {
        EMap<String, String> properties = element.getGraphProperties();
        take(unmodeled, "id", properties).ifPresent(element::setGraphId);
        take(unmodeled, "createdDateTime", properties).ifPresent(element::setCreatedDateTime);
        take(unmodeled, "lastModifiedDateTime", properties).ifPresent(element::setLastModifiedDateTime);
        // An empty list stays a property: the feature cannot tell it from no list, and the export writes it back.
        if (unmodeled.get(ROLE_SCOPE_TAG_IDS) instanceof JsonArray tags && !tags.isEmpty()) {
            element.getRoleScopeTagIds().clear();
            tags.forEach(tag -> element.getRoleScopeTagIds().add(tag.getAsString()));
            unmodeled.remove(ROLE_SCOPE_TAG_IDS);
            properties.removeKey(ROLE_SCOPE_TAG_IDS);
        }
        JsonProperties.putAll(unmodeled, properties);
    }

    // Only a string moves to its feature; null stays a property so the export writes it back as it was.
    private static Optional<String> take(JsonObject unmodeled, String name, EMap<String, String> properties) {
        String value = stringOrNull(unmodeled.get(name));
        if (value == null) {
            return Optional.empty();
        }
        unmodeled.remove(name);
        properties.removeKey(name);
        return Optional.of(value);
    }

    private static String stringOrNull(JsonElement value) {
        return value instanceof JsonPrimitive primitive && primitive.isString()
                ? Objects.requireNonNull(primitive.getAsString()) : null;
    }
}
