/**
 */
package org.flowpilot.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.flowpilot.model.AssignableConfiguration;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;

/**
 * This is the item provider adapter for a {@link org.flowpilot.model.AssignableConfiguration} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AssignableConfigurationItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssignableConfigurationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addGraphIdPropertyDescriptor(object);
			addCreatedDateTimePropertyDescriptor(object);
			addLastModifiedDateTimePropertyDescriptor(object);
			addRoleScopeTagIdsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Graph Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGraphIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AssignableConfiguration_graphId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AssignableConfiguration_graphId_feature", "_UI_AssignableConfiguration_type"),
				 FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__GRAPH_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created Date Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedDateTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AssignableConfiguration_createdDateTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AssignableConfiguration_createdDateTime_feature", "_UI_AssignableConfiguration_type"),
				 FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Last Modified Date Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastModifiedDateTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AssignableConfiguration_lastModifiedDateTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AssignableConfiguration_lastModifiedDateTime_feature", "_UI_AssignableConfiguration_type"),
				 FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Role Scope Tag Ids feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoleScopeTagIdsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AssignableConfiguration_roleScopeTagIds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AssignableConfiguration_roleScopeTagIds_feature", "_UI_AssignableConfiguration_type"),
				 FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS);
			childrenFeatures.add(FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AssignableConfiguration)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AssignableConfiguration_type") :
			getString("_UI_AssignableConfiguration_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(AssignableConfiguration.class)) {
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_ID:
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__CREATED_DATE_TIME:
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__LAST_MODIFIED_DATE_TIME:
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ROLE_SCOPE_TAG_IDS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS:
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__ASSIGNMENTS,
				 FlowpilotFactory.eINSTANCE.createAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES,
				 FlowpilotFactory.eINSTANCE.create(FlowpilotPackage.Literals.JSON_PROPERTY)));
	}

}
