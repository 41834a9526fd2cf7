/**
 */
package org.flowpilot.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage
 * @generated
 */
public interface FlowpilotFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FlowpilotFactory eINSTANCE = org.flowpilot.model.impl.FlowpilotFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Autopilot Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Autopilot Model</em>'.
	 * @generated
	 */
	AutopilotModel createAutopilotModel();

	/**
	 * Returns a new object of class '<em>Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assignment</em>'.
	 * @generated
	 */
	Assignment createAssignment();

	/**
	 * Returns a new object of class '<em>Deployment Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deployment Profile</em>'.
	 * @generated
	 */
	DeploymentProfile createDeploymentProfile();

	/**
	 * Returns a new object of class '<em>Enrollment Status Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enrollment Status Page</em>'.
	 * @generated
	 */
	EnrollmentStatusPage createEnrollmentStatusPage();

	/**
	 * Returns a new object of class '<em>Esp Phase</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Esp Phase</em>'.
	 * @generated
	 */
	EspPhase createEspPhase();

	/**
	 * Returns a new object of class '<em>Preparation Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Preparation Task</em>'.
	 * @generated
	 */
	PreparationTask createPreparationTask();

	/**
	 * Returns a new object of class '<em>Security Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Security Policy</em>'.
	 * @generated
	 */
	SecurityPolicy createSecurityPolicy();

	/**
	 * Returns a new object of class '<em>Certificate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certificate</em>'.
	 * @generated
	 */
	Certificate createCertificate();

	/**
	 * Returns a new object of class '<em>Network Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Profile</em>'.
	 * @generated
	 */
	NetworkProfile createNetworkProfile();

	/**
	 * Returns a new object of class '<em>App</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>App</em>'.
	 * @generated
	 */
	App createApp();

	/**
	 * Returns a new object of class '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User</em>'.
	 * @generated
	 */
	User createUser();

	/**
	 * Returns a new object of class '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device</em>'.
	 * @generated
	 */
	Device createDevice();

	/**
	 * Returns a new object of class '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group</em>'.
	 * @generated
	 */
	Group createGroup();

	/**
	 * Returns a new object of class '<em>Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow</em>'.
	 * @generated
	 */
	Flow createFlow();

	/**
	 * Returns a new object of class '<em>Power On Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Power On Step</em>'.
	 * @generated
	 */
	PowerOnStep createPowerOnStep();

	/**
	 * Returns a new object of class '<em>Network Check Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Check Step</em>'.
	 * @generated
	 */
	NetworkCheckStep createNetworkCheckStep();

	/**
	 * Returns a new object of class '<em>Screen Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Screen Step</em>'.
	 * @generated
	 */
	ScreenStep createScreenStep();

	/**
	 * Returns a new object of class '<em>Sign In Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sign In Step</em>'.
	 * @generated
	 */
	SignInStep createSignInStep();

	/**
	 * Returns a new object of class '<em>Mfa Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mfa Step</em>'.
	 * @generated
	 */
	MfaStep createMfaStep();

	/**
	 * Returns a new object of class '<em>Esp Phase Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Esp Phase Step</em>'.
	 * @generated
	 */
	EspPhaseStep createEspPhaseStep();

	/**
	 * Returns a new object of class '<em>Reboot Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reboot Step</em>'.
	 * @generated
	 */
	RebootStep createRebootStep();

	/**
	 * Returns a new object of class '<em>Provisioning Menu Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provisioning Menu Step</em>'.
	 * @generated
	 */
	ProvisioningMenuStep createProvisioningMenuStep();

	/**
	 * Returns a new object of class '<em>Reseal Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reseal Step</em>'.
	 * @generated
	 */
	ResealStep createResealStep();

	/**
	 * Returns a new object of class '<em>Windows Sign On Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Windows Sign On Step</em>'.
	 * @generated
	 */
	WindowsSignOnStep createWindowsSignOnStep();

	/**
	 * Returns a new object of class '<em>Desktop Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Desktop Step</em>'.
	 * @generated
	 */
	DesktopStep createDesktopStep();

	/**
	 * Returns a new object of class '<em>Custom Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Custom Step</em>'.
	 * @generated
	 */
	CustomStep createCustomStep();

	/**
	 * Returns a new object of class '<em>Transition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transition</em>'.
	 * @generated
	 */
	Transition createTransition();

	/**
	 * Returns a new object of class '<em>Fact Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fact Condition</em>'.
	 * @generated
	 */
	FactCondition createFactCondition();

	/**
	 * Returns a new object of class '<em>Connectivity Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connectivity Condition</em>'.
	 * @generated
	 */
	ConnectivityCondition createConnectivityCondition();

	/**
	 * Returns a new object of class '<em>Windows Version Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Windows Version Condition</em>'.
	 * @generated
	 */
	WindowsVersionCondition createWindowsVersionCondition();

	/**
	 * Returns a new object of class '<em>Screen Hidden Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Screen Hidden Condition</em>'.
	 * @generated
	 */
	ScreenHiddenCondition createScreenHiddenCondition();

	/**
	 * Returns a new object of class '<em>Step Outcome Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Outcome Condition</em>'.
	 * @generated
	 */
	StepOutcomeCondition createStepOutcomeCondition();

	/**
	 * Returns a new object of class '<em>Not Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Not Condition</em>'.
	 * @generated
	 */
	NotCondition createNotCondition();

	/**
	 * Returns a new object of class '<em>All Of Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>All Of Condition</em>'.
	 * @generated
	 */
	AllOfCondition createAllOfCondition();

	/**
	 * Returns a new object of class '<em>Any Of Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Any Of Condition</em>'.
	 * @generated
	 */
	AnyOfCondition createAnyOfCondition();

	/**
	 * Returns a new object of class '<em>Extension Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Extension Condition</em>'.
	 * @generated
	 */
	ExtensionCondition createExtensionCondition();

	/**
	 * Returns a new object of class '<em>Otherwise Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Otherwise Condition</em>'.
	 * @generated
	 */
	OtherwiseCondition createOtherwiseCondition();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Injected Failure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Injected Failure</em>'.
	 * @generated
	 */
	InjectedFailure createInjectedFailure();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FlowpilotPackage getFlowpilotPackage();

} //FlowpilotFactory
