/**
 */
package org.flowpilot.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployment Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Windows Autopilot deployment profile (Devices > Windows > Windows enrollment > Deployment Profiles) with the settings of its Basics and Out-of-box experience (OOBE) pages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#isConvertAllTargetedDevices <em>Convert All Targeted Devices</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getDeviceType <em>Device Type</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getDeploymentMode <em>Deployment Mode</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getJoinType <em>Join Type</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#isSkipADConnectivityCheck <em>Skip AD Connectivity Check</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getMicrosoftSoftwareLicenseTerms <em>Microsoft Software License Terms</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getPrivacySettings <em>Privacy Settings</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getHideChangeAccountOptions <em>Hide Change Account Options</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getUserAccountType <em>User Account Type</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#isAllowPreProvisionedDeployment <em>Allow Pre Provisioned Deployment</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getLanguageRegion <em>Language Region</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getLocale <em>Locale</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#isAutomaticallyConfigureKeyboard <em>Automatically Configure Keyboard</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#isApplyDeviceNameTemplate <em>Apply Device Name Template</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getDeviceNameTemplate <em>Device Name Template</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getCreated <em>Created</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getOfflineConfigProperties <em>Offline Config Properties</em>}</li>
 *   <li>{@link org.flowpilot.model.DeploymentProfile#getHiddenScreens <em>Hidden Screens</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile()
 * @model
 * @generated
 */
public interface DeploymentProfile extends AssignableConfiguration {
	/**
	 * Returns the value of the '<em><b>Convert All Targeted Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Convert all targeted devices to Autopilot (Graph: hardwareHashExtractionEnabled).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Convert All Targeted Devices</em>' attribute.
	 * @see #setConvertAllTargetedDevices(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_ConvertAllTargetedDevices()
	 * @model
	 * @generated
	 */
	boolean isConvertAllTargetedDevices();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#isConvertAllTargetedDevices <em>Convert All Targeted Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Convert All Targeted Devices</em>' attribute.
	 * @see #isConvertAllTargetedDevices()
	 * @generated
	 */
	void setConvertAllTargetedDevices(boolean value);

	/**
	 * Returns the value of the '<em><b>Device Type</b></em>' attribute.
	 * The default value is <code>"windowsPc"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.AutopilotDeviceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Type</em>' attribute.
	 * @see org.flowpilot.model.AutopilotDeviceType
	 * @see #setDeviceType(AutopilotDeviceType)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_DeviceType()
	 * @model default="windowsPc"
	 * @generated
	 */
	AutopilotDeviceType getDeviceType();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getDeviceType <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Type</em>' attribute.
	 * @see org.flowpilot.model.AutopilotDeviceType
	 * @see #getDeviceType()
	 * @generated
	 */
	void setDeviceType(AutopilotDeviceType value);

	/**
	 * Returns the value of the '<em><b>Deployment Mode</b></em>' attribute.
	 * The default value is <code>"userDriven"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.DeploymentMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deployment Mode</em>' attribute.
	 * @see org.flowpilot.model.DeploymentMode
	 * @see #setDeploymentMode(DeploymentMode)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_DeploymentMode()
	 * @model default="userDriven"
	 * @generated
	 */
	DeploymentMode getDeploymentMode();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getDeploymentMode <em>Deployment Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deployment Mode</em>' attribute.
	 * @see org.flowpilot.model.DeploymentMode
	 * @see #getDeploymentMode()
	 * @generated
	 */
	void setDeploymentMode(DeploymentMode value);

	/**
	 * Returns the value of the '<em><b>Join Type</b></em>' attribute.
	 * The default value is <code>"entraJoined"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.JoinType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Join to Microsoft Entra ID as.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Join Type</em>' attribute.
	 * @see org.flowpilot.model.JoinType
	 * @see #setJoinType(JoinType)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_JoinType()
	 * @model default="entraJoined"
	 * @generated
	 */
	JoinType getJoinType();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getJoinType <em>Join Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Join Type</em>' attribute.
	 * @see org.flowpilot.model.JoinType
	 * @see #getJoinType()
	 * @generated
	 */
	void setJoinType(JoinType value);

	/**
	 * Returns the value of the '<em><b>Skip AD Connectivity Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Skip AD connectivity check (hybrid join only; Graph: hybridAzureADJoinSkipConnectivityCheck).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skip AD Connectivity Check</em>' attribute.
	 * @see #setSkipADConnectivityCheck(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_SkipADConnectivityCheck()
	 * @model
	 * @generated
	 */
	boolean isSkipADConnectivityCheck();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#isSkipADConnectivityCheck <em>Skip AD Connectivity Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skip AD Connectivity Check</em>' attribute.
	 * @see #isSkipADConnectivityCheck()
	 * @generated
	 */
	void setSkipADConnectivityCheck(boolean value);

	/**
	 * Returns the value of the '<em><b>Microsoft Software License Terms</b></em>' attribute.
	 * The default value is <code>"show"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScreenVisibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Microsoft Software License Terms</em>' attribute.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see #setMicrosoftSoftwareLicenseTerms(ScreenVisibility)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_MicrosoftSoftwareLicenseTerms()
	 * @model default="show"
	 * @generated
	 */
	ScreenVisibility getMicrosoftSoftwareLicenseTerms();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getMicrosoftSoftwareLicenseTerms <em>Microsoft Software License Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Microsoft Software License Terms</em>' attribute.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see #getMicrosoftSoftwareLicenseTerms()
	 * @generated
	 */
	void setMicrosoftSoftwareLicenseTerms(ScreenVisibility value);

	/**
	 * Returns the value of the '<em><b>Privacy Settings</b></em>' attribute.
	 * The default value is <code>"show"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScreenVisibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Privacy Settings</em>' attribute.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see #setPrivacySettings(ScreenVisibility)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_PrivacySettings()
	 * @model default="show"
	 * @generated
	 */
	ScreenVisibility getPrivacySettings();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getPrivacySettings <em>Privacy Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privacy Settings</em>' attribute.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see #getPrivacySettings()
	 * @generated
	 */
	void setPrivacySettings(ScreenVisibility value);

	/**
	 * Returns the value of the '<em><b>Hide Change Account Options</b></em>' attribute.
	 * The default value is <code>"show"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScreenVisibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hide Change Account Options</em>' attribute.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see #setHideChangeAccountOptions(ScreenVisibility)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_HideChangeAccountOptions()
	 * @model default="show"
	 * @generated
	 */
	ScreenVisibility getHideChangeAccountOptions();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getHideChangeAccountOptions <em>Hide Change Account Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hide Change Account Options</em>' attribute.
	 * @see org.flowpilot.model.ScreenVisibility
	 * @see #getHideChangeAccountOptions()
	 * @generated
	 */
	void setHideChangeAccountOptions(ScreenVisibility value);

	/**
	 * Returns the value of the '<em><b>User Account Type</b></em>' attribute.
	 * The default value is <code>"administrator"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.UserAccountType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Account Type</em>' attribute.
	 * @see org.flowpilot.model.UserAccountType
	 * @see #setUserAccountType(UserAccountType)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_UserAccountType()
	 * @model default="administrator"
	 * @generated
	 */
	UserAccountType getUserAccountType();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getUserAccountType <em>User Account Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Account Type</em>' attribute.
	 * @see org.flowpilot.model.UserAccountType
	 * @see #getUserAccountType()
	 * @generated
	 */
	void setUserAccountType(UserAccountType value);

	/**
	 * Returns the value of the '<em><b>Allow Pre Provisioned Deployment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Pre Provisioned Deployment</em>' attribute.
	 * @see #setAllowPreProvisionedDeployment(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_AllowPreProvisionedDeployment()
	 * @model
	 * @generated
	 */
	boolean isAllowPreProvisionedDeployment();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#isAllowPreProvisionedDeployment <em>Allow Pre Provisioned Deployment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Pre Provisioned Deployment</em>' attribute.
	 * @see #isAllowPreProvisionedDeployment()
	 * @generated
	 */
	void setAllowPreProvisionedDeployment(boolean value);

	/**
	 * Returns the value of the '<em><b>Language Region</b></em>' attribute.
	 * The default value is <code>"operatingSystemDefault"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.LanguageRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Language (Region): operating system default, user select, or the specific locale held by locale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language Region</em>' attribute.
	 * @see org.flowpilot.model.LanguageRegion
	 * @see #setLanguageRegion(LanguageRegion)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_LanguageRegion()
	 * @model default="operatingSystemDefault"
	 * @generated
	 */
	LanguageRegion getLanguageRegion();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getLanguageRegion <em>Language Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language Region</em>' attribute.
	 * @see org.flowpilot.model.LanguageRegion
	 * @see #getLanguageRegion()
	 * @generated
	 */
	void setLanguageRegion(LanguageRegion value);

	/**
	 * Returns the value of the '<em><b>Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The locale, such as en-US, used when languageRegion is specificLocale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locale</em>' attribute.
	 * @see #setLocale(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_Locale()
	 * @model
	 * @generated
	 */
	String getLocale();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getLocale <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locale</em>' attribute.
	 * @see #getLocale()
	 * @generated
	 */
	void setLocale(String value);

	/**
	 * Returns the value of the '<em><b>Automatically Configure Keyboard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automatically Configure Keyboard</em>' attribute.
	 * @see #setAutomaticallyConfigureKeyboard(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_AutomaticallyConfigureKeyboard()
	 * @model
	 * @generated
	 */
	boolean isAutomaticallyConfigureKeyboard();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#isAutomaticallyConfigureKeyboard <em>Automatically Configure Keyboard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automatically Configure Keyboard</em>' attribute.
	 * @see #isAutomaticallyConfigureKeyboard()
	 * @generated
	 */
	void setAutomaticallyConfigureKeyboard(boolean value);

	/**
	 * Returns the value of the '<em><b>Apply Device Name Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Apply Device Name Template</em>' attribute.
	 * @see #setApplyDeviceNameTemplate(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_ApplyDeviceNameTemplate()
	 * @model
	 * @generated
	 */
	boolean isApplyDeviceNameTemplate();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#isApplyDeviceNameTemplate <em>Apply Device Name Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apply Device Name Template</em>' attribute.
	 * @see #isApplyDeviceNameTemplate()
	 * @generated
	 */
	void setApplyDeviceNameTemplate(boolean value);

	/**
	 * Returns the value of the '<em><b>Device Name Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Up to 15 characters: letters, digits, hyphens, %SERIAL% and %RAND:x%; not only digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Name Template</em>' attribute.
	 * @see #setDeviceNameTemplate(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_DeviceNameTemplate()
	 * @model
	 * @generated
	 */
	String getDeviceNameTemplate();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getDeviceNameTemplate <em>Device Name Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Name Template</em>' attribute.
	 * @see #getDeviceNameTemplate()
	 * @generated
	 */
	void setDeviceNameTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the profile was created: when a group is assigned several profiles, the oldest one wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.DeploymentProfile#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Offline Config Properties</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The AutopilotConfigurationFile.json properties the model has no feature for (such as Version, ZtdCorrelationId and the CloudAssignedOobeConfig bits Flowpilot does not model), each with its value as JSON text; exporting that file writes them back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offline Config Properties</em>' map.
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_OfflineConfigProperties()
	 * @model mapType="org.flowpilot.model.JsonProperty&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getOfflineConfigProperties();

	/**
	 * Returns the value of the '<em><b>Hidden Screens</b></em>' attribute list.
	 * The list contents are of type {@link org.flowpilot.model.ScreenKind}.
	 * The literals are from the enumeration {@link org.flowpilot.model.ScreenKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The OOBE screens this profile hides, a live view over the OOBE settings: adding or removing a screen changes the setting behind it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Screens</em>' attribute list.
	 * @see org.flowpilot.model.ScreenKind
	 * @see org.flowpilot.model.FlowpilotPackage#getDeploymentProfile_HiddenScreens()
	 * @model transient="true" volatile="true" derived="true"
	 * @generated
	 */
	EList<ScreenKind> getHiddenScreens();

} // DeploymentProfile
