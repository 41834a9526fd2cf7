package org.flowpilot.diagram.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.features.contextmenu.ContextMenuItemProvider;
import org.eclipse.glsp.server.features.contextmenu.MenuItem;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;

import com.google.inject.Inject;

/**
 * The context menu of both diagrams: Rename and Delete for the selection, Layout for the diagram, and what a diagram
 * adds for its own elements (such as Hide in profile on a screen).
 */
public class ContextMenu implements ContextMenuItemProvider {

    @Inject
    protected DiagramState state;

    @Override
    public List<MenuItem> getItems(List<String> selectedElementIds, GPoint position, Map<String, String> args) {
        if (!state.isBound()) {
            return List.of();
        }
        return state.model().access().call(() -> {
            List<MenuItem> items = new ArrayList<>(elementItems(selectedElementIds));
            if (selectedElementIds.size() == 1) {
                String labelId = selectedElementIds.get(0) + Shapes.NAME_SUFFIX;
                if (state.getIndex().get(labelId).isPresent()) {
                    items.add(new MenuItem("rename", "Rename", List.of(new EditLabelAction(labelId)), true, null,
                            "b"));
                }
            }
            List<String> deletable = selectedElementIds.stream()
                    .filter(id -> state.getIndex().get(id).map(this::isDeletable).orElse(false)).toList();
            if (!deletable.isEmpty()) {
                items.add(new MenuItem("delete", "Delete", List.of(new DeleteOperation(deletable)), true, null, "c"));
            }
            items.add(new MenuItem("layout", "Layout diagram", List.of(new LayoutOperation(List.of())), true, null,
                    "d"));
            return items;
        });
    }

    /** Items a diagram adds for the selected elements. */
    protected List<MenuItem> elementItems(List<String> selectedElementIds) {
        return List.of();
    }

    /** Whether the delete of this diagram removes {@code element}. */
    protected boolean isDeletable(GModelElement element) {
        return element.getParent() == state.getRoot();
    }
}
