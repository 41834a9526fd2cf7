package org.flowpilot.model.edit.steps;

import java.net.URL;
import java.util.Objects;

/**
 * A step kind an extension declares in its {@code plugin.xml}, at the extension point
 * {@value StepKindCatalogue#EXTENSION_POINT}: what the palette, the model tree and the diagrams show for the
 * {@link org.flowpilot.model.CustomStep}s whose extension type id is {@link #typeId()}, known before any class of the
 * extension loads. Its behaviour comes from the extension's {@code StepExecutor} of the same type id.
 *
 * @param typeId the extension type id of the custom steps of this kind, such as
 *               {@code org.flowpilot.example.bitlocker-escrow}
 * @param name the kind's name, as the palette lists it
 * @param description what a step of this kind does, in a sentence; empty when the extension gives none
 * @param category the palette group the kind appears in, such as {@code Security}; {@code Extensions} by default
 * @param icon a 16x16 PNG (or SVG) icon, or null
 * @param contributor where the declaration comes from: {@code bundle org.flowpilot.example.extension 0.1.0} in OSGi,
 *                    else the jar or folder
 * @since 1.0
 */
public record ContributedStepKind(String typeId, String name, String description, String category, URL icon,
        String contributor) {

    /** The palette group of kinds that name none. */
    public static final String DEFAULT_CATEGORY = "Extensions";

    /** Checks the type id, name and contributor; fills in an empty description and the default category. */
    public ContributedStepKind {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contributor, "contributor");
        description = description == null ? "" : description;
        category = category == null || category.isBlank() ? DEFAULT_CATEGORY : category;
    }
}
