package org.flowpilot.diagram.internal.common;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.ModelValidator;

import com.google.inject.Inject;

/**
 * Decorates diagram elements with the model validator's findings: the rule id as the marker's label, the message as
 * its description, shown when the pointer rests on the decoration. Findings about the diagram's own flow or model go
 * on the diagram.
 */
public class ValidationMarkers implements ModelValidator {

    @Inject
    private DiagramState state;

    @Override
    public List<Marker> validate(List<GModelElement> elements, String reason) {
        if (!state.isBound()) {
            return List.of();
        }
        return state.model().access().call(() -> {
            Findings findings = Findings.of(state.model().model());
            List<Marker> markers = new ArrayList<>();
            for (Findings.Finding finding : findings.all()) {
                String id = state.idOf(finding.element());
                String elementId = finding.element() == state.semanticRoot() ? state.getRoot().getId() : id;
                if (elementId != null && state.getIndex().get(elementId).isPresent()) {
                    markers.add(new Marker(finding.ruleId(), finding.message(), elementId, finding.markerKind()));
                }
            }
            return markers;
        });
    }
}
