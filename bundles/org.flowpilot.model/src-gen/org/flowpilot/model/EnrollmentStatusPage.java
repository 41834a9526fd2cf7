/**
 */
package org.flowpilot.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enrollment Status Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An Enrollment Status Page profile (Devices > Windows > Windows enrollment > Enrollment Status Page) and the three phases it tracks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isShowAppAndProfileConfigurationProgress <em>Show App And Profile Configuration Progress</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#getInstallationTimeoutMinutes <em>Installation Timeout Minutes</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isShowCustomMessage <em>Show Custom Message</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#getCustomMessage <em>Custom Message</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isTurnOnLogCollectionAndDiagnostics <em>Turn On Log Collection And Diagnostics</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isOnlyShowPageToDevicesProvisionedByOobe <em>Only Show Page To Devices Provisioned By Oobe</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isInstallWindowsQualityUpdates <em>Install Windows Quality Updates</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isBlockDeviceUseUntilAllAppsAndProfilesInstalled <em>Block Device Use Until All Apps And Profiles Installed</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isAllowResetOnInstallationError <em>Allow Reset On Installation Error</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isAllowUseOnInstallationError <em>Allow Use On Installation Error</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#getBlockingApps <em>Blocking Apps</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#getSelectedBlockingApps <em>Selected Blocking Apps</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#isOnlyFailSelectedBlockingAppsInTechnicianPhase <em>Only Fail Selected Blocking Apps In Technician Phase</em>}</li>
 *   <li>{@link org.flowpilot.model.EnrollmentStatusPage#getPhases <em>Phases</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage()
 * @model
 * @generated
 */
public interface EnrollmentStatusPage extends AssignableConfiguration {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 is the highest priority; a device-targeted profile wins over a user-targeted one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_Priority()
	 * @model default="1"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Show App And Profile Configuration Progress</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Show App And Profile Configuration Progress</em>' attribute.
	 * @see #setShowAppAndProfileConfigurationProgress(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_ShowAppAndProfileConfigurationProgress()
	 * @model default="true"
	 * @generated
	 */
	boolean isShowAppAndProfileConfigurationProgress();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isShowAppAndProfileConfigurationProgress <em>Show App And Profile Configuration Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Show App And Profile Configuration Progress</em>' attribute.
	 * @see #isShowAppAndProfileConfigurationProgress()
	 * @generated
	 */
	void setShowAppAndProfileConfigurationProgress(boolean value);

	/**
	 * Returns the value of the '<em><b>Installation Timeout Minutes</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Show an error when installation takes longer than specified number of minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installation Timeout Minutes</em>' attribute.
	 * @see #setInstallationTimeoutMinutes(int)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_InstallationTimeoutMinutes()
	 * @model default="60"
	 * @generated
	 */
	int getInstallationTimeoutMinutes();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#getInstallationTimeoutMinutes <em>Installation Timeout Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installation Timeout Minutes</em>' attribute.
	 * @see #getInstallationTimeoutMinutes()
	 * @generated
	 */
	void setInstallationTimeoutMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Show Custom Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Show Custom Message</em>' attribute.
	 * @see #setShowCustomMessage(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_ShowCustomMessage()
	 * @model
	 * @generated
	 */
	boolean isShowCustomMessage();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isShowCustomMessage <em>Show Custom Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Show Custom Message</em>' attribute.
	 * @see #isShowCustomMessage()
	 * @generated
	 */
	void setShowCustomMessage(boolean value);

	/**
	 * Returns the value of the '<em><b>Custom Message</b></em>' attribute.
	 * The default value is <code>"Setup could not be completed. Please try again or contact your support person for help."</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Custom Message</em>' attribute.
	 * @see #setCustomMessage(String)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_CustomMessage()
	 * @model default="Setup could not be completed. Please try again or contact your support person for help."
	 * @generated
	 */
	String getCustomMessage();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#getCustomMessage <em>Custom Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Custom Message</em>' attribute.
	 * @see #getCustomMessage()
	 * @generated
	 */
	void setCustomMessage(String value);

	/**
	 * Returns the value of the '<em><b>Turn On Log Collection And Diagnostics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Turn On Log Collection And Diagnostics</em>' attribute.
	 * @see #setTurnOnLogCollectionAndDiagnostics(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_TurnOnLogCollectionAndDiagnostics()
	 * @model
	 * @generated
	 */
	boolean isTurnOnLogCollectionAndDiagnostics();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isTurnOnLogCollectionAndDiagnostics <em>Turn On Log Collection And Diagnostics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Turn On Log Collection And Diagnostics</em>' attribute.
	 * @see #isTurnOnLogCollectionAndDiagnostics()
	 * @generated
	 */
	void setTurnOnLogCollectionAndDiagnostics(boolean value);

	/**
	 * Returns the value of the '<em><b>Only Show Page To Devices Provisioned By Oobe</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Only Show Page To Devices Provisioned By Oobe</em>' attribute.
	 * @see #setOnlyShowPageToDevicesProvisionedByOobe(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_OnlyShowPageToDevicesProvisionedByOobe()
	 * @model default="true"
	 * @generated
	 */
	boolean isOnlyShowPageToDevicesProvisionedByOobe();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isOnlyShowPageToDevicesProvisionedByOobe <em>Only Show Page To Devices Provisioned By Oobe</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Only Show Page To Devices Provisioned By Oobe</em>' attribute.
	 * @see #isOnlyShowPageToDevicesProvisionedByOobe()
	 * @generated
	 */
	void setOnlyShowPageToDevicesProvisionedByOobe(boolean value);

	/**
	 * Returns the value of the '<em><b>Install Windows Quality Updates</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Install Windows Quality Updates</em>' attribute.
	 * @see #setInstallWindowsQualityUpdates(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_InstallWindowsQualityUpdates()
	 * @model default="true"
	 * @generated
	 */
	boolean isInstallWindowsQualityUpdates();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isInstallWindowsQualityUpdates <em>Install Windows Quality Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Windows Quality Updates</em>' attribute.
	 * @see #isInstallWindowsQualityUpdates()
	 * @generated
	 */
	void setInstallWindowsQualityUpdates(boolean value);

	/**
	 * Returns the value of the '<em><b>Block Device Use Until All Apps And Profiles Installed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yes: the person cannot leave the Enrollment Status Page until Intune has set up the device, and the error page offers Retry and the reset, use and blocking-app settings below; No: the person can leave it early. Microsoft Graph: the opposite of blockDeviceSetupRetryByUser (see the interop README).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Block Device Use Until All Apps And Profiles Installed</em>' attribute.
	 * @see #setBlockDeviceUseUntilAllAppsAndProfilesInstalled(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_BlockDeviceUseUntilAllAppsAndProfilesInstalled()
	 * @model default="true"
	 * @generated
	 */
	boolean isBlockDeviceUseUntilAllAppsAndProfilesInstalled();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isBlockDeviceUseUntilAllAppsAndProfilesInstalled <em>Block Device Use Until All Apps And Profiles Installed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block Device Use Until All Apps And Profiles Installed</em>' attribute.
	 * @see #isBlockDeviceUseUntilAllAppsAndProfilesInstalled()
	 * @generated
	 */
	void setBlockDeviceUseUntilAllAppsAndProfilesInstalled(boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Reset On Installation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allow Reset On Installation Error</em>' attribute.
	 * @see #setAllowResetOnInstallationError(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_AllowResetOnInstallationError()
	 * @model
	 * @generated
	 */
	boolean isAllowResetOnInstallationError();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isAllowResetOnInstallationError <em>Allow Reset On Installation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Reset On Installation Error</em>' attribute.
	 * @see #isAllowResetOnInstallationError()
	 * @generated
	 */
	void setAllowResetOnInstallationError(boolean value);

	/**
	 * Returns the value of the '<em><b>Allow Use On Installation Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Allow users to use device if installation error occurs: the Continue anyway button.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Use On Installation Error</em>' attribute.
	 * @see #setAllowUseOnInstallationError(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_AllowUseOnInstallationError()
	 * @model
	 * @generated
	 */
	boolean isAllowUseOnInstallationError();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isAllowUseOnInstallationError <em>Allow Use On Installation Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Use On Installation Error</em>' attribute.
	 * @see #isAllowUseOnInstallationError()
	 * @generated
	 */
	void setAllowUseOnInstallationError(boolean value);

	/**
	 * Returns the value of the '<em><b>Blocking Apps</b></em>' attribute.
	 * The default value is <code>"all"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.BlockingAppSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Block device use until these required apps are installed if they are assigned to the user/device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocking Apps</em>' attribute.
	 * @see org.flowpilot.model.BlockingAppSelection
	 * @see #setBlockingApps(BlockingAppSelection)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_BlockingApps()
	 * @model default="all"
	 * @generated
	 */
	BlockingAppSelection getBlockingApps();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#getBlockingApps <em>Blocking Apps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blocking Apps</em>' attribute.
	 * @see org.flowpilot.model.BlockingAppSelection
	 * @see #getBlockingApps()
	 * @generated
	 */
	void setBlockingApps(BlockingAppSelection value);

	/**
	 * Returns the value of the '<em><b>Selected Blocking Apps</b></em>' reference list.
	 * The list contents are of type {@link org.flowpilot.model.App}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selected Blocking Apps</em>' reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_SelectedBlockingApps()
	 * @model
	 * @generated
	 */
	EList<App> getSelectedBlockingApps();

	/**
	 * Returns the value of the '<em><b>Only Fail Selected Blocking Apps In Technician Phase</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Only Fail Selected Blocking Apps In Technician Phase</em>' attribute.
	 * @see #setOnlyFailSelectedBlockingAppsInTechnicianPhase(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_OnlyFailSelectedBlockingAppsInTechnicianPhase()
	 * @model default="true"
	 * @generated
	 */
	boolean isOnlyFailSelectedBlockingAppsInTechnicianPhase();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.EnrollmentStatusPage#isOnlyFailSelectedBlockingAppsInTechnicianPhase <em>Only Fail Selected Blocking Apps In Technician Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Only Fail Selected Blocking Apps In Technician Phase</em>' attribute.
	 * @see #isOnlyFailSelectedBlockingAppsInTechnicianPhase()
	 * @generated
	 */
	void setOnlyFailSelectedBlockingAppsInTechnicianPhase(boolean value);

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.EspPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getEnrollmentStatusPage_Phases()
	 * @model containment="true" upper="3"
	 * @generated
	 */
	EList<EspPhase> getPhases();

} // EnrollmentStatusPage
