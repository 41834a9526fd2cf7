package org.flowpilot.ui.internal.validation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.editor.ModelEditorContext;

/**
 * Validate (editor tool bar, Edit menu, context menus): validates the active model editor's model now, shows the
 * Problems view and says the outcome in the status line.
 */
public final class ValidateModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ModelEditorContext context = editor == null ? null : Adapters.adapt(editor, ModelEditorContext.class);
		if (context == null) {
			return null;
		}
		context.validate();
		List<ModelProblem> problems = context.problems();
		long errors = problems.stream().filter(ModelProblem::isError).count();
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage("Validated " + editor.getTitle()
				+ ": " + PageHeader.summary(errors, problems.size() - errors));
		try {
			editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ModelMarkers.log("Cannot show the Problems view", e);
		}
		return null;
	}
}
