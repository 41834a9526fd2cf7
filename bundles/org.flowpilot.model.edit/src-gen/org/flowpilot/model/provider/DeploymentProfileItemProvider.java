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

import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.FlowpilotPackage;

/**
 * This is the item provider adapter for a {@link org.flowpilot.model.DeploymentProfile} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DeploymentProfileItemProvider extends AssignableConfigurationItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentProfileItemProvider(AdapterFactory adapterFactory) {
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

			addConvertAllTargetedDevicesPropertyDescriptor(object);
			addDeviceTypePropertyDescriptor(object);
			addDeploymentModePropertyDescriptor(object);
			addJoinTypePropertyDescriptor(object);
			addSkipADConnectivityCheckPropertyDescriptor(object);
			addMicrosoftSoftwareLicenseTermsPropertyDescriptor(object);
			addPrivacySettingsPropertyDescriptor(object);
			addHideChangeAccountOptionsPropertyDescriptor(object);
			addUserAccountTypePropertyDescriptor(object);
			addAllowPreProvisionedDeploymentPropertyDescriptor(object);
			addLanguageRegionPropertyDescriptor(object);
			addLocalePropertyDescriptor(object);
			addAutomaticallyConfigureKeyboardPropertyDescriptor(object);
			addApplyDeviceNameTemplatePropertyDescriptor(object);
			addDeviceNameTemplatePropertyDescriptor(object);
			addCreatedPropertyDescriptor(object);
			addHiddenScreensPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Convert All Targeted Devices feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConvertAllTargetedDevicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_convertAllTargetedDevices_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_convertAllTargetedDevices_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_deviceType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_deviceType_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEVICE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Deployment Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeploymentModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_deploymentMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_deploymentMode_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Join Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJoinTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_joinType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_joinType_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__JOIN_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Skip AD Connectivity Check feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSkipADConnectivityCheckPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_skipADConnectivityCheck_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_skipADConnectivityCheck_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Microsoft Software License Terms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMicrosoftSoftwareLicenseTermsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_microsoftSoftwareLicenseTerms_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_microsoftSoftwareLicenseTerms_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Privacy Settings feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrivacySettingsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_privacySettings_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_privacySettings_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hide Change Account Options feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHideChangeAccountOptionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_hideChangeAccountOptions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_hideChangeAccountOptions_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Account Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserAccountTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_userAccountType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_userAccountType_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Allow Pre Provisioned Deployment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAllowPreProvisionedDeploymentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_allowPreProvisionedDeployment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_allowPreProvisionedDeployment_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguageRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_languageRegion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_languageRegion_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__LANGUAGE_REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Locale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_locale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_locale_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__LOCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Automatically Configure Keyboard feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAutomaticallyConfigureKeyboardPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_automaticallyConfigureKeyboard_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_automaticallyConfigureKeyboard_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Apply Device Name Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApplyDeviceNameTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_applyDeviceNameTemplate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_applyDeviceNameTemplate_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Name Template feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceNameTemplatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_deviceNameTemplate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_deviceNameTemplate_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Created feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_created_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_created_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__CREATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hidden Screens feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHiddenScreensPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DeploymentProfile_hiddenScreens_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DeploymentProfile_hiddenScreens_feature", "_UI_DeploymentProfile_type"),
				 FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__HIDDEN_SCREENS,
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
			childrenFeatures.add(FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES);
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
	 * This returns DeploymentProfile.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DeploymentProfile"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((DeploymentProfile)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_DeploymentProfile_type") :
			getString("_UI_DeploymentProfile_type") + " " + label;
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

		switch (notification.getFeatureID(DeploymentProfile.class)) {
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_TYPE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__JOIN_TYPE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LANGUAGE_REGION:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LOCALE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CREATED:
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDDEN_SCREENS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES:
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
				(FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES,
				 FlowpilotFactory.eINSTANCE.create(FlowpilotPackage.Literals.JSON_PROPERTY)));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == FlowpilotPackage.Literals.ASSIGNABLE_CONFIGURATION__GRAPH_PROPERTIES ||
			childFeature == FlowpilotPackage.Literals.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
