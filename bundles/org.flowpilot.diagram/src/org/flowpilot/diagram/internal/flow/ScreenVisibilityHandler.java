package org.flowpilot.diagram.internal.flow;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.flowpilot.diagram.internal.common.DiagramState;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.query.AutopilotQueries;

import com.google.inject.Inject;

/**
 * Hides or shows a step's screen in a profile. The profile's hidden screens stand for its OOBE settings (hiding the
 * keyboard also presets the language), so the command records every setting it touches and Undo restores them all.
 */
public class ScreenVisibilityHandler extends BasicOperationHandler<ScreenVisibilityOperation> {

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(ScreenVisibilityOperation operation) {
        EObject step = state.element(operation.getStepId());
        EObject profile = state.element(operation.getProfileId());
        if (!(step instanceof ScreenStep screenStep) || !(profile instanceof DeploymentProfile deploymentProfile)
                || !AutopilotQueries.profileCanHide(screenStep.getScreen())) {
            return doNothing();
        }
        ScreenKind screen = screenStep.getScreen();
        boolean hiddenNow = deploymentProfile.getHiddenScreens().contains(screen);
        if (hiddenNow == operation.isHidden()) {
            return doNothing();
        }
        ChangeCommand command = new ChangeCommand(deploymentProfile) {
            @Override
            protected void doExecute() {
                if (operation.isHidden()) {
                    deploymentProfile.getHiddenScreens().add(screen);
                } else {
                    deploymentProfile.getHiddenScreens().remove(screen);
                }
            }
        };
        command.setLabel((operation.isHidden() ? "Hide " : "Show ") + screen.getLiteral() + " in profile");
        return Optional.of(command);
    }
}
