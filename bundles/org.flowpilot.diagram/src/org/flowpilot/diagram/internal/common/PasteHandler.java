package org.flowpilot.diagram.internal.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.PasteOperation;
import org.flowpilot.diagram.layout.Bounds;
import org.flowpilot.model.Flow;
import org.flowpilot.model.NamedElement;
import org.flowpilot.model.Transition;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.inject.Inject;

/**
 * Pastes copies of copied elements into this diagram's flow or model, named "(copy)" and placed beside the originals;
 * transitions between copied steps are copied with them. Copies keep references to elements not copied (a copied
 * profile stays assigned to the same groups).
 */
public class PasteHandler extends BasicOperationHandler<PasteOperation> {

    private static final double OFFSET = 40;

    @Inject
    private DiagramState state;

    @Override
    public Optional<Command> createCommand(PasteOperation operation) {
        String json = operation.getClipboardData() == null ? null : operation.getClipboardData().get(CopyHandler.FORMAT);
        if (json == null) {
            return doNothing();
        }
        CopyHandler.Copied copied;
        try {
            copied = new Gson().fromJson(json, CopyHandler.Copied.class);
        } catch (JsonParseException e) {
            return doNothing();
        }
        if (copied == null || copied.elements() == null || !state.model().key().equals(copied.model())) {
            return doNothing();
        }
        EObject root = state.semanticRoot();
        Set<EObject> originals = new LinkedHashSet<>();
        for (String id : copied.elements()) {
            EObject element = state.element(id);
            // Only what this diagram shows at its top level can be pasted into it.
            if (element != null && element.eContainer() == root && element.eContainmentFeature() != null
                    && element.eContainmentFeature().isMany() && !(element instanceof Transition)) {
                originals.add(element);
            }
        }
        if (originals.isEmpty()) {
            return doNothing();
        }
        if (root instanceof Flow flow) {
            for (Transition transition : flow.getTransitions()) {
                if (originals.contains(transition.getSource()) && originals.contains(transition.getTarget())) {
                    originals.add(transition);
                }
            }
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<EObject> copies = new ArrayList<>(copier.copyAll(originals));
        copier.copyReferences();
        CompoundCommand paste = new CompoundCommand("Paste");
        Command keep = state.keepShownLayout();
        if (keep != null) {
            paste.append(keep);
        }
        List<EObject> originalList = new ArrayList<>(originals);
        for (int i = 0; i < copies.size(); i++) {
            EObject original = originalList.get(i);
            EObject copy = copies.get(i);
            if (copy instanceof NamedElement named) {
                named.setName((named.getName() == null ? "" : named.getName()) + " (copy)");
            }
            EReference feature = original.eContainmentFeature();
            paste.append(AddCommand.create(state.model().editingDomain(), root, feature, copy));
            String originalId = state.idOf(original);
            Optional<Bounds> bounds = state.model().layout().get(state.diagramId(), originalId)
                    .or(() -> currentBounds(originalId));
            bounds.ifPresent(b -> paste.append(new PlaceElementCommand(state.model(), state.diagramId(), copy,
                    b.at(b.x() + OFFSET, b.y() + OFFSET))));
        }
        return Optional.of(paste);
    }

    private Optional<Bounds> currentBounds(String id) {
        return state.getIndex().getByClass(id, GNode.class)
                .map(node -> new Bounds(node.getPosition().getX(), node.getPosition().getY(),
                        node.getSize().getWidth(), node.getSize().getHeight()));
    }
}
