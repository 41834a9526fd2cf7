/**
 */
package org.flowpilot.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.flowpilot.model.App;
import org.flowpilot.model.BlockingAppSelection;
import org.flowpilot.model.EnrollmentStatusPage;
import org.flowpilot.model.EspPhase;
import org.flowpilot.model.FlowpilotPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enrollment Status Page</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isShowAppAndProfileConfigurationProgress <em>Show App And Profile Configuration Progress</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#getInstallationTimeoutMinutes <em>Installation Timeout Minutes</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isShowCustomMessage <em>Show Custom Message</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#getCustomMessage <em>Custom Message</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isTurnOnLogCollectionAndDiagnostics <em>Turn On Log Collection And Diagnostics</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isOnlyShowPageToDevicesProvisionedByOobe <em>Only Show Page To Devices Provisioned By Oobe</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isInstallWindowsQualityUpdates <em>Install Windows Quality Updates</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isBlockDeviceUseUntilAllAppsAndProfilesInstalled <em>Block Device Use Until All Apps And Profiles Installed</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isAllowResetOnInstallationError <em>Allow Reset On Installation Error</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isAllowUseOnInstallationError <em>Allow Use On Installation Error</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#getBlockingApps <em>Blocking Apps</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#getSelectedBlockingApps <em>Selected Blocking Apps</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#isOnlyFailSelectedBlockingAppsInTechnicianPhase <em>Only Fail Selected Blocking Apps In Technician Phase</em>}</li>
 *   <li>{@link org.flowpilot.model.impl.EnrollmentStatusPageImpl#getPhases <em>Phases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnrollmentStatusPageImpl extends AssignableConfigurationImpl implements EnrollmentStatusPage {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isShowAppAndProfileConfigurationProgress() <em>Show App And Profile Configuration Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowAppAndProfileConfigurationProgress()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isShowAppAndProfileConfigurationProgress() <em>Show App And Profile Configuration Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowAppAndProfileConfigurationProgress()
	 * @generated
	 * @ordered
	 */
	protected boolean showAppAndProfileConfigurationProgress = SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstallationTimeoutMinutes() <em>Installation Timeout Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallationTimeoutMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int INSTALLATION_TIMEOUT_MINUTES_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getInstallationTimeoutMinutes() <em>Installation Timeout Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallationTimeoutMinutes()
	 * @generated
	 * @ordered
	 */
	protected int installationTimeoutMinutes = INSTALLATION_TIMEOUT_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isShowCustomMessage() <em>Show Custom Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowCustomMessage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHOW_CUSTOM_MESSAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShowCustomMessage() <em>Show Custom Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShowCustomMessage()
	 * @generated
	 * @ordered
	 */
	protected boolean showCustomMessage = SHOW_CUSTOM_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomMessage() <em>Custom Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOM_MESSAGE_EDEFAULT = "Setup could not be completed. Please try again or contact your support person for help.";

	/**
	 * The cached value of the '{@link #getCustomMessage() <em>Custom Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomMessage()
	 * @generated
	 * @ordered
	 */
	protected String customMessage = CUSTOM_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isTurnOnLogCollectionAndDiagnostics() <em>Turn On Log Collection And Diagnostics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTurnOnLogCollectionAndDiagnostics()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTurnOnLogCollectionAndDiagnostics() <em>Turn On Log Collection And Diagnostics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTurnOnLogCollectionAndDiagnostics()
	 * @generated
	 * @ordered
	 */
	protected boolean turnOnLogCollectionAndDiagnostics = TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnlyShowPageToDevicesProvisionedByOobe() <em>Only Show Page To Devices Provisioned By Oobe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnlyShowPageToDevicesProvisionedByOobe()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOnlyShowPageToDevicesProvisionedByOobe() <em>Only Show Page To Devices Provisioned By Oobe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnlyShowPageToDevicesProvisionedByOobe()
	 * @generated
	 * @ordered
	 */
	protected boolean onlyShowPageToDevicesProvisionedByOobe = ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE_EDEFAULT;

	/**
	 * The default value of the '{@link #isInstallWindowsQualityUpdates() <em>Install Windows Quality Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInstallWindowsQualityUpdates()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INSTALL_WINDOWS_QUALITY_UPDATES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isInstallWindowsQualityUpdates() <em>Install Windows Quality Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInstallWindowsQualityUpdates()
	 * @generated
	 * @ordered
	 */
	protected boolean installWindowsQualityUpdates = INSTALL_WINDOWS_QUALITY_UPDATES_EDEFAULT;

	/**
	 * The default value of the '{@link #isBlockDeviceUseUntilAllAppsAndProfilesInstalled() <em>Block Device Use Until All Apps And Profiles Installed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlockDeviceUseUntilAllAppsAndProfilesInstalled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBlockDeviceUseUntilAllAppsAndProfilesInstalled() <em>Block Device Use Until All Apps And Profiles Installed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlockDeviceUseUntilAllAppsAndProfilesInstalled()
	 * @generated
	 * @ordered
	 */
	protected boolean blockDeviceUseUntilAllAppsAndProfilesInstalled = BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowResetOnInstallationError() <em>Allow Reset On Installation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowResetOnInstallationError()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_RESET_ON_INSTALLATION_ERROR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowResetOnInstallationError() <em>Allow Reset On Installation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowResetOnInstallationError()
	 * @generated
	 * @ordered
	 */
	protected boolean allowResetOnInstallationError = ALLOW_RESET_ON_INSTALLATION_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowUseOnInstallationError() <em>Allow Use On Installation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowUseOnInstallationError()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_USE_ON_INSTALLATION_ERROR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowUseOnInstallationError() <em>Allow Use On Installation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowUseOnInstallationError()
	 * @generated
	 * @ordered
	 */
	protected boolean allowUseOnInstallationError = ALLOW_USE_ON_INSTALLATION_ERROR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockingApps() <em>Blocking Apps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockingApps()
	 * @generated
	 * @ordered
	 */
	protected static final BlockingAppSelection BLOCKING_APPS_EDEFAULT = BlockingAppSelection.ALL;

	/**
	 * The cached value of the '{@link #getBlockingApps() <em>Blocking Apps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockingApps()
	 * @generated
	 * @ordered
	 */
	protected BlockingAppSelection blockingApps = BLOCKING_APPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelectedBlockingApps() <em>Selected Blocking Apps</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectedBlockingApps()
	 * @generated
	 * @ordered
	 */
	protected EList<App> selectedBlockingApps;

	/**
	 * The default value of the '{@link #isOnlyFailSelectedBlockingAppsInTechnicianPhase() <em>Only Fail Selected Blocking Apps In Technician Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnlyFailSelectedBlockingAppsInTechnicianPhase()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOnlyFailSelectedBlockingAppsInTechnicianPhase() <em>Only Fail Selected Blocking Apps In Technician Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnlyFailSelectedBlockingAppsInTechnicianPhase()
	 * @generated
	 * @ordered
	 */
	protected boolean onlyFailSelectedBlockingAppsInTechnicianPhase = ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<EspPhase> phases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnrollmentStatusPageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowpilotPackage.Literals.ENROLLMENT_STATUS_PAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShowAppAndProfileConfigurationProgress() {
		return showAppAndProfileConfigurationProgress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShowAppAndProfileConfigurationProgress(boolean newShowAppAndProfileConfigurationProgress) {
		boolean oldShowAppAndProfileConfigurationProgress = showAppAndProfileConfigurationProgress;
		showAppAndProfileConfigurationProgress = newShowAppAndProfileConfigurationProgress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS, oldShowAppAndProfileConfigurationProgress, showAppAndProfileConfigurationProgress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInstallationTimeoutMinutes() {
		return installationTimeoutMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallationTimeoutMinutes(int newInstallationTimeoutMinutes) {
		int oldInstallationTimeoutMinutes = installationTimeoutMinutes;
		installationTimeoutMinutes = newInstallationTimeoutMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES, oldInstallationTimeoutMinutes, installationTimeoutMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShowCustomMessage() {
		return showCustomMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShowCustomMessage(boolean newShowCustomMessage) {
		boolean oldShowCustomMessage = showCustomMessage;
		showCustomMessage = newShowCustomMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE, oldShowCustomMessage, showCustomMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomMessage() {
		return customMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomMessage(String newCustomMessage) {
		String oldCustomMessage = customMessage;
		customMessage = newCustomMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE, oldCustomMessage, customMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTurnOnLogCollectionAndDiagnostics() {
		return turnOnLogCollectionAndDiagnostics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTurnOnLogCollectionAndDiagnostics(boolean newTurnOnLogCollectionAndDiagnostics) {
		boolean oldTurnOnLogCollectionAndDiagnostics = turnOnLogCollectionAndDiagnostics;
		turnOnLogCollectionAndDiagnostics = newTurnOnLogCollectionAndDiagnostics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS, oldTurnOnLogCollectionAndDiagnostics, turnOnLogCollectionAndDiagnostics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnlyShowPageToDevicesProvisionedByOobe() {
		return onlyShowPageToDevicesProvisionedByOobe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnlyShowPageToDevicesProvisionedByOobe(boolean newOnlyShowPageToDevicesProvisionedByOobe) {
		boolean oldOnlyShowPageToDevicesProvisionedByOobe = onlyShowPageToDevicesProvisionedByOobe;
		onlyShowPageToDevicesProvisionedByOobe = newOnlyShowPageToDevicesProvisionedByOobe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE, oldOnlyShowPageToDevicesProvisionedByOobe, onlyShowPageToDevicesProvisionedByOobe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInstallWindowsQualityUpdates() {
		return installWindowsQualityUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallWindowsQualityUpdates(boolean newInstallWindowsQualityUpdates) {
		boolean oldInstallWindowsQualityUpdates = installWindowsQualityUpdates;
		installWindowsQualityUpdates = newInstallWindowsQualityUpdates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES, oldInstallWindowsQualityUpdates, installWindowsQualityUpdates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBlockDeviceUseUntilAllAppsAndProfilesInstalled() {
		return blockDeviceUseUntilAllAppsAndProfilesInstalled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockDeviceUseUntilAllAppsAndProfilesInstalled(boolean newBlockDeviceUseUntilAllAppsAndProfilesInstalled) {
		boolean oldBlockDeviceUseUntilAllAppsAndProfilesInstalled = blockDeviceUseUntilAllAppsAndProfilesInstalled;
		blockDeviceUseUntilAllAppsAndProfilesInstalled = newBlockDeviceUseUntilAllAppsAndProfilesInstalled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED, oldBlockDeviceUseUntilAllAppsAndProfilesInstalled, blockDeviceUseUntilAllAppsAndProfilesInstalled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowResetOnInstallationError() {
		return allowResetOnInstallationError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowResetOnInstallationError(boolean newAllowResetOnInstallationError) {
		boolean oldAllowResetOnInstallationError = allowResetOnInstallationError;
		allowResetOnInstallationError = newAllowResetOnInstallationError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR, oldAllowResetOnInstallationError, allowResetOnInstallationError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowUseOnInstallationError() {
		return allowUseOnInstallationError;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowUseOnInstallationError(boolean newAllowUseOnInstallationError) {
		boolean oldAllowUseOnInstallationError = allowUseOnInstallationError;
		allowUseOnInstallationError = newAllowUseOnInstallationError;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR, oldAllowUseOnInstallationError, allowUseOnInstallationError));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlockingAppSelection getBlockingApps() {
		return blockingApps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockingApps(BlockingAppSelection newBlockingApps) {
		BlockingAppSelection oldBlockingApps = blockingApps;
		blockingApps = newBlockingApps == null ? BLOCKING_APPS_EDEFAULT : newBlockingApps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS, oldBlockingApps, blockingApps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<App> getSelectedBlockingApps() {
		if (selectedBlockingApps == null) {
			selectedBlockingApps = new EObjectResolvingEList<App>(App.class, this, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS);
		}
		return selectedBlockingApps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnlyFailSelectedBlockingAppsInTechnicianPhase() {
		return onlyFailSelectedBlockingAppsInTechnicianPhase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnlyFailSelectedBlockingAppsInTechnicianPhase(boolean newOnlyFailSelectedBlockingAppsInTechnicianPhase) {
		boolean oldOnlyFailSelectedBlockingAppsInTechnicianPhase = onlyFailSelectedBlockingAppsInTechnicianPhase;
		onlyFailSelectedBlockingAppsInTechnicianPhase = newOnlyFailSelectedBlockingAppsInTechnicianPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE, oldOnlyFailSelectedBlockingAppsInTechnicianPhase, onlyFailSelectedBlockingAppsInTechnicianPhase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EspPhase> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<EspPhase>(EspPhase.class, this, FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES:
				return ((InternalEList<?>)getPhases()).basicRemove(otherEnd, msgs);
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
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PRIORITY:
				return getPriority();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS:
				return isShowAppAndProfileConfigurationProgress();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES:
				return getInstallationTimeoutMinutes();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE:
				return isShowCustomMessage();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE:
				return getCustomMessage();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS:
				return isTurnOnLogCollectionAndDiagnostics();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE:
				return isOnlyShowPageToDevicesProvisionedByOobe();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES:
				return isInstallWindowsQualityUpdates();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED:
				return isBlockDeviceUseUntilAllAppsAndProfilesInstalled();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR:
				return isAllowResetOnInstallationError();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR:
				return isAllowUseOnInstallationError();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS:
				return getBlockingApps();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS:
				return getSelectedBlockingApps();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE:
				return isOnlyFailSelectedBlockingAppsInTechnicianPhase();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES:
				return getPhases();
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
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS:
				setShowAppAndProfileConfigurationProgress((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES:
				setInstallationTimeoutMinutes((Integer)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE:
				setShowCustomMessage((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE:
				setCustomMessage((String)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS:
				setTurnOnLogCollectionAndDiagnostics((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE:
				setOnlyShowPageToDevicesProvisionedByOobe((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES:
				setInstallWindowsQualityUpdates((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED:
				setBlockDeviceUseUntilAllAppsAndProfilesInstalled((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR:
				setAllowResetOnInstallationError((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR:
				setAllowUseOnInstallationError((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS:
				setBlockingApps((BlockingAppSelection)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS:
				getSelectedBlockingApps().clear();
				getSelectedBlockingApps().addAll((Collection<? extends App>)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE:
				setOnlyFailSelectedBlockingAppsInTechnicianPhase((Boolean)newValue);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES:
				getPhases().clear();
				getPhases().addAll((Collection<? extends EspPhase>)newValue);
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
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS:
				setShowAppAndProfileConfigurationProgress(SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES:
				setInstallationTimeoutMinutes(INSTALLATION_TIMEOUT_MINUTES_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE:
				setShowCustomMessage(SHOW_CUSTOM_MESSAGE_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE:
				setCustomMessage(CUSTOM_MESSAGE_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS:
				setTurnOnLogCollectionAndDiagnostics(TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE:
				setOnlyShowPageToDevicesProvisionedByOobe(ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES:
				setInstallWindowsQualityUpdates(INSTALL_WINDOWS_QUALITY_UPDATES_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED:
				setBlockDeviceUseUntilAllAppsAndProfilesInstalled(BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR:
				setAllowResetOnInstallationError(ALLOW_RESET_ON_INSTALLATION_ERROR_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR:
				setAllowUseOnInstallationError(ALLOW_USE_ON_INSTALLATION_ERROR_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS:
				setBlockingApps(BLOCKING_APPS_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS:
				getSelectedBlockingApps().clear();
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE:
				setOnlyFailSelectedBlockingAppsInTechnicianPhase(ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE_EDEFAULT);
				return;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES:
				getPhases().clear();
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
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS:
				return showAppAndProfileConfigurationProgress != SHOW_APP_AND_PROFILE_CONFIGURATION_PROGRESS_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALLATION_TIMEOUT_MINUTES:
				return installationTimeoutMinutes != INSTALLATION_TIMEOUT_MINUTES_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SHOW_CUSTOM_MESSAGE:
				return showCustomMessage != SHOW_CUSTOM_MESSAGE_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__CUSTOM_MESSAGE:
				return CUSTOM_MESSAGE_EDEFAULT == null ? customMessage != null : !CUSTOM_MESSAGE_EDEFAULT.equals(customMessage);
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS:
				return turnOnLogCollectionAndDiagnostics != TURN_ON_LOG_COLLECTION_AND_DIAGNOSTICS_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE:
				return onlyShowPageToDevicesProvisionedByOobe != ONLY_SHOW_PAGE_TO_DEVICES_PROVISIONED_BY_OOBE_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__INSTALL_WINDOWS_QUALITY_UPDATES:
				return installWindowsQualityUpdates != INSTALL_WINDOWS_QUALITY_UPDATES_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED:
				return blockDeviceUseUntilAllAppsAndProfilesInstalled != BLOCK_DEVICE_USE_UNTIL_ALL_APPS_AND_PROFILES_INSTALLED_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_RESET_ON_INSTALLATION_ERROR:
				return allowResetOnInstallationError != ALLOW_RESET_ON_INSTALLATION_ERROR_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ALLOW_USE_ON_INSTALLATION_ERROR:
				return allowUseOnInstallationError != ALLOW_USE_ON_INSTALLATION_ERROR_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__BLOCKING_APPS:
				return blockingApps != BLOCKING_APPS_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__SELECTED_BLOCKING_APPS:
				return selectedBlockingApps != null && !selectedBlockingApps.isEmpty();
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE:
				return onlyFailSelectedBlockingAppsInTechnicianPhase != ONLY_FAIL_SELECTED_BLOCKING_APPS_IN_TECHNICIAN_PHASE_EDEFAULT;
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE__PHASES:
				return phases != null && !phases.isEmpty();
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", showAppAndProfileConfigurationProgress: ");
		result.append(showAppAndProfileConfigurationProgress);
		result.append(", installationTimeoutMinutes: ");
		result.append(installationTimeoutMinutes);
		result.append(", showCustomMessage: ");
		result.append(showCustomMessage);
		result.append(", customMessage: ");
		result.append(customMessage);
		result.append(", turnOnLogCollectionAndDiagnostics: ");
		result.append(turnOnLogCollectionAndDiagnostics);
		result.append(", onlyShowPageToDevicesProvisionedByOobe: ");
		result.append(onlyShowPageToDevicesProvisionedByOobe);
		result.append(", installWindowsQualityUpdates: ");
		result.append(installWindowsQualityUpdates);
		result.append(", blockDeviceUseUntilAllAppsAndProfilesInstalled: ");
		result.append(blockDeviceUseUntilAllAppsAndProfilesInstalled);
		result.append(", allowResetOnInstallationError: ");
		result.append(allowResetOnInstallationError);
		result.append(", allowUseOnInstallationError: ");
		result.append(allowUseOnInstallationError);
		result.append(", blockingApps: ");
		result.append(blockingApps);
		result.append(", onlyFailSelectedBlockingAppsInTechnicianPhase: ");
		result.append(onlyFailSelectedBlockingAppsInTechnicianPhase);
		result.append(')');
		return result.toString();
	}

} //EnrollmentStatusPageImpl
