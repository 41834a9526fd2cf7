package org.flowpilot.diagram.internal.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.ScreenKind;

import com.google.inject.Inject;

/**
 * The flow diagram's palette: every step kind, each OOBE screen, the three ESP phases, the transition, and the step
 * types extensions contribute. Icons are ids the client draws ({@code step-<kind>}).
 */
public class FlowPalette implements ToolPaletteItemProvider {

    @Inject
    private DiagramModels models;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> steps = new ArrayList<>();
        int order = 0;
        for (StepKind kind : StepKind.values()) {
            if (kind == StepKind.SCREEN || kind == StepKind.ESP_PHASE) {
                continue;
            }
            steps.add(node(FlowTypes.CREATE_STEP + kind.id(), kind.label(), "step-" + kind.id(), order++));
        }
        List<PaletteItem> screens = new ArrayList<>();
        order = 0;
        for (ScreenKind screen : ScreenKind.VALUES) {
            screens.add(node(FlowTypes.CREATE_SCREEN + CreateStepHandler.screenId(screen), screen.getLiteral(),
                    "step-screen", order++));
        }
        List<PaletteItem> phases = new ArrayList<>();
        order = 0;
        for (EspPhaseKind phase : EspPhaseKind.VALUES) {
            phases.add(node(FlowTypes.CREATE_ESP_PHASE + CreateStepHandler.phaseId(phase), phase.getLiteral(),
                    "step-esp", order++));
        }
        List<PaletteItem> groups = new ArrayList<>();
        groups.add(PaletteItem.createPaletteGroup("steps", "Steps", steps, "step-power-on", "A"));
        groups.add(PaletteItem.createPaletteGroup("screens", "OOBE screens", screens, "step-screen", "B"));
        groups.add(PaletteItem.createPaletteGroup("esp", "Enrollment Status Page", phases, "step-esp", "C"));
        // One group per category the extensions name, in the order of the categories' names, after the ESP.
        Map<String, List<PaletteItem>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CustomStepType type : models.customStepTypes()) {
            List<PaletteItem> items = byCategory.computeIfAbsent(type.category(), c -> new ArrayList<>());
            items.add(node(FlowTypes.CREATE_CUSTOM + type.typeId(), type.label(), type.iconId(), items.size()));
        }
        int group = 0;
        for (Map.Entry<String, List<PaletteItem>> category : byCategory.entrySet()) {
            groups.add(PaletteItem.createPaletteGroup("extensions-" + category.getKey().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-"), category.getKey(), category.getValue(), "step-custom",
                    String.format("D%03d", group++)));
        }
        groups.add(PaletteItem.createPaletteGroup("connections", "Connections",
                List.of(new PaletteItem(FlowTypes.TRANSITION, "Transition",
                        new TriggerEdgeCreationAction(FlowTypes.TRANSITION), "transition", "A")),
                "transition", "E"));
        return groups;
    }

    private static PaletteItem node(String elementTypeId, String label, String icon, int order) {
        return new PaletteItem(elementTypeId, label, new TriggerNodeCreationAction(elementTypeId), icon,
                String.format("%03d", order));
    }
}
