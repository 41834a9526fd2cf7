/**
 */
package org.flowpilot.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flowpilot.model.AutopilotDeviceType;
import org.flowpilot.model.DeploymentMode;
import org.flowpilot.model.DeploymentProfile;
import org.flowpilot.model.FlowpilotPackage;
import org.flowpilot.model.JoinType;
import org.flowpilot.model.LanguageRegion;
import org.flowpilot.model.ScreenKind;
import org.flowpilot.model.ScreenVisibility;
import org.flowpilot.model.UserAccountType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deployment Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#isConvertAllTargetedDevices <em>Convert All Targeted Devices</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getDeviceType <em>Device Type</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getDeploymentMode <em>Deployment Mode</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getJoinType <em>Join Type</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#isSkipADConnectivityCheck <em>Skip AD Connectivity Check</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getMicrosoftSoftwareLicenseTerms <em>Microsoft Software License Terms</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getPrivacySettings <em>Privacy Settings</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getHideChangeAccountOptions <em>Hide Change Account Options</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getUserAccountType <em>User Account Type</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#isAllowPreProvisionedDeployment <em>Allow Pre Provisioned Deployment</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getLanguageRegion <em>Language Region</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getLocale <em>Locale</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#isAutomaticallyConfigureKeyboard <em>Automatically Configure Keyboard</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#isApplyDeviceNameTemplate <em>Apply Device Name Template</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getDeviceNameTemplate <em>Device Name Template</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getOfflineConfigProperties <em>Offline Config Properties</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.DeploymentProfileImpl#getHiddenScreens <em>Hidden Screens</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeploymentProfileImpl extends AssignableConfigurationImpl implements DeploymentProfile {
	/**
	 * The default value of the '{@link #isConvertAllTargetedDevices() <em>Convert All Targeted Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConvertAllTargetedDevices()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONVERT_ALL_TARGETED_DEVICES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConvertAllTargetedDevices() <em>Convert All Targeted Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConvertAllTargetedDevices()
	 * @generated
	 * @ordered
	 */
	protected boolean convertAllTargetedDevices = CONVERT_ALL_TARGETED_DEVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceType() <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceType()
	 * @generated
	 * @ordered
	 */
	protected static final AutopilotDeviceType DEVICE_TYPE_EDEFAULT = AutopilotDeviceType.WINDOWS_PC;

	/**
	 * The cached value of the '{@link #getDeviceType() <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceType()
	 * @generated
	 * @ordered
	 */
	protected AutopilotDeviceType deviceType = DEVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeploymentMode() <em>Deployment Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeploymentMode()
	 * @generated
	 * @ordered
	 */
	protected static final DeploymentMode DEPLOYMENT_MODE_EDEFAULT = DeploymentMode.USER_DRIVEN;

	/**
	 * The cached value of the '{@link #getDeploymentMode() <em>Deployment Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeploymentMode()
	 * @generated
	 * @ordered
	 */
	protected DeploymentMode deploymentMode = DEPLOYMENT_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoinType() <em>Join Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinType()
	 * @generated
	 * @ordered
	 */
	protected static final JoinType JOIN_TYPE_EDEFAULT = JoinType.ENTRA_JOINED;

	/**
	 * The cached value of the '{@link #getJoinType() <em>Join Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoinType()
	 * @generated
	 * @ordered
	 */
	protected JoinType joinType = JOIN_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSkipADConnectivityCheck() <em>Skip AD Connectivity Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkipADConnectivityCheck()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SKIP_AD_CONNECTIVITY_CHECK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSkipADConnectivityCheck() <em>Skip AD Connectivity Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSkipADConnectivityCheck()
	 * @generated
	 * @ordered
	 */
	protected boolean skipADConnectivityCheck = SKIP_AD_CONNECTIVITY_CHECK_EDEFAULT;

	/**
	 * The default value of the '{@link #getMicrosoftSoftwareLicenseTerms() <em>Microsoft Software License Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMicrosoftSoftwareLicenseTerms()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenVisibility MICROSOFT_SOFTWARE_LICENSE_TERMS_EDEFAULT = ScreenVisibility.SHOW;

	/**
	 * The cached value of the '{@link #getMicrosoftSoftwareLicenseTerms() <em>Microsoft Software License Terms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMicrosoftSoftwareLicenseTerms()
	 * @generated
	 * @ordered
	 */
	protected ScreenVisibility microsoftSoftwareLicenseTerms = MICROSOFT_SOFTWARE_LICENSE_TERMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrivacySettings() <em>Privacy Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivacySettings()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenVisibility PRIVACY_SETTINGS_EDEFAULT = ScreenVisibility.SHOW;

	/**
	 * The cached value of the '{@link #getPrivacySettings() <em>Privacy Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivacySettings()
	 * @generated
	 * @ordered
	 */
	protected ScreenVisibility privacySettings = PRIVACY_SETTINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHideChangeAccountOptions() <em>Hide Change Account Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHideChangeAccountOptions()
	 * @generated
	 * @ordered
	 */
	protected static final ScreenVisibility HIDE_CHANGE_ACCOUNT_OPTIONS_EDEFAULT = ScreenVisibility.SHOW;

	/**
	 * The cached value of the '{@link #getHideChangeAccountOptions() <em>Hide Change Account Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHideChangeAccountOptions()
	 * @generated
	 * @ordered
	 */
	protected ScreenVisibility hideChangeAccountOptions = HIDE_CHANGE_ACCOUNT_OPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserAccountType() <em>User Account Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAccountType()
	 * @generated
	 * @ordered
	 */
	protected static final UserAccountType USER_ACCOUNT_TYPE_EDEFAULT = UserAccountType.ADMINISTRATOR;

	/**
	 * The cached value of the '{@link #getUserAccountType() <em>User Account Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserAccountType()
	 * @generated
	 * @ordered
	 */
	protected UserAccountType userAccountType = USER_ACCOUNT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowPreProvisionedDeployment() <em>Allow Pre Provisioned Deployment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowPreProvisionedDeployment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_PRE_PROVISIONED_DEPLOYMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowPreProvisionedDeployment() <em>Allow Pre Provisioned Deployment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowPreProvisionedDeployment()
	 * @generated
	 * @ordered
	 */
	protected boolean allowPreProvisionedDeployment = ALLOW_PRE_PROVISIONED_DEPLOYMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguageRegion() <em>Language Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageRegion()
	 * @generated
	 * @ordered
	 */
	protected static final LanguageRegion LANGUAGE_REGION_EDEFAULT = LanguageRegion.OPERATING_SYSTEM_DEFAULT;

	/**
	 * The cached value of the '{@link #getLanguageRegion() <em>Language Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguageRegion()
	 * @generated
	 * @ordered
	 */
	protected LanguageRegion languageRegion = LANGUAGE_REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocale() <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocale()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocale() <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocale()
	 * @generated
	 * @ordered
	 */
	protected String locale = LOCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAutomaticallyConfigureKeyboard() <em>Automatically Configure Keyboard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomaticallyConfigureKeyboard()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AUTOMATICALLY_CONFIGURE_KEYBOARD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAutomaticallyConfigureKeyboard() <em>Automatically Configure Keyboard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAutomaticallyConfigureKeyboard()
	 * @generated
	 * @ordered
	 */
	protected boolean automaticallyConfigureKeyboard = AUTOMATICALLY_CONFIGURE_KEYBOARD_EDEFAULT;

	/**
	 * The default value of the '{@link #isApplyDeviceNameTemplate() <em>Apply Device Name Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApplyDeviceNameTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPLY_DEVICE_NAME_TEMPLATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApplyDeviceNameTemplate() <em>Apply Device Name Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApplyDeviceNameTemplate()
	 * @generated
	 * @ordered
	 */
	protected boolean applyDeviceNameTemplate = APPLY_DEVICE_NAME_TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceNameTemplate() <em>Device Name Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceNameTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_NAME_TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceNameTemplate() <em>Device Name Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceNameTemplate()
	 * @generated
	 * @ordered
	 */
	protected String deviceNameTemplate = DEVICE_NAME_TEMPLATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOfflineConfigProperties() <em>Offline Config Properties</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfflineConfigProperties()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> offlineConfigProperties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeploymentProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.DEPLOYMENT_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConvertAllTargetedDevices() {
		return convertAllTargetedDevices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvertAllTargetedDevices(boolean newConvertAllTargetedDevices) {
		boolean oldConvertAllTargetedDevices = convertAllTargetedDevices;
		convertAllTargetedDevices = newConvertAllTargetedDevices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES, oldConvertAllTargetedDevices, convertAllTargetedDevices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutopilotDeviceType getDeviceType() {
		return deviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceType(AutopilotDeviceType newDeviceType) {
		AutopilotDeviceType oldDeviceType = deviceType;
		deviceType = newDeviceType == null ? DEVICE_TYPE_EDEFAULT : newDeviceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_TYPE, oldDeviceType, deviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentMode getDeploymentMode() {
		return deploymentMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeploymentMode(DeploymentMode newDeploymentMode) {
		DeploymentMode oldDeploymentMode = deploymentMode;
		deploymentMode = newDeploymentMode == null ? DEPLOYMENT_MODE_EDEFAULT : newDeploymentMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE, oldDeploymentMode, deploymentMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JoinType getJoinType() {
		return joinType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoinType(JoinType newJoinType) {
		JoinType oldJoinType = joinType;
		joinType = newJoinType == null ? JOIN_TYPE_EDEFAULT : newJoinType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__JOIN_TYPE, oldJoinType, joinType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSkipADConnectivityCheck() {
		return skipADConnectivityCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkipADConnectivityCheck(boolean newSkipADConnectivityCheck) {
		boolean oldSkipADConnectivityCheck = skipADConnectivityCheck;
		skipADConnectivityCheck = newSkipADConnectivityCheck;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK, oldSkipADConnectivityCheck, skipADConnectivityCheck));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenVisibility getMicrosoftSoftwareLicenseTerms() {
		return microsoftSoftwareLicenseTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMicrosoftSoftwareLicenseTerms(ScreenVisibility newMicrosoftSoftwareLicenseTerms) {
		ScreenVisibility oldMicrosoftSoftwareLicenseTerms = microsoftSoftwareLicenseTerms;
		microsoftSoftwareLicenseTerms = newMicrosoftSoftwareLicenseTerms == null ? MICROSOFT_SOFTWARE_LICENSE_TERMS_EDEFAULT : newMicrosoftSoftwareLicenseTerms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS, oldMicrosoftSoftwareLicenseTerms, microsoftSoftwareLicenseTerms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenVisibility getPrivacySettings() {
		return privacySettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivacySettings(ScreenVisibility newPrivacySettings) {
		ScreenVisibility oldPrivacySettings = privacySettings;
		privacySettings = newPrivacySettings == null ? PRIVACY_SETTINGS_EDEFAULT : newPrivacySettings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS, oldPrivacySettings, privacySettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreenVisibility getHideChangeAccountOptions() {
		return hideChangeAccountOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHideChangeAccountOptions(ScreenVisibility newHideChangeAccountOptions) {
		ScreenVisibility oldHideChangeAccountOptions = hideChangeAccountOptions;
		hideChangeAccountOptions = newHideChangeAccountOptions == null ? HIDE_CHANGE_ACCOUNT_OPTIONS_EDEFAULT : newHideChangeAccountOptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS, oldHideChangeAccountOptions, hideChangeAccountOptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserAccountType getUserAccountType() {
		return userAccountType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserAccountType(UserAccountType newUserAccountType) {
		UserAccountType oldUserAccountType = userAccountType;
		userAccountType = newUserAccountType == null ? USER_ACCOUNT_TYPE_EDEFAULT : newUserAccountType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE, oldUserAccountType, userAccountType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowPreProvisionedDeployment() {
		return allowPreProvisionedDeployment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowPreProvisionedDeployment(boolean newAllowPreProvisionedDeployment) {
		boolean oldAllowPreProvisionedDeployment = allowPreProvisionedDeployment;
		allowPreProvisionedDeployment = newAllowPreProvisionedDeployment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT, oldAllowPreProvisionedDeployment, allowPreProvisionedDeployment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LanguageRegion getLanguageRegion() {
		return languageRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguageRegion(LanguageRegion newLanguageRegion) {
		LanguageRegion oldLanguageRegion = languageRegion;
		languageRegion = newLanguageRegion == null ? LANGUAGE_REGION_EDEFAULT : newLanguageRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__LANGUAGE_REGION, oldLanguageRegion, languageRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocale() {
		return locale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocale(String newLocale) {
		String oldLocale = locale;
		locale = newLocale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__LOCALE, oldLocale, locale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAutomaticallyConfigureKeyboard() {
		return automaticallyConfigureKeyboard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomaticallyConfigureKeyboard(boolean newAutomaticallyConfigureKeyboard) {
		boolean oldAutomaticallyConfigureKeyboard = automaticallyConfigureKeyboard;
		automaticallyConfigureKeyboard = newAutomaticallyConfigureKeyboard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD, oldAutomaticallyConfigureKeyboard, automaticallyConfigureKeyboard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApplyDeviceNameTemplate() {
		return applyDeviceNameTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplyDeviceNameTemplate(boolean newApplyDeviceNameTemplate) {
		boolean oldApplyDeviceNameTemplate = applyDeviceNameTemplate;
		applyDeviceNameTemplate = newApplyDeviceNameTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE, oldApplyDeviceNameTemplate, applyDeviceNameTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceNameTemplate() {
		return deviceNameTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceNameTemplate(String newDeviceNameTemplate) {
		String oldDeviceNameTemplate = deviceNameTemplate;
		deviceNameTemplate = newDeviceNameTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE, oldDeviceNameTemplate, deviceNameTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.DEPLOYMENT_PROFILE__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getOfflineConfigProperties() {
		if (offlineConfigProperties == null) {
			offlineConfigProperties = new EcoreEMap<String,String>(FlowpilotPackage.Literals.JSON_PROPERTY, JsonPropertyImpl.class, this, FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES);
		}
		return offlineConfigProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScreenKind> getHiddenScreens() {
		return new org.flowpilot.model.impl.HiddenScreenList(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES:
				return ((InternalEList<?>)getOfflineConfigProperties()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES:
				return isConvertAllTargetedDevices();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_TYPE:
				return getDeviceType();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE:
				return getDeploymentMode();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__JOIN_TYPE:
				return getJoinType();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK:
				return isSkipADConnectivityCheck();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS:
				return getMicrosoftSoftwareLicenseTerms();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS:
				return getPrivacySettings();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS:
				return getHideChangeAccountOptions();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE:
				return getUserAccountType();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT:
				return isAllowPreProvisionedDeployment();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LANGUAGE_REGION:
				return getLanguageRegion();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LOCALE:
				return getLocale();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD:
				return isAutomaticallyConfigureKeyboard();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE:
				return isApplyDeviceNameTemplate();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE:
				return getDeviceNameTemplate();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CREATED:
				return getCreated();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES:
				if (coreType) return getOfflineConfigProperties();
				else return getOfflineConfigProperties().map();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDDEN_SCREENS:
				return getHiddenScreens();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES:
				setConvertAllTargetedDevices((Boolean)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_TYPE:
				setDeviceType((AutopilotDeviceType)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE:
				setDeploymentMode((DeploymentMode)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__JOIN_TYPE:
				setJoinType((JoinType)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK:
				setSkipADConnectivityCheck((Boolean)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS:
				setMicrosoftSoftwareLicenseTerms((ScreenVisibility)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS:
				setPrivacySettings((ScreenVisibility)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS:
				setHideChangeAccountOptions((ScreenVisibility)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE:
				setUserAccountType((UserAccountType)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT:
				setAllowPreProvisionedDeployment((Boolean)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LANGUAGE_REGION:
				setLanguageRegion((LanguageRegion)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LOCALE:
				setLocale((String)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD:
				setAutomaticallyConfigureKeyboard((Boolean)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE:
				setApplyDeviceNameTemplate((Boolean)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE:
				setDeviceNameTemplate((String)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CREATED:
				setCreated((Date)newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES:
				((EStructuralFeature.Setting)getOfflineConfigProperties()).set(newValue);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDDEN_SCREENS:
				getHiddenScreens().clear();
				getHiddenScreens().addAll((Collection<? extends ScreenKind>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES:
				setConvertAllTargetedDevices(CONVERT_ALL_TARGETED_DEVICES_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_TYPE:
				setDeviceType(DEVICE_TYPE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE:
				setDeploymentMode(DEPLOYMENT_MODE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__JOIN_TYPE:
				setJoinType(JOIN_TYPE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK:
				setSkipADConnectivityCheck(SKIP_AD_CONNECTIVITY_CHECK_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS:
				setMicrosoftSoftwareLicenseTerms(MICROSOFT_SOFTWARE_LICENSE_TERMS_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS:
				setPrivacySettings(PRIVACY_SETTINGS_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS:
				setHideChangeAccountOptions(HIDE_CHANGE_ACCOUNT_OPTIONS_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE:
				setUserAccountType(USER_ACCOUNT_TYPE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT:
				setAllowPreProvisionedDeployment(ALLOW_PRE_PROVISIONED_DEPLOYMENT_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LANGUAGE_REGION:
				setLanguageRegion(LANGUAGE_REGION_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LOCALE:
				setLocale(LOCALE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD:
				setAutomaticallyConfigureKeyboard(AUTOMATICALLY_CONFIGURE_KEYBOARD_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE:
				setApplyDeviceNameTemplate(APPLY_DEVICE_NAME_TEMPLATE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE:
				setDeviceNameTemplate(DEVICE_NAME_TEMPLATE_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES:
				getOfflineConfigProperties().clear();
				return;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDDEN_SCREENS:
				getHiddenScreens().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CONVERT_ALL_TARGETED_DEVICES:
				return convertAllTargetedDevices != CONVERT_ALL_TARGETED_DEVICES_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_TYPE:
				return deviceType != DEVICE_TYPE_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEPLOYMENT_MODE:
				return deploymentMode != DEPLOYMENT_MODE_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__JOIN_TYPE:
				return joinType != JOIN_TYPE_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__SKIP_AD_CONNECTIVITY_CHECK:
				return skipADConnectivityCheck != SKIP_AD_CONNECTIVITY_CHECK_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__MICROSOFT_SOFTWARE_LICENSE_TERMS:
				return microsoftSoftwareLicenseTerms != MICROSOFT_SOFTWARE_LICENSE_TERMS_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__PRIVACY_SETTINGS:
				return privacySettings != PRIVACY_SETTINGS_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDE_CHANGE_ACCOUNT_OPTIONS:
				return hideChangeAccountOptions != HIDE_CHANGE_ACCOUNT_OPTIONS_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__USER_ACCOUNT_TYPE:
				return userAccountType != USER_ACCOUNT_TYPE_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__ALLOW_PRE_PROVISIONED_DEPLOYMENT:
				return allowPreProvisionedDeployment != ALLOW_PRE_PROVISIONED_DEPLOYMENT_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LANGUAGE_REGION:
				return languageRegion != LANGUAGE_REGION_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__LOCALE:
				return LOCALE_EDEFAULT == null ? locale != null : !LOCALE_EDEFAULT.equals(locale);
			case FlowpilotPackage.DEPLOYMENT_PROFILE__AUTOMATICALLY_CONFIGURE_KEYBOARD:
				return automaticallyConfigureKeyboard != AUTOMATICALLY_CONFIGURE_KEYBOARD_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__APPLY_DEVICE_NAME_TEMPLATE:
				return applyDeviceNameTemplate != APPLY_DEVICE_NAME_TEMPLATE_EDEFAULT;
			case FlowpilotPackage.DEPLOYMENT_PROFILE__DEVICE_NAME_TEMPLATE:
				return DEVICE_NAME_TEMPLATE_EDEFAULT == null ? deviceNameTemplate != null : !DEVICE_NAME_TEMPLATE_EDEFAULT.equals(deviceNameTemplate);
			case FlowpilotPackage.DEPLOYMENT_PROFILE__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case FlowpilotPackage.DEPLOYMENT_PROFILE__OFFLINE_CONFIG_PROPERTIES:
				return offlineConfigProperties != null && !offlineConfigProperties.isEmpty();
			case FlowpilotPackage.DEPLOYMENT_PROFILE__HIDDEN_SCREENS:
				return !getHiddenScreens().isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (convertAllTargetedDevices: ");
		result.append(convertAllTargetedDevices);
		result.append(", deviceType: ");
		result.append(deviceType);
		result.append(", deploymentMode: ");
		result.append(deploymentMode);
		result.append(", joinType: ");
		result.append(joinType);
		result.append(", skipADConnectivityCheck: ");
		result.append(skipADConnectivityCheck);
		result.append(", microsoftSoftwareLicenseTerms: ");
		result.append(microsoftSoftwareLicenseTerms);
		result.append(", privacySettings: ");
		result.append(privacySettings);
		result.append(", hideChangeAccountOptions: ");
		result.append(hideChangeAccountOptions);
		result.append(", userAccountType: ");
		result.append(userAccountType);
		result.append(", allowPreProvisionedDeployment: ");
		result.append(allowPreProvisionedDeployment);
		result.append(", languageRegion: ");
		result.append(languageRegion);
		result.append(", locale: ");
		result.append(locale);
		result.append(", automaticallyConfigureKeyboard: ");
		result.append(automaticallyConfigureKeyboard);
		result.append(", applyDeviceNameTemplate: ");
		result.append(applyDeviceNameTemplate);
		result.append(", deviceNameTemplate: ");
		result.append(deviceNameTemplate);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //DeploymentProfileImpl
