package org.flowpilot.diagram.internal.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.internal.common.DiagramFactory;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.common.Placements.LayoutInput;
import org.flowpilot.diagram.internal.common.Shapes;
import org.flowpilot.diagram.layout.Arrangement;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.diagram.layout.LayeredLayout;
import org.flowpilot.diagram.layout.LayeredLayout.Box;
import org.flowpilot.diagram.layout.LayeredLayout.Connection;
import org.flowpilot.model.App;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Certificate;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.NetworkProfile;
import org.flowpilot.model.OtherwiseCondition;
import org.flowpilot.model.PreparationTask;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.SimulatedOutcome;
import org.flowpilot.model.Step;
import org.flowpilot.model.TrackedItem;
import org.flowpilot.model.Transition;
import org.flowpilot.model.query.AutopilotQueries;
import org.flowpilot.model.query.ConditionText;

import com.google.inject.Inject;

/**
 * The flow diagram of one flow: a node per step with the icon of its kind, ESP phase steps as containers listing the
 * tracked items of the model's Enrollment Status Page for that phase, screens a profile hides drawn as hidden, and a
 * guarded edge per transition labeled with the guard as the tree reads it.
 */
public class FlowFactory extends DiagramFactory {

    static final double STEP_WIDTH = 240;
    static final double STEP_HEIGHT = 64;
    static final double ITEM_HEIGHT = 30;
    static final double ITEM_GAP = 6;
    static final double PHASE_HEADER = 66;
    static final double PHASE_PADDING = 12;

    @Inject
    private DiagramModels models;

    private Flow flow() {
        return (Flow) state.semanticRoot();
    }

    @Override
    public LayoutInput layoutInput() {
        Flow flow = flow();
        List<Box> boxes = new ArrayList<>();
        for (Step step : flow.getSteps()) {
            boxes.add(new Box(state.idOf(step), STEP_WIDTH, naturalHeight(step)));
        }
        List<Connection> connections = new ArrayList<>();
        for (Transition transition : flow.getTransitions()) {
            if (transition.getSource() != null && transition.getTarget() != null) {
                String label = transition.getGuard() == null ? "" : ConditionText.describe(transition.getGuard());
                connections.add(new Connection(state.idOf(transition), state.idOf(transition.getSource()),
                        state.idOf(transition.getTarget()), label.isEmpty() ? 0 : Shapes.edgeLabelWidth(label),
                        label.isEmpty() ? 0 : Shapes.edgeLabelHeight(label)));
            }
        }
        return new LayoutInput(boxes, connections, LayeredLayout.Flow.DOWN);
    }

    private double naturalHeight(Step step) {
        if (step instanceof EspPhaseStep phaseStep) {
            int items = trackedItems(phaseStep).size();
            return PHASE_HEADER + items * (ITEM_HEIGHT + ITEM_GAP) + (items == 0 ? 0 : PHASE_PADDING);
        }
        return STEP_HEIGHT;
    }

    @Override
    protected GGraph build(Arrangement arrangement) {
        Map<String, Bounds> placements = arrangement.nodes();
        Flow flow = flow();
        GGraphBuilder graph = new GGraphBuilder().id(state.diagramId()).addCssClass("flow-diagram")
                .addArgument("title", flow.getName() == null ? "" : flow.getName());
        for (Step step : flow.getSteps()) {
            String id = state.idOf(step);
            graph.add(stepNode(step, id, placements.get(id), flow));
        }
        for (Transition transition : flow.getTransitions()) {
            Step source = transition.getSource();
            Step target = transition.getTarget();
            // A transition with a missing end cannot be drawn; validation (FL08) reports it on the flow.
            if (source == null || target == null || source.eContainer() != flow || target.eContainer() != flow) {
                continue;
            }
            String id = state.idOf(transition);
            List<String> classes = new ArrayList<>(Shapes.highlightClasses(state.model().highlightsOf(id)));
            if (transition.getGuard() instanceof OtherwiseCondition) {
                classes.add("otherwise");
            }
            if (transition.getGuard() == null) {
                classes.add("unguarded");
            }
            String label = transition.getGuard() == null ? null : ConditionText.describe(transition.getGuard());
            graph.add(Shapes.edge(FlowTypes.TRANSITION, id, state.idOf(source), state.idOf(target), label, classes,
                    arrangement.routes().get(id)));
        }
        return graph.build();
    }

    private GModelElement stepNode(Step step, String id, Bounds bounds, Flow flow) {
        StepKind kind = StepKind.of(step);
        boolean unknown = step instanceof CustomStep custom && isUnknown(custom);
        String type = unknown ? FlowTypes.UNKNOWN_STEP
                : step instanceof EspPhaseStep ? FlowTypes.ESP_PHASE : FlowTypes.STEP;
        GNodeBuilder node = Shapes.node(type, id, bounds, step.getName())
                .addCssClass("step-" + kind.id())
                .addCssClasses(Shapes.highlightClasses(state.model().highlightsOf(id)))
                .addArgument("kind", unknown ? "unknown" : kind.id())
                .addArgument("subtitle", subtitle(step, kind, unknown));
        if (flow.getStart() == step) {
            node.addCssClass("start").addArgument("start", true);
        }
        long branches = step.getOutgoing().stream().filter(t -> t.eContainer() == flow).count();
        if (branches > 1) {
            node.addCssClass("decision").addArgument("branches", (int) branches);
        }
        if (step instanceof ScreenStep screen && !AutopilotQueries.profilesHiding(screen).isEmpty()) {
            node.addCssClass("hidden-screen").addArgument("hidden", true);
        }
        if (step instanceof EspPhaseStep phaseStep) {
            addTrackedItems(node, phaseStep, id, bounds);
        }
        return node.build();
    }

    private boolean isUnknown(CustomStep custom) {
        String typeId = custom.getExtensionTypeId();
        return typeId != null && !typeId.isBlank()
                && models.customStepTypes().stream().map(CustomStepType::typeId).noneMatch(typeId::equals);
    }

    private String subtitle(Step step, StepKind kind, boolean unknown) {
        if (unknown) {
            return "Unknown step type " + ((CustomStep) step).getExtensionTypeId();
        }
        return switch (step) {
            case ScreenStep screen -> {
                List<DeploymentProfile> hiding = AutopilotQueries.profilesHiding(screen);
                yield "OOBE screen · " + screen.getScreen().getLiteral()
                        + (hiding.isEmpty() ? "" : " · hidden by profile");
            }
            case EspPhaseStep phase -> {
                Optional<EnrollmentStatusPage> esp = esp();
                List<TrackedItem> items = trackedItems(phase);
                int minutes = items.stream().mapToInt(TrackedItem::getEstimatedMinutes).sum();
                yield "ESP · " + phase.getPhase().getLiteral() + esp.map(e -> " · " + e.getName()).orElse("")
                        + (items.isEmpty() ? "" : " · ~" + minutes + " min");
            }
            case CustomStep custom -> custom.getExtensionTypeId() == null || custom.getExtensionTypeId().isBlank()
                    ? "Custom step · no type yet"
                    : models.customStepTypes().stream().filter(t -> t.typeId().equals(custom.getExtensionTypeId()))
                            .map(CustomStepType::label).findFirst().orElse(custom.getExtensionTypeId());
            default -> kind.label();
        };
    }

    private void addTrackedItems(GNodeBuilder node, EspPhaseStep phaseStep, String stepId, Bounds bounds) {
        double y = PHASE_HEADER;
        for (TrackedItem item : trackedItems(phaseStep)) {
            String itemId = stepId + "/" + state.idOf(item);
            String outcome = item.getSimulatedOutcome() == SimulatedOutcome.SUCCEEDS ? ""
                    : item.getSimulatedOutcome().getLiteral().toLowerCase();
            GNodeBuilder itemNode = new GNodeBuilder(FlowTypes.TRACKED_ITEM).id(itemId)
                    .position(PHASE_PADDING, y).size(bounds.width() - 2 * PHASE_PADDING, ITEM_HEIGHT)
                    .addCssClass("item-" + itemKind(item))
                    .addCssClasses(Shapes.highlightClasses(state.model().highlightsOf(itemId)))
                    .addArgument("itemKind", itemKind(item))
                    .addArgument("minutes", item.getEstimatedMinutes())
                    .add(new GLabelBuilder(Shapes.NAME_LABEL).id(itemId + Shapes.NAME_SUFFIX)
                            .text(item.getName() == null ? "" : item.getName()).position(30, 6)
                            .size(bounds.width() - 2 * PHASE_PADDING - 80, 18).build());
            if (!outcome.isEmpty()) {
                itemNode.addCssClass("outcome-" + item.getSimulatedOutcome().getName().toLowerCase())
                        .addArgument("outcome", outcome);
            }
            node.add(itemNode.build());
            y += ITEM_HEIGHT + ITEM_GAP;
        }
    }

    private static String itemKind(TrackedItem item) {
        return switch (item) {
            case App app -> "app";
            case Certificate certificate -> "certificate";
            case NetworkProfile network -> "network";
            case PreparationTask task -> "task";
            default -> "policy";
        };
    }

    /** The tracked items the model's Enrollment Status Page tracks in the phase of {@code step}. */
    List<TrackedItem> trackedItems(EspPhaseStep step) {
        return esp().flatMap(esp -> esp.getPhases().stream().filter(p -> p.getKind() == step.getPhase())
                .findFirst()).map(EspPhase::getTrackedItems).<List<TrackedItem>>map(List::copyOf).orElse(List.of());
    }

    // The page a device of this model shows: of several, the highest-priority one (Intune's lowest number).
    private Optional<EnrollmentStatusPage> esp() {
        AutopilotModel model = state.model().model();
        return model.getEnrollmentStatusPages().stream()
                .min(Comparator.comparingInt(EnrollmentStatusPage::getPriority));
    }
}
