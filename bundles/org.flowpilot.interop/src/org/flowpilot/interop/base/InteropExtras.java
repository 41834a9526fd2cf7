package org.flowpilot.interop.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What an import read but the model has no place for (Graph ids, timestamps, role scope tags, the per-profile ESP
 * block, unknown properties, tenant data of the offline file), per element and per format, so that an export writes
 * it back and a round trip loses nothing.
 * <p>
 * Kept beside the model in a sidecar file, {@code MODEL.autopilot.interop.json}, keyed by the elements' XMI ids.
 */
public final class InteropExtras {

    /** The section for Microsoft Graph JSON. */
    public static final String GRAPH = "graph";
    /** The section for AutopilotConfigurationFile.json. */
    public static final String OFFLINE_CONFIG = "offlineConfig";

    private final Map<EObject, JsonObject> byElement = new LinkedHashMap<>();

    /** The sidecar file of the model file {@code model}. */
    public static Path sidecarOf(Path model) {
        return model.resolveSibling(model.getFileName() + ".interop.json");
    }

    /** The section {@code section} of {@code element}'s extras, created empty when missing. */
    public JsonObject section(EObject element, String section) {
        JsonObject all = byElement.computeIfAbsent(element, e -> new JsonObject());
        if (!all.has(section)) {
            all.add(section, new JsonObject());
        }
        return all.getAsJsonObject(section);
    }

    /** The section {@code section} of {@code element}'s extras, or an empty object; never stored. */
    public JsonObject peek(EObject element, String section) {
        JsonObject all = byElement.get(element);
        return all != null && all.has(section) ? all.getAsJsonObject(section) : new JsonObject();
    }

    /** Reads the sidecar of {@code resource}'s elements from {@code sidecar}; no file means no extras. */
    public static InteropExtras load(Path sidecar, Resource resource) throws InteropException {
        InteropExtras extras = new InteropExtras();
        if (!Files.exists(sidecar)) {
            return extras;
        }
        try {
            JsonDocument document = JsonDocument.parse(sidecar.getFileName().toString(),
                    Files.readString(sidecar, StandardCharsets.UTF_8));
            if (!document.root().isJsonObject()) {
                throw document.error(document.root(), "expected an object of element ids");
            }
            for (Map.Entry<String, JsonElement> entry : document.root().getAsJsonObject().entrySet()) {
                EObject element = resource.getEObject(entry.getKey());
                if (element != null && entry.getValue().isJsonObject()) {
                    extras.byElement.put(element, entry.getValue().getAsJsonObject());
                }
            }
        } catch (IOException e) {
            throw new InteropException(sidecar + ": cannot read: " + e.getMessage());
        }
        return extras;
    }

    /** The sidecar content for the elements of {@code resource} that have extras. */
    public byte[] toBytes(Resource resource) {
        JsonObject root = new JsonObject();
        byElement.forEach((element, extra) -> {
            if (element.eResource() == resource && !extra.isEmpty()) {
                String id = resource instanceof XMLResource xml ? xml.getID(element) : resource.getURIFragment(element);
                root.add(Objects.requireNonNull(id), extra);
            }
        });
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root)
                .getBytes(StandardCharsets.UTF_8);
    }
}
