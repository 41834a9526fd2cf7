package org.flowpilot.diagram;

import java.net.URL;
import java.util.List;
import java.util.Locale;

import org.flowpilot.model.edit.labels.StepKindCatalogues;
import org.flowpilot.model.edit.steps.ContributedStepKind;

/**
 * A step type an extension contributes: flow palettes offer it in the group of its category, with its icon, and a
 * custom step with this type id is drawn as known. Custom steps whose type no installed extension contributes are
 * drawn as unknown steps, and kept.
 *
 * @param typeId the extension type id a {@link org.flowpilot.model.CustomStep} carries
 * @param label the name in the palette, such as "Install line-of-business driver"
 * @param description what the step does, shown on hover
 * @param category the palette group, such as "Security"
 * @param icon a 16x16 PNG or SVG icon, or null for the custom step's own
 */
public record CustomStepType(String typeId, String label, String description, String category, URL icon) {

    /** A type in the default category with the custom step's icon. */
    public CustomStepType(String typeId, String label, String description) {
        this(typeId, label, description, ContributedStepKind.DEFAULT_CATEGORY, null);
    }

    /** The type of a step kind an extension declares. */
    public static CustomStepType of(ContributedStepKind kind) {
        return new CustomStepType(kind.typeId(), kind.name(), kind.description(), kind.category(), kind.icon());
    }

    /**
     * The step types installed extensions declare now ({@link StepKindCatalogues#installed()}): inside OSGi those of
     * the bundles starting or active, outside OSGi those of the {@code plugin.xml} files on the class path. Give
     * {@code CustomStepType::installed} to {@code DiagramServer.start} for palettes that follow the extensions.
     */
    public static List<CustomStepType> installed() {
        return StepKindCatalogues.installed().stepKinds().stream().map(CustomStepType::of).toList();
    }

    /** The id of this type's palette icon: a codicon class the page's {@code step-kinds.css} draws. */
    public String iconId() {
        return icon == null ? "step-custom"
                : "step-ext-" + typeId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
