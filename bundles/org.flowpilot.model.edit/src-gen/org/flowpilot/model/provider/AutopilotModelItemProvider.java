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

import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;

/**
 * This is the item provider adapter for a {@link org.flowpilot.model.AutopilotModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AutopilotModelItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AutopilotModelItemProvider(AdapterFactory adapterFactory) {
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

			addOrganizationNamePropertyDescriptor(object);
			addTenantIdPropertyDescriptor(object);
			addTenantDomainPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Organization Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganizationNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AutopilotModel_organizationName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AutopilotModel_organizationName_feature", "_UI_AutopilotModel_type"),
				 FlowpilotPackage.Literals.AUTOPILOT_MODEL__ORGANIZATION_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tenant Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTenantIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AutopilotModel_tenantId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AutopilotModel_tenantId_feature", "_UI_AutopilotModel_type"),
				 FlowpilotPackage.Literals.AUTOPILOT_MODEL__TENANT_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tenant Domain feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTenantDomainPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AutopilotModel_tenantDomain_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AutopilotModel_tenantDomain_feature", "_UI_AutopilotModel_type"),
				 FlowpilotPackage.Literals.AUTOPILOT_MODEL__TENANT_DOMAIN,
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
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__PROFILES);
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES);
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__USERS);
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__DEVICES);
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__GROUPS);
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__FLOWS);
			childrenFeatures.add(FlowpilotPackage.Literals.AUTOPILOT_MODEL__SCENARIOS);
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
	 * This returns AutopilotModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AutopilotModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AutopilotModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AutopilotModel_type") :
			getString("_UI_AutopilotModel_type") + " " + label;
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

		switch (notification.getFeatureID(AutopilotModel.class)) {
			case FlowpilotPackage.AUTOPILOT_MODEL__ORGANIZATION_NAME:
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_ID:
			case FlowpilotPackage.AUTOPILOT_MODEL__TENANT_DOMAIN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FlowpilotPackage.AUTOPILOT_MODEL__PROFILES:
			case FlowpilotPackage.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES:
			case FlowpilotPackage.AUTOPILOT_MODEL__USERS:
			case FlowpilotPackage.AUTOPILOT_MODEL__DEVICES:
			case FlowpilotPackage.AUTOPILOT_MODEL__GROUPS:
			case FlowpilotPackage.AUTOPILOT_MODEL__FLOWS:
			case FlowpilotPackage.AUTOPILOT_MODEL__SCENARIOS:
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
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__PROFILES,
				 FlowpilotFactory.eINSTANCE.createDeploymentProfile()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__ENROLLMENT_STATUS_PAGES,
				 FlowpilotFactory.eINSTANCE.createEnrollmentStatusPage()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__USERS,
				 FlowpilotFactory.eINSTANCE.createUser()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__DEVICES,
				 FlowpilotFactory.eINSTANCE.createDevice()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__GROUPS,
				 FlowpilotFactory.eINSTANCE.createGroup()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__FLOWS,
				 FlowpilotFactory.eINSTANCE.createFlow()));

		newChildDescriptors.add
			(createChildParameter
				(FlowpilotPackage.Literals.AUTOPILOT_MODEL__SCENARIOS,
				 FlowpilotFactory.eINSTANCE.createScenario()));
	}

}
