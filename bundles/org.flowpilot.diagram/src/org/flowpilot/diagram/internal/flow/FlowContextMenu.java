package org.flowpilot.diagram.internal.flow;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.flowpilot.diagram.internal.common.ContextMenu;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.ScreenStep;
import org.flowpilot.model.query.AutopilotQueries;

/**
 * The flow diagram's context menu: on a screen step whose screen a profile setting controls, "Hide in profile" or
 * "Show in profile", one per profile when the model has several.
 */
public class FlowContextMenu extends ContextMenu {

    /** The menu item id prefix of Hide in profile. */
    public static final String HIDE = "hide-in-profile";
    /** The menu item id prefix of Show in profile. */
    public static final String SHOW = "show-in-profile";

    @Override
    protected List<MenuItem> elementItems(List<String> selectedElementIds) {
        if (selectedElementIds.size() != 1) {
            return List.of();
        }
        EObject element = state.element(selectedElementIds.get(0));
        if (!(element instanceof ScreenStep step) || !AutopilotQueries.profileCanHide(step.getScreen())
                || step.isShownBeforeProfileDownload()) {
            return List.of();
        }
        List<DeploymentProfile> profiles = state.model().model().getProfiles();
        List<MenuItem> items = new ArrayList<>();
        for (DeploymentProfile profile : profiles) {
            boolean hidden = profile.getHiddenScreens().contains(step.getScreen());
            String label = (hidden ? "Show in profile" : "Hide in profile")
                    + (profiles.size() > 1 ? " '" + profile.getName() + "'" : "");
            String profileId = state.idOf(profile);
            items.add(new MenuItem((hidden ? SHOW : HIDE) + ":" + profileId, label,
                    List.of(new ScreenVisibilityOperation(selectedElementIds.get(0), profileId, !hidden)), true, null,
                    "a"));
        }
        return items;
    }

    @Override
    protected boolean isDeletable(GModelElement element) {
        return !FlowTypes.TRACKED_ITEM.equals(element.getType()) && super.isDeletable(element);
    }
}
