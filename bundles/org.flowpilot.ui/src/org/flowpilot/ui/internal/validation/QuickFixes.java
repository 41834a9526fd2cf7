package org.flowpilot.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * Quick Fix in the Problems view for model problems whose fix is obvious: the fix opens the model's editor (or uses
 * the open one) and runs as a command there, so Undo takes it back and the marker goes at the next validation.
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return QuickFix.forRule(marker.getAttribute(ModelMarkers.RULE_ID, "")).isPresent();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return QuickFix.forRule(marker.getAttribute(ModelMarkers.RULE_ID, "")).map(Resolution::new)
				.map(resolution -> new IMarkerResolution[] { resolution }).orElse(new IMarkerResolution[0]);
	}

	private static final class Resolution implements IMarkerResolution2 {

		private final QuickFix fix;

		Resolution(QuickFix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				IEditorPart editor = IDE.openEditor(page, file, FlowpilotUi.MODEL_EDITOR_ID, true);
				ModelEditorContext context = Adapters.adapt(editor, ModelEditorContext.class);
				if (context == null) {
					return;
				}
				EObject element = ModelMarkers.elementOf(marker, context.model().eResource());
				Command command = element == null ? null : fix.command(context.editingDomain(), element);
				if (command != null && command.canExecute()) {
					context.editingDomain().getCommandStack().execute(command);
					context.validate();
					context.reveal(List.of(element));
				}
			} catch (PartInitException e) {
				ModelMarkers.log("Cannot open " + file.getFullPath() + " to fix it", e);
			}
		}
	}
}
