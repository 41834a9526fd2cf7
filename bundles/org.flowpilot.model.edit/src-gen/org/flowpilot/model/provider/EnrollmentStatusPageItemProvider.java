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

import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;

/**
 * This is the item provider adapter for a {@link org.flowpilot.model.EnrollmentStatusPage} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EnrollmentStatusPageItemProvider extends AssignableConfigurationItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnrollmentStatusPageItemProvider(AdapterFactory adapterFactory) {
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

			addPriorityPropertyDescriptor(object);
			addShowAppAndProfileConfigurationProgressPropertyDescriptor(object);
			addInstallationTimeoutMinutesPropertyDescriptor(object);
			addShowCustomMessagePropertyDescriptor(object);
			addCustomMessagePropertyDescriptor(object);
			addTurnOnLogCollectionAndDiagnosticsPropertyDescriptor(object);
			addOnlyShowPageToDevicesProvisionedByOobePropertyDescriptor(object);
			addInstallWindowsQualityUpdatesPropertyDescriptor(object);
			addBlockDeviceUseUntilAllAppsAndProfilesInstalledPropertyDescriptor(object);
			addAllowResetOnInstallationErrorPropertyDescriptor(object);
			addAllowUseOnInstallationErrorPropertyDescriptor(object);
			addBlockingAppsPropertyDescriptor(object);
			addSelectedBlockingAppsPropertyDescriptor(object);
			addOnlyFailSelectedBlockingAppsInTechnicianPhasePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Priority feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPriorityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_priority_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_priority_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__PRIORITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Show App And Profile Configuration Progress feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShowAppAndProfileConfigurationProgressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_showAppAndProfileConfigurationProgress_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_showAppAndProfileConfigurationProgress_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Installation Timeout Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstallationTimeoutMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_installationTimeoutMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_installationTimeoutMinutes_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Show Custom Message feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addShowCustomMessagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_showCustomMessage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_showCustomMessage_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Custom Message feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomMessagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_customMessage_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_customMessage_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Turn On Log Collection And Diagnostics feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTurnOnLogCollectionAndDiagnosticsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_turnOnLogCollectionAndDiagnostics_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_turnOnLogCollectionAndDiagnostics_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Only Show Page To Devices Provisioned By Oobe feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOnlyShowPageToDevicesProvisionedByOobePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_onlyShowPageToDevicesProvisionedByOobe_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_onlyShowPageToDevicesProvisionedByOobe_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Install Windows Quality Updates feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstallWindowsQualityUpdatesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_installWindowsQualityUpdates_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_installWindowsQualityUpdates_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Block Device Use Until All Apps And Profiles Installed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBlockDeviceUseUntilAllAppsAndProfilesInstalledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_blockDeviceUseUntilAllAppsAndProfilesInstalled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_blockDeviceUseUntilAllAppsAndProfilesInstalled_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Reset On Installation Error feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowResetOnInstallationErrorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_allowResetOnInstallationError_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_allowResetOnInstallationError_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Use On Installation Error feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowUseOnInstallationErrorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_allowUseOnInstallationError_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_allowUseOnInstallationError_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Blocking Apps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBlockingAppsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_blockingApps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_blockingApps_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Selected Blocking Apps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSelectedBlockingAppsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_selectedBlockingApps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_selectedBlockingApps_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Only Fail Selected Blocking Apps In Technician Phase feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOnlyFailSelectedBlockingAppsInTechnicianPhasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EnrollmentStatusPage_onlyFailSelectedBlockingAppsInTechnicianPhase_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EnrollmentStatusPage_onlyFailSelectedBlockingAppsInTechnicianPhase_feature", "_UI_EnrollmentStatusPage_type"),
				 FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__PHASES);
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
	 * This returns EnrollmentStatusPage.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/EnrollmentStatusPage"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((EnrollmentStatusPage)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_EnrollmentStatusPage_type") :
			getString("_UI_EnrollmentStatusPage_type") + " " + label;
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

		switch (notification.getFeatureID(EnrollmentStatusPage.class)) {
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PRIORITY:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS:
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES:
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
				(FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE__PHASES,
				 FlowpilotFactory.eINSTANCE.createEspPhase()));
	}

}
