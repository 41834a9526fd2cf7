package org.flowpilot.diagram.internal.common;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GHtmlRoot;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GHtmlRootBuilder;
import org.eclipse.glsp.graph.builder.impl.GPreRenderedElementBuilder;
import org.eclipse.glsp.server.features.popup.PopupModelFactory;
import org.eclipse.glsp.server.features.popup.RequestPopupModelAction;
import org.flowpilot.model.Step;
import org.flowpilot.model.edit.labels.AutopilotLabels;

import com.google.inject.Inject;

/**
 * What the pointer resting on an element shows: the element as the tree names it (for a hidden screen, which profile
 * hides it), a step's source document, and every validation finding about it with its rule id.
 */
public class Popups implements PopupModelFactory {

    @Inject
    private DiagramState state;

    @Override
    public Optional<GHtmlRoot> createPopupModel(GModelElement element, RequestPopupModelAction action) {
        if (element == null || !state.isBound()) {
            return Optional.empty();
        }
        return state.model().access().call(() -> {
            EObject semantic = state.element(Shapes.elementIdOf(element.getId()));
            if (semantic == null) {
                return Optional.<GHtmlRoot>empty();
            }
            StringBuilder body = new StringBuilder();
            if (semantic instanceof Step step && step.getSourceDocument() != null
                    && !step.getSourceDocument().isBlank()) {
                body.append("<div class=\"popup-line popup-source\"><span class=\"popup-key\">Source</span> ")
                        .append(Shapes.html(step.getSourceDocument())).append("</div>");
            }
            List<Findings.Finding> findings = Findings.of(state.model().model()).about(semantic);
            for (Findings.Finding finding : findings) {
                body.append("<div class=\"popup-line popup-finding ").append(finding.markerKind())
                        .append("\" data-rule=\"").append(finding.ruleId()).append("\"><span class=\"popup-rule\">")
                        .append(finding.ruleId()).append("</span> ").append(Shapes.html(finding.message()))
                        .append("</div>");
            }
            String title = AutopilotLabels.labelOf(semantic);
            GHtmlRoot root = new GHtmlRootBuilder().canvasBounds(action.getBounds()).id("flowpilot-popup")
                    .add(new GPreRenderedElementBuilder().id("popup-title")
                            .code("<div class=\"sprotty-popup-title\">" + Shapes.html(title) + "</div>").build())
                    .add(new GPreRenderedElementBuilder().id("popup-body")
                            .code("<div class=\"sprotty-popup-body\">" + body + "</div>").build())
                    .build();
            return Optional.of(root);
        });
    }
}
