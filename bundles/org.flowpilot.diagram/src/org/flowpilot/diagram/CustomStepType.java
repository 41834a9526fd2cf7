package org.flowpilot.diagram;

/**
 * A step type an extension contributes: flow palettes offer it, and a custom step with this type id is drawn as
 * known. Custom steps whose type no installed extension contributes are drawn as unknown steps, and kept.
 *
 * @param typeId the extension type id a {@link org.flowpilot.model.CustomStep} carries
 * @param label the name in the palette, such as "Install line-of-business driver"
 * @param description what the step does, shown on hover
 */
public record CustomStepType(String typeId, String label, String description) {
}
