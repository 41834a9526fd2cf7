package org.flowpilot.ui.internal.wizards;

/** File &gt; New &gt; Example &gt; Flowpilot &gt; Contoso Example: a project with the Contoso example model, opened. */
public class ContosoExampleWizard extends NewProjectWizard {

	public ContosoExampleWizard() {
		super(Contents.EXAMPLE);
	}
}
