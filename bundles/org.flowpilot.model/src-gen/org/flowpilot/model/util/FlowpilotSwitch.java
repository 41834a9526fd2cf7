/**
 */
package org.flowpilot.model.util;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.flowpilot.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.flowpilot.model.FlowpilotPackage
 * @generated
 */
public class FlowpilotSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FlowpilotPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowpilotSwitch() {
		if (modelPackage == null) {
			modelPackage = FlowpilotPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case FlowpilotPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.AUTOPILOT_MODEL: {
				AutopilotModel autopilotModel = (AutopilotModel)theEObject;
				T result = caseAutopilotModel(autopilotModel);
				if (result == null) result = caseNamedElement(autopilotModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ASSIGNABLE_CONFIGURATION: {
				AssignableConfiguration assignableConfiguration = (AssignableConfiguration)theEObject;
				T result = caseAssignableConfiguration(assignableConfiguration);
				if (result == null) result = caseNamedElement(assignableConfiguration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.JSON_PROPERTY: {
				@SuppressWarnings("unchecked") Map.Entry<String, String> jsonProperty = (Map.Entry<String, String>)theEObject;
				T result = caseJsonProperty(jsonProperty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ASSIGNMENT: {
				Assignment assignment = (Assignment)theEObject;
				T result = caseAssignment(assignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.DEPLOYMENT_PROFILE: {
				DeploymentProfile deploymentProfile = (DeploymentProfile)theEObject;
				T result = caseDeploymentProfile(deploymentProfile);
				if (result == null) result = caseAssignableConfiguration(deploymentProfile);
				if (result == null) result = caseNamedElement(deploymentProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ENROLLMENT_STATUS_PAGE: {
				EnrollmentStatusPage enrollmentStatusPage = (EnrollmentStatusPage)theEObject;
				T result = caseEnrollmentStatusPage(enrollmentStatusPage);
				if (result == null) result = caseAssignableConfiguration(enrollmentStatusPage);
				if (result == null) result = caseNamedElement(enrollmentStatusPage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ESP_PHASE: {
				EspPhase espPhase = (EspPhase)theEObject;
				T result = caseEspPhase(espPhase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.TRACKED_ITEM: {
				TrackedItem trackedItem = (TrackedItem)theEObject;
				T result = caseTrackedItem(trackedItem);
				if (result == null) result = caseNamedElement(trackedItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.PREPARATION_TASK: {
				PreparationTask preparationTask = (PreparationTask)theEObject;
				T result = casePreparationTask(preparationTask);
				if (result == null) result = caseTrackedItem(preparationTask);
				if (result == null) result = caseNamedElement(preparationTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.SECURITY_POLICY: {
				SecurityPolicy securityPolicy = (SecurityPolicy)theEObject;
				T result = caseSecurityPolicy(securityPolicy);
				if (result == null) result = caseTrackedItem(securityPolicy);
				if (result == null) result = caseNamedElement(securityPolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.CERTIFICATE: {
				Certificate certificate = (Certificate)theEObject;
				T result = caseCertificate(certificate);
				if (result == null) result = caseTrackedItem(certificate);
				if (result == null) result = caseNamedElement(certificate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.NETWORK_PROFILE: {
				NetworkProfile networkProfile = (NetworkProfile)theEObject;
				T result = caseNetworkProfile(networkProfile);
				if (result == null) result = caseTrackedItem(networkProfile);
				if (result == null) result = caseNamedElement(networkProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.APP: {
				App app = (App)theEObject;
				T result = caseApp(app);
				if (result == null) result = caseTrackedItem(app);
				if (result == null) result = caseNamedElement(app);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.USER: {
				User user = (User)theEObject;
				T result = caseUser(user);
				if (result == null) result = caseNamedElement(user);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.DEVICE: {
				Device device = (Device)theEObject;
				T result = caseDevice(device);
				if (result == null) result = caseNamedElement(device);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.GROUP: {
				Group group = (Group)theEObject;
				T result = caseGroup(group);
				if (result == null) result = caseNamedElement(group);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.FLOW: {
				Flow flow = (Flow)theEObject;
				T result = caseFlow(flow);
				if (result == null) result = caseNamedElement(flow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.STEP: {
				Step step = (Step)theEObject;
				T result = caseStep(step);
				if (result == null) result = caseNamedElement(step);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.POWER_ON_STEP: {
				PowerOnStep powerOnStep = (PowerOnStep)theEObject;
				T result = casePowerOnStep(powerOnStep);
				if (result == null) result = caseStep(powerOnStep);
				if (result == null) result = caseNamedElement(powerOnStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.NETWORK_CHECK_STEP: {
				NetworkCheckStep networkCheckStep = (NetworkCheckStep)theEObject;
				T result = caseNetworkCheckStep(networkCheckStep);
				if (result == null) result = caseStep(networkCheckStep);
				if (result == null) result = caseNamedElement(networkCheckStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.SCREEN_STEP: {
				ScreenStep screenStep = (ScreenStep)theEObject;
				T result = caseScreenStep(screenStep);
				if (result == null) result = caseStep(screenStep);
				if (result == null) result = caseNamedElement(screenStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.SIGN_IN_STEP: {
				SignInStep signInStep = (SignInStep)theEObject;
				T result = caseSignInStep(signInStep);
				if (result == null) result = caseStep(signInStep);
				if (result == null) result = caseNamedElement(signInStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.MFA_STEP: {
				MfaStep mfaStep = (MfaStep)theEObject;
				T result = caseMfaStep(mfaStep);
				if (result == null) result = caseStep(mfaStep);
				if (result == null) result = caseNamedElement(mfaStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ESP_PHASE_STEP: {
				EspPhaseStep espPhaseStep = (EspPhaseStep)theEObject;
				T result = caseEspPhaseStep(espPhaseStep);
				if (result == null) result = caseStep(espPhaseStep);
				if (result == null) result = caseNamedElement(espPhaseStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.REBOOT_STEP: {
				RebootStep rebootStep = (RebootStep)theEObject;
				T result = caseRebootStep(rebootStep);
				if (result == null) result = caseStep(rebootStep);
				if (result == null) result = caseNamedElement(rebootStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.PROVISIONING_MENU_STEP: {
				ProvisioningMenuStep provisioningMenuStep = (ProvisioningMenuStep)theEObject;
				T result = caseProvisioningMenuStep(provisioningMenuStep);
				if (result == null) result = caseStep(provisioningMenuStep);
				if (result == null) result = caseNamedElement(provisioningMenuStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.RESEAL_STEP: {
				ResealStep resealStep = (ResealStep)theEObject;
				T result = caseResealStep(resealStep);
				if (result == null) result = caseStep(resealStep);
				if (result == null) result = caseNamedElement(resealStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.WINDOWS_SIGN_ON_STEP: {
				WindowsSignOnStep windowsSignOnStep = (WindowsSignOnStep)theEObject;
				T result = caseWindowsSignOnStep(windowsSignOnStep);
				if (result == null) result = caseStep(windowsSignOnStep);
				if (result == null) result = caseNamedElement(windowsSignOnStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.DESKTOP_STEP: {
				DesktopStep desktopStep = (DesktopStep)theEObject;
				T result = caseDesktopStep(desktopStep);
				if (result == null) result = caseStep(desktopStep);
				if (result == null) result = caseNamedElement(desktopStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.CUSTOM_STEP: {
				CustomStep customStep = (CustomStep)theEObject;
				T result = caseCustomStep(customStep);
				if (result == null) result = caseStep(customStep);
				if (result == null) result = caseNamedElement(customStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.TRANSITION: {
				Transition transition = (Transition)theEObject;
				T result = caseTransition(transition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.CONDITION: {
				Condition condition = (Condition)theEObject;
				T result = caseCondition(condition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.FACT_CONDITION: {
				FactCondition factCondition = (FactCondition)theEObject;
				T result = caseFactCondition(factCondition);
				if (result == null) result = caseCondition(factCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.CONNECTIVITY_CONDITION: {
				ConnectivityCondition connectivityCondition = (ConnectivityCondition)theEObject;
				T result = caseConnectivityCondition(connectivityCondition);
				if (result == null) result = caseCondition(connectivityCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.WINDOWS_VERSION_CONDITION: {
				WindowsVersionCondition windowsVersionCondition = (WindowsVersionCondition)theEObject;
				T result = caseWindowsVersionCondition(windowsVersionCondition);
				if (result == null) result = caseCondition(windowsVersionCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.SCREEN_HIDDEN_CONDITION: {
				ScreenHiddenCondition screenHiddenCondition = (ScreenHiddenCondition)theEObject;
				T result = caseScreenHiddenCondition(screenHiddenCondition);
				if (result == null) result = caseCondition(screenHiddenCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.STEP_OUTCOME_CONDITION: {
				StepOutcomeCondition stepOutcomeCondition = (StepOutcomeCondition)theEObject;
				T result = caseStepOutcomeCondition(stepOutcomeCondition);
				if (result == null) result = caseCondition(stepOutcomeCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.NOT_CONDITION: {
				NotCondition notCondition = (NotCondition)theEObject;
				T result = caseNotCondition(notCondition);
				if (result == null) result = caseCondition(notCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ALL_OF_CONDITION: {
				AllOfCondition allOfCondition = (AllOfCondition)theEObject;
				T result = caseAllOfCondition(allOfCondition);
				if (result == null) result = caseCondition(allOfCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.ANY_OF_CONDITION: {
				AnyOfCondition anyOfCondition = (AnyOfCondition)theEObject;
				T result = caseAnyOfCondition(anyOfCondition);
				if (result == null) result = caseCondition(anyOfCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.EXTENSION_CONDITION: {
				ExtensionCondition extensionCondition = (ExtensionCondition)theEObject;
				T result = caseExtensionCondition(extensionCondition);
				if (result == null) result = caseCondition(extensionCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.CONDITION_PARAMETER: {
				@SuppressWarnings("unchecked") Map.Entry<String, String> conditionParameter = (Map.Entry<String, String>)theEObject;
				T result = caseConditionParameter(conditionParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.OTHERWISE_CONDITION: {
				OtherwiseCondition otherwiseCondition = (OtherwiseCondition)theEObject;
				T result = caseOtherwiseCondition(otherwiseCondition);
				if (result == null) result = caseCondition(otherwiseCondition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseNamedElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FlowpilotPackage.INJECTED_FAILURE: {
				InjectedFailure injectedFailure = (InjectedFailure)theEObject;
				T result = caseInjectedFailure(injectedFailure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Autopilot Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Autopilot Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAutopilotModel(AutopilotModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assignable Configuration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assignable Configuration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssignableConfiguration(AssignableConfiguration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Json Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Json Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJsonProperty(Map.Entry<String, String> object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssignment(Assignment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Deployment Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Deployment Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeploymentProfile(DeploymentProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enrollment Status Page</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enrollment Status Page</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnrollmentStatusPage(EnrollmentStatusPage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Esp Phase</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Esp Phase</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEspPhase(EspPhase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tracked Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tracked Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrackedItem(TrackedItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Preparation Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Preparation Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePreparationTask(PreparationTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Security Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Security Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSecurityPolicy(SecurityPolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Certificate</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Certificate</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCertificate(Certificate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkProfile(NetworkProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>App</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>App</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApp(App object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>User</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUser(User object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevice(Device object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroup(Group object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlow(Flow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Power On Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Power On Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePowerOnStep(PowerOnStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Check Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Check Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkCheckStep(NetworkCheckStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Screen Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Screen Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScreenStep(ScreenStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sign In Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sign In Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSignInStep(SignInStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mfa Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mfa Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMfaStep(MfaStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Esp Phase Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Esp Phase Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEspPhaseStep(EspPhaseStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reboot Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reboot Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRebootStep(RebootStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provisioning Menu Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provisioning Menu Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvisioningMenuStep(ProvisioningMenuStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reseal Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reseal Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResealStep(ResealStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Windows Sign On Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Windows Sign On Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWindowsSignOnStep(WindowsSignOnStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Desktop Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Desktop Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDesktopStep(DesktopStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Custom Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Custom Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomStep(CustomStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransition(Transition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCondition(Condition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fact Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fact Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFactCondition(FactCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connectivity Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connectivity Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnectivityCondition(ConnectivityCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Windows Version Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Windows Version Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWindowsVersionCondition(WindowsVersionCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Screen Hidden Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Screen Hidden Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScreenHiddenCondition(ScreenHiddenCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step Outcome Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step Outcome Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStepOutcomeCondition(StepOutcomeCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Not Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Not Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNotCondition(NotCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>All Of Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>All Of Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAllOfCondition(AllOfCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Any Of Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Any Of Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnyOfCondition(AnyOfCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Extension Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Extension Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExtensionCondition(ExtensionCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Condition Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Condition Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionParameter(Map.Entry<String, String> object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Otherwise Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Otherwise Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOtherwiseCondition(OtherwiseCondition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Injected Failure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Injected Failure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInjectedFailure(InjectedFailure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //FlowpilotSwitch
