package org.flowpilot.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.flowpilot.ui.WidgetIds;
import org.flowpilot.ui.internal.fields.FeatureField;
import org.flowpilot.ui.internal.fields.FieldContext;
import org.flowpilot.ui.internal.fields.Fields;

/**
 * One tab of the Properties view: every setting of the selected element in the tab's group, each editable with the
 * widget that fits it (text, checkbox, drop-down of valid values, checklist, ordered list), each change a command
 * on the editor's stack.
 */
final class SettingsSection extends AbstractPropertySection {

	private final String group;
	private Composite body;
	private EObject element;
	private EClass shownClass;
	private final List<FeatureField> fields = new ArrayList<>();

	SettingsSection(String group) {
		this.group = group;
	}

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		body = getWidgetFactory().createFlatFormComposite(parent);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 8;
		layout.horizontalSpacing = 8;
		body.setLayout(layout);
		body.setData(WidgetIds.ID_KEY, SettingTabs.tabId(group) + ".body");
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		EObject selected = SettingTabs.selectedElement(selection);
		if (selected == null) {
			return;
		}
		element = selected;
		if (selected.eClass() != shownClass) {
			rebuild();
		}
		for (FeatureField field : fields) {
			field.setOwner(element);
		}
		body.layout(true, true);
	}

	private void rebuild() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		fields.clear();
		shownClass = element.eClass();
		AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) AdapterFactoryEditingDomain
				.getEditingDomainFor(element);
		if (domain == null
				|| !(domain.getAdapterFactory().adapt(element, IItemPropertySource.class) instanceof IItemPropertySource
						source)) {
			return;
		}
		FieldContext context = new FieldContext(domain, domain.getAdapterFactory(), getWidgetFactory(),
				FieldContext.Style.PROPERTIES);
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
			if (group.equals(descriptor.getCategory(element))
					&& descriptor.getFeature(element) instanceof EStructuralFeature feature) {
				fields.add(Fields.create(context, body, feature, descriptor.getDisplayName(element),
						descriptor.getDescription(element)));
			}
		}
	}

	@Override
	public void refresh() {
		boolean relayout = false;
		for (FeatureField field : fields) {
			relayout |= field.refresh();
		}
		if (relayout && !body.isDisposed()) {
			body.layout(true, true);
			body.getParent().layout(true, true);
		}
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}
}
