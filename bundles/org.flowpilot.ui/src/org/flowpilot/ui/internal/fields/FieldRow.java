package org.flowpilot.ui.internal.fields;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.ui.WidgetIds;

/**
 * One row of a three-column settings grid, as in the admin center: the setting's name, an information sign whose
 * tooltip is the help text, and the value.
 */
final class FieldRow {

	/** The columns of the grid a settings section lays its rows out in. */
	static final int COLUMNS = 3;

	final Label label;
	final Label info;

	FieldRow(FieldContext context, Composite parent, String text, String help, String id) {
		label = context.toolkit().createLabel(parent, text, SWT.WRAP);
		GridData labelData = new GridData(SWT.FILL, SWT.TOP, false, false);
		labelData.widthHint = context.style() == FieldContext.Style.FORM ? 210 : 180;
		label.setLayoutData(labelData);
		label.setData(WidgetIds.ID_KEY, id + ".label");
		info = context.toolkit().createLabel(parent, "", SWT.NONE);
		info.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
		info.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, false, false));
		info.setData(WidgetIds.ID_KEY, id + ".help");
	}

	/**
	 * The layout of a value control: it fills the column, and its preferred width is bounded so a long value (a
	 * description) widens neither the form nor the Properties view.
	 */
	static GridData valueData(int verticalAlignment) {
		GridData data = new GridData(SWT.FILL, verticalAlignment, true, false);
		data.widthHint = 170;
		return data;
	}
}
