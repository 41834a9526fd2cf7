package org.flowpilot.ui.internal.properties;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractSectionDescriptor;
import org.eclipse.ui.views.properties.tabbed.AbstractTabDescriptor;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptorProvider;

/**
 * The tabs of the Properties view for a model element, grouped as the Intune admin center groups its settings: a
 * profile shows Basics, Out-of-box experience (OOBE) and Microsoft Graph; an Enrollment Status Page Basics, Settings
 * and Microsoft Graph; a device Basics, User and Simulation; other elements General.
 */
public class SettingTabs implements ITabDescriptorProvider {

	/** The category every Flowpilot tab belongs to, as declared with the property contributor. */
	static final String CATEGORY = "flowpilot";

	private static final ITabDescriptor[] NONE = new ITabDescriptor[0];

	@Override
	public ITabDescriptor[] getTabDescriptors(IWorkbenchPart part, ISelection selection) {
		EObject element = selectedElement(selection);
		if (element == null) {
			return NONE;
		}
		AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) AdapterFactoryEditingDomain
				.getEditingDomainFor(element);
		if (domain == null || !(domain.getAdapterFactory().adapt(element, IItemPropertySource.class)
				instanceof IItemPropertySource source)) {
			return NONE;
		}
		Set<String> groups = new LinkedHashSet<>();
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
			groups.add(descriptor.getCategory(element));
		}
		return groups.stream().map(Tab::new).toArray(ITabDescriptor[]::new);
	}

	static EObject selectedElement(ISelection selection) {
		return selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof EObject element ? element : null;
	}

	/** The id of the tab of {@code group}, such as {@code org.flowpilot.ui.tabs.Basics}. */
	public static String tabId(String group) {
		return "org.flowpilot.ui.tabs." + group.replaceAll("[^A-Za-z]", "");
	}

	private static final class Tab extends AbstractTabDescriptor {

		private final String group;

		Tab(String group) {
			this.group = group;
			setSectionDescriptors(List.of(new Section(group)));
		}

		@Override
		public String getCategory() {
			return CATEGORY;
		}

		@Override
		public String getId() {
			return tabId(group);
		}

		@Override
		public String getLabel() {
			return group;
		}
	}

	private static final class Section extends AbstractSectionDescriptor {

		private final String group;

		Section(String group) {
			this.group = group;
		}

		@Override
		public String getId() {
			return tabId(group) + ".section";
		}

		@Override
		public ISection getSectionClass() {
			return new SettingsSection(group);
		}

		@Override
		public String getTargetTab() {
			return tabId(group);
		}

		@Override
		public boolean appliesTo(IWorkbenchPart part, ISelection selection) {
			return selectedElement(selection) != null;
		}
	}
}
