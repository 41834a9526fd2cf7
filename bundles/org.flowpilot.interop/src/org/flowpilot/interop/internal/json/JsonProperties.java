package org.flowpilot.interop.internal.json;

import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Moves JSON properties between a {@link JsonObject} and a model's map of property names to JSON texts
 * ({@code graphProperties}, {@code offlineConfigProperties}), keeping their exact values. The map is kept sorted by
 * name: an import of what was exported then gives an equal model whatever order the file had.
 */
public final class JsonProperties {

    // Nulls must survive: a property whose value is null is still a property the file had.
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private JsonProperties() {
    }

    /** The properties of {@code stored} as one JSON object, in their order. */
    public static JsonObject toJson(EMap<String, String> stored) {
        JsonObject json = new JsonObject();
        for (Map.Entry<String, String> property : stored) {
            json.add(property.getKey(), JsonParser.parseString(property.getValue()));
        }
        return json;
    }

    /** Stores each property of {@code json} in {@code stored}, replacing the value of a name already there. */
    public static void putAll(JsonObject json, EMap<String, String> stored) {
        for (Map.Entry<String, JsonElement> property : json.entrySet()) {
            stored.put(property.getKey(), COMPACT.toJson(property.getValue()));
        }
        ECollections.sort(stored, Map.Entry.comparingByKey());
    }
}
