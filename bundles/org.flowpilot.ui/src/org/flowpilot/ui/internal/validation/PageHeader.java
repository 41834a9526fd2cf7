package org.flowpilot.ui.internal.validation;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.FlowpilotUi;
import org.flowpilot.ui.editor.ModelEditorContext;
import org.flowpilot.ui.editor.ModelEditorListener;

/**
 * The heading every model editor page shares: its title, the Validate button, and the outcome of the latest
 * validation ("2 errors, 1 warning") as the heading's message.
 */
public final class PageHeader {

	private PageHeader() {
	}

	/** Decorates {@code managedForm}'s heading with {@code title}, Validate and the validation outcome. */
	public static void install(IManagedForm managedForm, ModelEditorContext context, String title) {
		ScrolledForm form = managedForm.getForm();
		form.setText(title);
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		CommandContributionItemParameter validate = new CommandContributionItemParameter(
				context.editor().getSite(), FlowpilotUi.VALIDATE_COMMAND_ID + ".heading",
				FlowpilotUi.VALIDATE_COMMAND_ID, CommandContributionItem.STYLE_PUSH);
		validate.label = "Validate";
		validate.tooltip = "Validate the model and list its problems in the Problems view";
		form.getToolBarManager().add(new CommandContributionItem(validate));
		form.updateToolBar();
		// On the inner form: ScrolledForm.setMessage reflows the whole form, which is not laid out yet while its
		// page is being built.
		showOutcome(form.getForm(), context.problems());
		ModelEditorListener listener = new ModelEditorListener() {
			@Override
			public void validated(List<ModelProblem> problems) {
				if (!form.isDisposed()) {
					showOutcome(form.getForm(), problems);
					// A message can change the heading's height.
					form.reflow(true);
				}
			}
		};
		context.addListener(listener);
		form.addDisposeListener(event -> context.removeListener(listener));
	}

	private static void showOutcome(Form form, List<ModelProblem> problems) {
		long errors = problems.stream().filter(ModelProblem::isError).count();
		long warnings = problems.size() - errors;
		if (problems.isEmpty()) {
			form.setMessage(null, IMessageProvider.NONE);
			return;
		}
		form.setMessage(summary(errors, warnings) + " (see the Problems view)",
				errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
	}

	/** "2 errors, 1 warning". */
	public static String summary(long errors, long warnings) {
		return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
	}
}
