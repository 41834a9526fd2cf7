package org.flowpilot.ui.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.flowpilot.model.edit.settings.Availability;
import org.flowpilot.model.edit.settings.SettingRules;

/**
 * One setting of one element shown as widgets: the value goes from the model to the widgets on {@link #refresh()},
 * and from the widgets to the model as an EMF command on the editor's command stack, so every edit can be undone.
 * The setting shows, hides and greys out as the settings it depends on allow ({@link SettingRules}).
 */
public abstract class FeatureField {

	private final EditingDomain domain;
	private final EStructuralFeature feature;
	private final List<Control> row = new ArrayList<>();
	private EObject owner;
	private Availability availability;

	protected FeatureField(EditingDomain domain, EStructuralFeature feature) {
		this.domain = domain;
		this.feature = feature;
	}

	/** The element whose setting this is. */
	public EObject owner() {
		return owner;
	}

	public EStructuralFeature feature() {
		return feature;
	}

	protected EditingDomain domain() {
		return domain;
	}

	/** Shows {@code newOwner}'s setting from now on. */
	public void setOwner(EObject newOwner) {
		owner = newOwner;
		refresh();
	}

	/** Whether the setting can be changed now; why not is {@link #availability()}'s reason. */
	public boolean isEditable() {
		return availability != null && availability.isEditable();
	}

	public Availability availability() {
		return availability;
	}

	/** The controls of this setting's row (label, value, help), shown, hidden and greyed out together. */
	protected void addToRow(Control control) {
		row.add(control);
	}

	/** Shows the model's value and the setting's availability; returns whether the row was shown or hidden. */
	public boolean refresh() {
		if (owner == null) {
			return false;
		}
		Availability now = SettingRules.availability(owner, feature);
		boolean visibilityChanged = availability == null || availability.isShown() != now.isShown();
		availability = now;
		for (Control control : row) {
			if (control.isDisposed()) {
				continue;
			}
			control.setVisible(now.isShown());
			if (control.getLayoutData() instanceof GridData data) {
				data.exclude = !now.isShown();
			}
			control.setToolTipText(now.isEditable() ? toolTip() : now.reason());
		}
		showValue(owner.eGet(feature), now.isEditable());
		return visibilityChanged;
	}

	/** The help shown when the setting can be changed. */
	protected abstract String toolTip();

	/** Shows {@code value} in the widgets, which accept input when {@code editable}. */
	protected abstract void showValue(Object value, boolean editable);

	/** Sets the setting to {@code value} by a command, unless it already has it. */
	protected void set(Object value) {
		if (owner == null || !isEditable() || Objects.equals(owner.eGet(feature), value)) {
			return;
		}
		Command command = SetCommand.create(domain, owner, feature, value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
