/**
 */
package org.flowpilot.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The inputs of one run of a flow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.flowpilot.model.Scenario#getFlow <em>Flow</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getDevice <em>Device</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getWindowsVersion <em>Windows Version</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getConnectivity <em>Connectivity</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#isUserPresent <em>User Present</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#isMfaPrompted <em>Mfa Prompted</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#isTechnicianFlowDone <em>Technician Flow Done</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getTechnicianFlowCompleted <em>Technician Flow Completed</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getRunStarts <em>Run Starts</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getInjectedFailures <em>Injected Failures</em>}</li>
 *   <li>{@link org.flowpilot.model.Scenario#getFailurePageChoices <em>Failure Page Choices</em>}</li>
 * </ul>
 *
 * @see org.flowpilot.model.FlowpilotPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Flow</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flow</em>' reference.
	 * @see #setFlow(Flow)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_Flow()
	 * @model
	 * @generated
	 */
	Flow getFlow();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#getFlow <em>Flow</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flow</em>' reference.
	 * @see #getFlow()
	 * @generated
	 */
	void setFlow(Flow value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Windows Version</b></em>' attribute.
	 * The default value is <code>"windows11"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.WindowsVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Windows Version</em>' attribute.
	 * @see org.flowpilot.model.WindowsVersion
	 * @see #setWindowsVersion(WindowsVersion)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_WindowsVersion()
	 * @model default="windows11"
	 * @generated
	 */
	WindowsVersion getWindowsVersion();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#getWindowsVersion <em>Windows Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Windows Version</em>' attribute.
	 * @see org.flowpilot.model.WindowsVersion
	 * @see #getWindowsVersion()
	 * @generated
	 */
	void setWindowsVersion(WindowsVersion value);

	/**
	 * Returns the value of the '<em><b>Connectivity</b></em>' attribute.
	 * The default value is <code>"ethernet"</code>.
	 * The literals are from the enumeration {@link org.flowpilot.model.Connectivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connectivity</em>' attribute.
	 * @see org.flowpilot.model.Connectivity
	 * @see #setConnectivity(Connectivity)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_Connectivity()
	 * @model default="ethernet"
	 * @generated
	 */
	Connectivity getConnectivity();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#getConnectivity <em>Connectivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connectivity</em>' attribute.
	 * @see org.flowpilot.model.Connectivity
	 * @see #getConnectivity()
	 * @generated
	 */
	void setConnectivity(Connectivity value);

	/**
	 * Returns the value of the '<em><b>User Present</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Present</em>' attribute.
	 * @see #setUserPresent(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_UserPresent()
	 * @model default="true"
	 * @generated
	 */
	boolean isUserPresent();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#isUserPresent <em>User Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Present</em>' attribute.
	 * @see #isUserPresent()
	 * @generated
	 */
	void setUserPresent(boolean value);

	/**
	 * Returns the value of the '<em><b>Mfa Prompted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfa Prompted</em>' attribute.
	 * @see #setMfaPrompted(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_MfaPrompted()
	 * @model
	 * @generated
	 */
	boolean isMfaPrompted();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#isMfaPrompted <em>Mfa Prompted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfa Prompted</em>' attribute.
	 * @see #isMfaPrompted()
	 * @generated
	 */
	void setMfaPrompted(boolean value);

	/**
	 * Returns the value of the '<em><b>Technician Flow Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technician Flow Done</em>' attribute.
	 * @see #setTechnicianFlowDone(boolean)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_TechnicianFlowDone()
	 * @model
	 * @generated
	 */
	boolean isTechnicianFlowDone();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#isTechnicianFlowDone <em>Technician Flow Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technician Flow Done</em>' attribute.
	 * @see #isTechnicianFlowDone()
	 * @generated
	 */
	void setTechnicianFlowDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Technician Flow Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technician Flow Completed</em>' attribute.
	 * @see #setTechnicianFlowCompleted(Date)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_TechnicianFlowCompleted()
	 * @model
	 * @generated
	 */
	Date getTechnicianFlowCompleted();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#getTechnicianFlowCompleted <em>Technician Flow Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technician Flow Completed</em>' attribute.
	 * @see #getTechnicianFlowCompleted()
	 * @generated
	 */
	void setTechnicianFlowCompleted(Date value);

	/**
	 * Returns the value of the '<em><b>Run Starts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this run starts; for a user flow, compared with technicianFlowCompleted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Starts</em>' attribute.
	 * @see #setRunStarts(Date)
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_RunStarts()
	 * @model
	 * @generated
	 */
	Date getRunStarts();

	/**
	 * Sets the value of the '{@link org.flowpilot.model.Scenario#getRunStarts <em>Run Starts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Starts</em>' attribute.
	 * @see #getRunStarts()
	 * @generated
	 */
	void setRunStarts(Date value);

	/**
	 * Returns the value of the '<em><b>Injected Failures</b></em>' containment reference list.
	 * The list contents are of type {@link org.flowpilot.model.InjectedFailure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Injected Failures</em>' containment reference list.
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_InjectedFailures()
	 * @model containment="true"
	 * @generated
	 */
	EList<InjectedFailure> getInjectedFailures();

	/**
	 * Returns the value of the '<em><b>Failure Page Choices</b></em>' attribute list.
	 * The list contents are of type {@link org.flowpilot.model.FailurePageChoice}.
	 * The literals are from the enumeration {@link org.flowpilot.model.FailurePageChoice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buttons the person presses on the failure pages the run meets (ESP error page, technician result screen), in order; once they are used up the run stays at the page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failure Page Choices</em>' attribute list.
	 * @see org.flowpilot.model.FailurePageChoice
	 * @see org.flowpilot.model.FlowpilotPackage#getScenario_FailurePageChoices()
	 * @model
	 * @generated
	 */
	EList<FailurePageChoice> getFailurePageChoices();

} // Scenario
