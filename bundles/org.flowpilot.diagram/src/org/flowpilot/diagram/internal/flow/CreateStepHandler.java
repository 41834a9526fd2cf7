package org.flowpilot.diagram.internal.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.flowpilot.diagram.CustomStepType;
import org.flowpilot.diagram.internal.common.DiagramModels;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.diagram.internal.common.PlaceElementCommand;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.model.CustomStep;
import org.flowpilot.model.EspPhaseKind;
import org.flowpilot.model.EspPhaseStep;
import org.flowpilot.model.Flow;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.Step;

import com.google.inject.Inject;

/**
 * Creates a step from the palette where it is dropped: any step kind, an OOBE screen of a given kind, an ESP phase, or
 * a step type an extension contributes. The first step of an empty flow becomes its start.
 */
public class CreateStepHandler extends BasicOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Inject
    private DiagramState state;
    @Inject
    private DiagramModels models;

    @Override
    public List<String> getHandledElementTypeIds() {
        List<String> ids = new ArrayList<>();
        for (StepKind kind : StepKind.values()) {
            if (kind != StepKind.SCREEN && kind != StepKind.ESP_PHASE) {
                ids.add(FlowTypes.CREATE_STEP + kind.id());
            }
        }
        for (ScreenKind screen : ScreenKind.VALUES) {
            ids.add(FlowTypes.CREATE_SCREEN + screenId(screen));
        }
        for (EspPhaseKind phase : EspPhaseKind.VALUES) {
            ids.add(FlowTypes.CREATE_ESP_PHASE + phaseId(phase));
        }
        for (CustomStepType type : models.customStepTypes()) {
            ids.add(FlowTypes.CREATE_CUSTOM + type.typeId());
        }
        return ids;
    }

    @Override
    public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
        return CreateOperationHandler.super.handles(operation);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Step step = newStep(operation.getElementTypeId());
        if (step == null) {
            return doNothing();
        }
        Flow flow = (Flow) state.semanticRoot();
        EditingDomain domain = state.model().editingDomain();
        CompoundCommand create = new CompoundCommand("Create " + step.getName());
        create.append(AddCommand.create(domain, flow, FlowpilotPackage.Literals.FLOW__STEPS, step));
        if (flow.getStart() == null) {
            create.append(SetCommand.create(domain, flow, FlowpilotPackage.Literals.FLOW__START, step));
        }
        GPoint at = operation.getLocation().orElse(null);
        if (at != null) {
            Command keep = state.keepShownLayout();
            if (keep != null) {
                create.append(keep);
            }
            double height = step instanceof EspPhaseStep ? FlowFactory.PHASE_HEADER : FlowFactory.STEP_HEIGHT;
            create.append(new PlaceElementCommand(state.model(), state.diagramId(), step,
                    new Bounds(at.getX(), at.getY(), FlowFactory.STEP_WIDTH, height)));
        }
        return Optional.of(create);
    }

    private Step newStep(String elementTypeId) {
        if (elementTypeId.startsWith(FlowTypes.CREATE_SCREEN)) {
            String id = elementTypeId.substring(FlowTypes.CREATE_SCREEN.length());
            for (ScreenKind screen : ScreenKind.VALUES) {
                if (screenId(screen).equals(id)) {
                    ScreenStep step = (ScreenStep) StepKind.SCREEN.create();
                    step.setScreen(screen);
                    step.setName(screen.getLiteral());
                    return step;
                }
            }
            return null;
        }
        if (elementTypeId.startsWith(FlowTypes.CREATE_ESP_PHASE)) {
            String id = elementTypeId.substring(FlowTypes.CREATE_ESP_PHASE.length());
            for (EspPhaseKind phase : EspPhaseKind.VALUES) {
                if (phaseId(phase).equals(id)) {
                    EspPhaseStep step = (EspPhaseStep) StepKind.ESP_PHASE.create();
                    step.setPhase(phase);
                    step.setName("ESP " + phase.getLiteral().toLowerCase(Locale.ROOT));
                    return step;
                }
            }
            return null;
        }
        if (elementTypeId.startsWith(FlowTypes.CREATE_CUSTOM)) {
            String typeId = elementTypeId.substring(FlowTypes.CREATE_CUSTOM.length());
            return models.customStepTypes().stream().filter(t -> t.typeId().equals(typeId)).findFirst()
                    .map(type -> {
                        CustomStep step = (CustomStep) StepKind.CUSTOM.create();
                        step.setExtensionTypeId(type.typeId());
                        step.setName(type.label());
                        return (Step) step;
                    }).orElse(null);
        }
        StepKind kind = StepKind.ofId(elementTypeId.substring(FlowTypes.CREATE_STEP.length()));
        if (kind == null) {
            return null;
        }
        Step step = kind.create();
        step.setName(kind.label());
        return step;
    }

    /** The palette id of {@code screen}: its name in kebab case, such as {@code license-terms}. */
    static String screenId(ScreenKind screen) {
        return kebab(screen.getName());
    }

    /** The palette id of {@code phase}, such as {@code device-setup}. */
    static String phaseId(EspPhaseKind phase) {
        return kebab(phase.getName());
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
